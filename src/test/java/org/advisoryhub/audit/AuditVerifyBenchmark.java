package org.advisoryhub.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.packaging.HubProcessAccess;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Verifying a long audit trail: {@code benchmark.audit.events} chained events (default 1,000,000) are written to the
 * database of a packaged hub, then {@code GET /api/v1/audit/verify} recomputes the chain. It prints the time and the
 * hub's peak heap, sampled from its metrics while it verifies: verification streams, so the heap does not grow with
 * the trail.
 */
class AuditVerifyBenchmark {

    private static final int EVENTS = Integer.getInteger("benchmark.audit.events", 1_000_000);
    private static final int CHECKPOINT_EVENTS = 10_000;
    private static final String PASSWORD = "benchmark-admin-password";
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E]+)");

    @Test
    void verifyALongTrail() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target/benchmark")), "audit");
        int management;
        try (ServerSocket s = new ServerSocket(0)) {
            management = s.getLocalPort();
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                var hub = HubProcessAccess.start(
                        work,
                        "audit-benchmark",
                        Map.of(
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                pg.getJdbcUrl("postgres", "postgres"),
                                "QUARKUS_DATASOURCE_USERNAME",
                                "postgres",
                                "QUARKUS_DATASOURCE_PASSWORD",
                                "postgres",
                                "HUB_BOOTSTRAP_ADMIN_PASSWORD",
                                PASSWORD,
                                "HUB_ADVISORIES_IMPORT_ON_START",
                                "false",
                                "QUARKUS_MANAGEMENT_PORT",
                                String.valueOf(management)))) {
            long written = System.nanoTime();
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                append(c, EVENTS);
            }
            double writeSeconds = (System.nanoTime() - written) / 1e9;
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> sampleHeap(management, peak));
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            JsonNode result = new ObjectMapper().readTree(get(hub.port(), "/api/v1/audit/verify", true));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            List<String> report = List.of(
                    String.format("Wrote %,d chained audit events by COPY in %.1f s", EVENTS, writeSeconds),
                    String.format(
                            "Verified %,d events in %.1f s (%,.0f events/s): valid=%s; hub heap peak %.0f MB",
                            result.get("eventsChecked").asLong(),
                            seconds,
                            result.get("eventsChecked").asLong() / seconds,
                            result.get("valid").asBoolean(),
                            peak.get() / 1e6));
            if (!result.get("valid").asBoolean()) {
                throw new AssertionError("the written chain did not verify: " + result);
            }
            // The next check starts from the checkpoint this one returned, after another day's worth of events.
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                append(c, CHECKPOINT_EVENTS);
            }
            long again = System.nanoTime();
            JsonNode fromCheckpoint = new ObjectMapper()
                    .readTree(get(
                            hub.port(),
                            "/api/v1/audit/verify?after="
                                    + result.get("lastEventId").asLong() + "&hash="
                                    + result.get("lastHash").asText(),
                            true));
            double againSeconds = (System.nanoTime() - again) / 1e9;
            report = new java.util.ArrayList<>(report);
            report.add(String.format(
                    "Verified from the checkpoint at event %,d: %,d newer events in %.2f s, valid=%s",
                    result.get("lastEventId").asLong(),
                    fromCheckpoint.get("eventsChecked").asLong(),
                    againSeconds,
                    fromCheckpoint.get("valid").asBoolean()));
            report.forEach(System.out::println);
            Files.write(Path.of("target/benchmark/audit-verify-benchmark.txt"), report);
        }
    }

    /** Continues the chain from its head with {@code n} events, streamed to COPY, and moves the head. */
    private static void append(Connection c, int n) throws Exception {
        long lastId;
        String lastHash;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select last_id, last_hash from audit_chain where id = 1")) {
            rs.next();
            lastId = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        int batch = 100_000;
        for (int from = 0; from < n; from += batch) {
            StringBuilder rows = new StringBuilder();
            for (int i = from; i < Math.min(n, from + batch); i++) {
                long id = lastId + 1;
                AuditEvent e = new AuditEvent(
                        id,
                        at.plusMillis(i),
                        "ahk_bench" + (i % 1000),
                        "partner",
                        "bench-partner",
                        "taxii.add-objects",
                        "collection",
                        "4e0c3c8e-2f6a-4d0b-9d3e-5b8a1f0c7a11",
                        null,
                        "bench-partner",
                        "{\"objects\":" + (i % 50) + "}",
                        "127.0.0.1",
                        lastHash,
                        null);
                String hash = AuditHash.of(e);
                rows.append(id)
                        .append('\t')
                        .append(e.at())
                        .append('\t')
                        .append(e.actor())
                        .append('\t')
                        .append(e.actorKind())
                        .append('\t')
                        .append(e.organizationId())
                        .append('\t')
                        .append(e.action())
                        .append('\t')
                        .append(e.targetType())
                        .append('\t')
                        .append(e.targetId())
                        .append("\t\\N\t")
                        .append(e.partnerId())
                        .append('\t')
                        .append(e.details())
                        .append('\t')
                        .append(e.source())
                        .append('\t')
                        .append(lastHash)
                        .append('\t')
                        .append(hash)
                        .append('\n');
                lastId = id;
                lastHash = hash;
            }
            copy.copyIn(
                    "copy audit_event (id, at, actor, actor_kind, organization_id, action, target_type, target_id,"
                            + " advisory_id, partner_id, details, source, previous_hash, hash) from stdin",
                    new StringReader(rows.toString()));
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update audit_chain set last_id = " + lastId + ", last_hash = '" + lastHash + "'");
        }
    }

    private static void sampleHeap(int management, AtomicLong peak) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String metrics = get(management, "/q/metrics", false);
                Matcher m = HEAP.matcher(metrics);
                long used = 0;
                while (m.find()) {
                    used += (long) Double.parseDouble(m.group(1));
                }
                peak.accumulateAndGet(used, Math::max);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // a missed sample
            }
        }
    }

    private static String get(int port, String path, boolean admin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (admin) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
