package org.advisoryhub;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.advisoryhub.common.db.EmbeddedDatabase;
import org.advisoryhub.security.SessionKey;

/** Makes the console session key if none is set, starts the embedded PostgreSQL (unless an external one is configured), then the hub. */
@QuarkusMain
public class Main {

    public static void main(String... args) throws Exception {
        SessionKey.ensure(System.getenv());
        EmbeddedDatabase.startIfNeeded(System.getenv());
        Quarkus.run(args);
    }
}
