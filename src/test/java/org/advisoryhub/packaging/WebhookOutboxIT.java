package org.advisoryhub.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.support.WebhookReceiver;
import org.advisoryhub.support.WebhookVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox survives a kill -9: events recorded while the partner's receiver is down are delivered, signed,
 * by the next hub process once the receiver is back.
 */
class WebhookOutboxIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "outbox-admin-password";
    private static final String SECRET = "outbox-test-secret-0123456789abcdef";

    @TempDir
    Path work;

    @Test
    void shouldDeliverEventsRecordedBeforeAKillAfterTheRestart() throws Exception {
        int receiverPort;
        try (ServerSocket s = new ServerSocket(0)) {
            receiverPort = s.getLocalPort(); // nothing listens there until after the kill
        }
        Map<String, String> env = Map.of(
                "HUB_BOOTSTRAP_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "HUB_WEBHOOKS_ALLOW_LOOPBACK",
                "true",
                "HUB_WEBHOOKS_INITIAL_BACKOFF",
                "PT0.5S",
                "HUB_WEBHOOKS_MAX_BACKOFF",
                "PT1S",
                "HUB_WEBHOOKS_MAX_ATTEMPTS",
                "1000");
        String token;
        String subscription;
        HubProcess first = HubProcess.start(work, "outbox-first", env);
        try {
            assertThat(first.put("/api/v1/partners/it-vasp", """
                    {"id":"it-vasp","name":"Outbox test VASP","country":"KR","kind":"VASP"}""", "admin", ADMIN_PASSWORD)
                            .statusCode())
                    .isEqualTo(200);
            JsonNode key = JSON.readTree(first.post("/api/v1/partners/it-vasp/keys", """
                    {"name":"hooks","collections":["vasp-indicators"],"tlpCeiling":"GREEN","canSubscribe":true}""", "admin", ADMIN_PASSWORD)
                    .body());
            token = key.get("keyId").asText() + ":" + key.get("secret").asText();
            var created = first.post(
                    "/api/v1/webhooks",
                    """
                    {"url":"http://127.0.0.1:%d/hook","collections":["vasp-indicators"],"secret":"%s"}""".formatted(receiverPort, SECRET),
                    key.get("keyId").asText(),
                    key.get("secret").asText());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            subscription = JSON.readTree(created.body()).get("id").asText();

            HubProcess.copyAdvisories(work);
            assertThat(first.post("/api/v1/imports", "{}", "admin", ADMIN_PASSWORD)
                            .statusCode())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> attempted(first, token, subscription));
        } finally {
            first.kill();
        }

        try (WebhookReceiver receiver = new WebhookReceiver(receiverPort);
                HubProcess second = HubProcess.start(work, "outbox-second", env)) {
            int expected = deliveries(second, token, subscription).size();
            assertThat(expected).as("events of the CLEAR and GREEN advisories").isGreaterThanOrEqualTo(5);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(deliveries(second, token, subscription))
                            .allSatisfy(
                                    d -> assertThat(d.get("status").asText()).isEqualTo("delivered")));
            WebhookVerifier verifier = new WebhookVerifier(SECRET);
            Set<String> ids = new HashSet<>();
            for (WebhookReceiver.Received r : receiver.received("/hook")) {
                if (ids.add(r.header("Hub-Webhook-Id"))) {
                    assertThat(verifier.refuse(r, Instant.now())).isNull();
                }
            }
            assertThat(ids).hasSize(expected);
        }
    }

    /** Whether the hub has tried (and failed) to deliver at least once. */
    private static boolean attempted(HubProcess hub, String token, String subscription) throws Exception {
        JsonNode items = deliveries(hub, token, subscription);
        for (JsonNode d : items) {
            if (d.get("attempts").asInt() > 0) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode deliveries(HubProcess hub, String token, String subscription) throws Exception {
        String[] kv = token.split(":", 2);
        return JSON.readTree(hub.get("/api/v1/webhooks/" + subscription + "/deliveries?limit=500", kv[0], kv[1])
                        .body())
                .get("items");
    }
}
