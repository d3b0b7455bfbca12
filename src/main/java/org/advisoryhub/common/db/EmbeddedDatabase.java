package org.advisoryhub.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The default database: a real PostgreSQL (zonky binaries) whose data lives under {@code ./data/postgres}.
 * It must be up before Quarkus reads its datasource settings, so it is driven by environment variables
 * rather than {@code hub.*} config, and it stays off whenever an external database is configured.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static EmbeddedPostgres postgres;

    private EmbeddedDatabase() {
    }

    public static synchronized void startIfNeeded(Map<String, String> env) throws IOException {
        if (postgres != null || externalDatabaseConfigured(env)
                || "false".equalsIgnoreCase(env.get("HUB_EMBEDDED_DB"))) {
            return;
        }
        Path dir = Path.of(env.getOrDefault("HUB_EMBEDDED_DB_DIR", "data/postgres")).toAbsolutePath();
        Files.createDirectories(dir);
        stopStalePostmaster(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false);
        int port = Integer.parseInt(env.getOrDefault("HUB_EMBEDDED_DB_PORT", "0"));
        if (port > 0) {
            builder.setPort(port);
        }
        postgres = builder.start();
        LOG.info("Embedded PostgreSQL started on port " + postgres.getPort() + " with data in " + dir);
        System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
    }

    static boolean externalDatabaseConfigured(Map<String, String> env) {
        return env.get("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    /**
     * After a kill -9 of the JVM, the postgres child survives and still holds postmaster.pid; stop it
     * so the new start can take over the data directory.
     */
    static void stopStalePostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> stale = ProcessHandle.of(pid)
                .filter(p -> p.info().command().orElse("").endsWith("/postgres"));
        if (stale.isEmpty()) {
            return;
        }
        LOG.warning("Stopping a stale embedded PostgreSQL (pid " + pid + ") left by an earlier run");
        stale.get().destroy();
        try {
            stale.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("A stale PostgreSQL (pid " + pid + ") holds " + dir + " and did not stop", e);
        }
    }
}
