package org.advisoryhub.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** Lets other test packages (the benchmarks) start and read the packaged hub the way the packaging tests do. */
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

    /** Fetches one page of a TAXII endpoint as some partner. */
    public interface TaxiiGet {
        HttpResponse<String> get(String path) throws Exception;
    }

    /**
     * The {@code date_added} of the newest object of a collection, found the way a client starts: paging the manifest
     * to its end.
     */
    public static String manifestHead(String collection, TaxiiGet taxii) throws Exception {
        String next = null;
        String last;
        do {
            HttpResponse<String> r = taxii.get("/taxii2/api/collections/" + collection + "/manifest/?limit=1000"
                    + (next == null ? "" : "&next=" + next));
            last = r.headers().firstValue("X-TAXII-Date-Added-Last").orElseThrow();
            JsonNode page = new ObjectMapper().readTree(r.body());
            next = page.path("more").asBoolean() ? page.get("next").asText() : null;
        } while (next != null);
        return last;
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
