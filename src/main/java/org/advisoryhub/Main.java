package org.advisoryhub;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.advisoryhub.common.db.EmbeddedDatabase;

/** Starts the embedded PostgreSQL (unless an external one is configured), then the hub. */
@QuarkusMain
public class Main {

    public static void main(String... args) throws Exception {
        EmbeddedDatabase.startIfNeeded(System.getenv());
        Quarkus.run(args);
    }
}
