package org.advisoryhub.packaging;

import java.nio.file.Path;
import java.util.Map;

/** Lets other test packages (the benchmarks) start the packaged hub the way the packaging tests do. */
public final class HubProcessAccess {

    private HubProcessAccess() {}

    /** A started hub; close stops it. */
    public interface Running extends AutoCloseable {
        int port();

        @Override
        void close() throws InterruptedException;
    }

    /** Copies the shipped advisories into the hub's working directory, for a hub that imports them at start. */
    public static void copyAdvisories(Path workDir) throws java.io.IOException {
        HubProcess.copyAdvisories(workDir);
    }

    public static Running start(Path workDir, String name, Map<String, String> env) throws Exception {
        HubProcess hub = HubProcess.start(workDir, name, env);
        return new Running() {
            @Override
            public int port() {
                return hub.port;
            }

            @Override
            public void close() throws InterruptedException {
                hub.close();
            }
        };
    }
}
