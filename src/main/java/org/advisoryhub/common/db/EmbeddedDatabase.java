package org.advisoryhub.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The default database: a real PostgreSQL (zonky binaries) whose data lives under {@code ./data/postgres}.
 * It must be up before Quarkus reads its datasource settings, so it is driven by environment variables
 * rather than {@code hub.*} config, and it stays off whenever an external database is configured.
 *
 * <p>It is run as a production database, not as the library's test default: fsync and synchronous commit are on,
 * it listens on loopback only, and the {@code postgres} role has a generated password (kept with the data,
 * readable by its owner only) instead of trust authentication.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    /** The password of the {@code postgres} role, beside the data directory it unlocks. */
    static final String PASSWORD_FILE = "hub-database-password";

    private static final String LOOPBACK = "127.0.0.1";
    private static final String PASSWORD_ONLY = """
            # Written by Advisory Hub at every start: loopback TCP with a password only, no trust, no other hosts.
            host all all 127.0.0.1/32 scram-sha-256
            """;
    /** Only while a data directory from before the generated password is given one, during its first start. */
    private static final String FIRST_START = "host all postgres 127.0.0.1/32 trust\n";

    private static EmbeddedPostgres postgres;

    private EmbeddedDatabase() {}

    public static synchronized void startIfNeeded(Map<String, String> env) throws IOException {
        if (postgres != null
                || externalDatabaseConfigured(env)
                || "false".equalsIgnoreCase(env.get("HUB_EMBEDDED_DB"))) {
            return;
        }
        Path dir = Path.of(env.getOrDefault("HUB_EMBEDDED_DB_DIR", "data/postgres"))
                .toAbsolutePath();
        Files.createDirectories(dir.getParent());
        stopStalePostmaster(dir);
        Path passwordFile = dir.resolve(PASSWORD_FILE);
        boolean passwordSet = Files.exists(passwordFile);
        String password = passwordSet
                ? Files.readString(passwordFile, StandardCharsets.UTF_8).trim()
                : newPassword();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", LOOPBACK)
                // The library starts PostgreSQL with -F (no fsync); these come later on its command line and win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // The library checks readiness over JDBC, so it needs the password too.
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(data -> writeAccessRules(data.toPath(), passwordSet));
        int port = Integer.parseInt(env.getOrDefault("HUB_EMBEDDED_DB_PORT", "0"));
        if (port > 0) {
            builder.setPort(port);
        }
        postgres = builder.start();
        String url = "jdbc:postgresql://" + LOOPBACK + ":" + postgres.getPort() + "/postgres";
        if (!passwordSet) {
            setPassword(dir, url, password);
        }
        LOG.info("Embedded PostgreSQL started on " + LOOPBACK + ":" + postgres.getPort() + " with data in " + dir + "; "
                + durability(url, password));
        System.setProperty("quarkus.datasource.jdbc.url", url);
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", password);
    }

    static boolean externalDatabaseConfigured(Map<String, String> env) {
        return env.get("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    /** Replaces the library's trust rules before every start; the one-time trust line only until a password is set. */
    private static void writeAccessRules(Path data, boolean passwordSet) {
        String rules = passwordSet ? PASSWORD_ONLY : FIRST_START + PASSWORD_ONLY;
        try {
            Files.writeString(data.resolve("pg_hba.conf"), rules, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** On the first start of a data directory: sets the role's password, keeps it, and drops the trust line. */
    private static void setPassword(Path dir, String url, String password) throws IOException {
        Path file = dir.resolve(PASSWORD_FILE);
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("alter role postgres password '" + password + "'");
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            writeAccessRules(dir, true);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL password", e);
        }
        LOG.info("Embedded PostgreSQL: generated the database password, kept in " + file + " (owner-readable only)");
    }

    /** What the running server says about durability, for the start log. */
    private static String durability(String url, String password) throws IOException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("password", password);
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, props);
                Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    out.append(out.isEmpty() ? "" : ", ")
                            .append(setting)
                            .append('=')
                            .append(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not read the embedded PostgreSQL settings", e);
        }
        return out.toString();
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
        Optional<ProcessHandle> stale =
                ProcessHandle.of(pid).filter(p -> p.info().command().orElse("").endsWith("/postgres"));
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
