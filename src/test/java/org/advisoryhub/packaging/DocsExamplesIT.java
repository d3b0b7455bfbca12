package org.advisoryhub.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.advisoryhub.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts under docs/examples/, which the guides show as they are, run as a new user would run them: with bash,
 * curl and jq against a fresh packaged hub holding the shipped advisories, in the order the guides give.
 */
class DocsExamplesIT {

    private static final Path EXAMPLES = Path.of("docs/examples").toAbsolutePath();
    private static final String ADMIN_PASSWORD = "docs-examples-admin-password";
    private static final String WEBHOOK_SECRET = "at least 24 characters of your own";

    @TempDir
    Path work;

    @Test
    void shouldRunEveryExampleAsWritten() throws Exception {
        HubProcess.copyAdvisories(work);
        Map<String, String> env =
                Map.of("HUB_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD, "HUB_WEBHOOKS_ALLOW_LOOPBACK", "true");
        try (HubProcess hub = HubProcess.start(work, "docs", env);
                WebhookReceiver receiver = new WebhookReceiver()) {
            Map<String, String> shell = new HashMap<>(Map.of(
                    "HUB",
                    "http://127.0.0.1:" + hub.port,
                    "ADMIN_PASSWORD",
                    ADMIN_PASSWORD,
                    "WEBHOOK_URL",
                    receiver.url("/hook")));

            assertThat(run("partner-key.sh", shell)).contains("\"tlpCeiling\":\"GREEN\"");
            assertThat(Files.readString(work.resolve("partner.env"))).containsPattern("KEY_ID=ahk_\\w+\nSECRET=\\S+\n");
            assertThat(run("webhooks.sh", shell)).contains("\"collections\":[\"vasp-indicators\"]");
            String advisory = run("first-advisory.sh", shell);
            assertThat(advisory)
                    .containsPattern("drafted HUB-\\d{4}-\\d{4}")
                    .contains("{\"added\":3,\"invalid\":0}")
                    .contains("IN_REVIEW")
                    .contains("\"status\":\"PUBLISHED\",\"publishedRevision\":1");
            String id = advisory.lines().findFirst().orElseThrow().replace("drafted ", "");
            assertThat(run("taxii.sh", shell))
                    .contains("vasp-indicators")
                    .contains("indicators on the first page: 50")
                    .endsWith("\n0\n");
            assertThat(run("feeds.sh", shell))
                    .containsPattern("\\d+ ETH addresses")
                    .contains("value,kind,chain,asset,advisory,revision,tlp,valid_from,valid_until,source_url,platform")
                    .endsWith("304\n");
            assertThat(run("screening.sh", shell))
                    .contains("\"screened\":4,\"matched\":1")
                    .contains("\"advisory\":\"HUB-2022-0001\"")
                    .contains("\"unreadable\":[\"not a value\"]");
            assertThat(run("sightings.sh", shell)).contains("\"count\":3").endsWith("1\n");
            assertThat(run("intake.sh", shell))
                    .contains(
                            "{\"added\":1,\"skipped\":[\"the LIKE comparison on domain-name:value matches more than one value\"]}")
                    .contains("\"indicator--1d3d0c0e-2f6b-4d8f-9c7e-1a2b3c4d5e6f\"");

            // The publication above reached the webhook; its delivery passes the guide's check, a changed body fails.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.received("/hook").stream()
                            .anyMatch(r -> r.body().contains(id)));
            WebhookReceiver.Received delivery = receiver.received("/hook").stream()
                    .filter(r -> r.body().contains(id))
                    .findFirst()
                    .orElseThrow();
            Map<String, String> check = new HashMap<>(Map.of(
                    "TS", delivery.header("Hub-Webhook-Timestamp"),
                    "SIG", delivery.header("Hub-Webhook-Signature"),
                    "SECRET", WEBHOOK_SECRET));
            Files.writeString(work.resolve("body.json"), delivery.body());
            assertThat(run("verify-webhook.sh", check)).isEqualTo("authentic\n");
            Files.writeString(work.resolve("body.json"), delivery.body().replace(id, "HUB-0000-0000"));
            assertThat(exitCode("verify-webhook.sh", check)).isNotZero();
        }
    }

    /** Runs an example in the working directory; it must succeed. Returns what it printed. */
    private String run(String script, Map<String, String> env) throws IOException, InterruptedException {
        Process p = start(script, env);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(script + " printed:\n" + out + Files.readString(work.resolve(script + ".err")))
                .isZero();
        return out;
    }

    private int exitCode(String script, Map<String, String> env) throws IOException, InterruptedException {
        Process p = start(script, env);
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private Process start(String script, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", EXAMPLES.resolve(script).toString())
                .directory(work.toFile())
                .redirectError(work.resolve(script + ".err").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }
}
