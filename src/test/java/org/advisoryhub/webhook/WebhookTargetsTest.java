package org.advisoryhub.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.advisoryhub.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

/** The production policy for webhook targets (the API tests run with loopback allowed, as development does). */
class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false, false);

    @Test
    void shouldAcceptOnlyHttpsToPublicAddressesInProduction() {
        assertThat(production.problemWith("https://hooks.example.com/advisories"))
                .isNull();
        assertThat(production.problemWith("https://93.184.215.14/hook")).isNull();
        assertThat(production.problemWith("https://[2606:2800:220:1:248:1893:25c8:1946]/hook"))
                .isNull();
        assertThat(production.problemReaching("https://93.184.215.14/hook")).isNull();
        assertThat(production.problemWith("http://hooks.example.com/advisories"))
                .contains("https");
        assertThat(production.problemWith("http://127.0.0.1:8080/hook")).contains("loopback");
        assertThat(production.problemWith("https://localhost/hook")).contains("loopback");
        assertThat(production.problemWith("https://[::1]/hook")).contains("loopback");
        assertThat(production.problemWith("https://hooks.example.com/hook#frag"))
                .contains("fragment");
        assertThat(production.problemWith("mailto:soc@example.com")).contains("https");
    }

    @Test
    void shouldRefusePrivateLinkLocalAndMetadataAddressesInEverySpellingAtRegistration() {
        for (String url : List.of(
                "https://169.254.169.254/latest/meta-data",
                "https://10.0.0.1/hook",
                "https://0x7f000001/hook",
                "https://2130706433/hook",
                "https://0177.0.0.1/hook",
                "https://127.1/hook",
                "https://0xa9.0xfe.0xa9.0xfe/hook",
                "https://0251.0376.0251.0376/hook",
                "https://0xA9FEA9FE/hook",
                "https://[::ffff:169.254.169.254]/hook",
                "https://[::ffff:a9fe:a9fe]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://[::10.0.0.1]/hook",
                "https://[64:ff9b::a9fe:a9fe]/hook",
                "https://[2002:a9fe:a9fe::1]/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://[::]/hook",
                "https://100.64.0.1/hook",
                "https://192.168.0.1/hook",
                "https://172.31.255.255/hook",
                "https://0.0.0.0/hook",
                "https://metadata.google.internal/computeMetadata/v1/",
                "https://999.1.1.1/hook")) {
            assertThat(production.problemWith(url)).as(url).isNotNull();
            assertThat(production.problemReaching(url)).as(url).isNotNull();
        }
        assertThat(production.problemWith("https://169.254.169.254/")).contains("non-public");
        assertThat(production.problemWith("https://0xa9.0xfe.0xa9.0xfe/")).contains("169.254.169.254");
        assertThat(production.problemWith("https://0x7f000001/")).contains("loopback");
    }

    @Test
    void shouldRefuseTargetsThatResolveIntoPrivateNetworksUnlessAllowed() throws Exception {
        WebhookTargets rebinding = new WebhookTargets(false, false, host ->
                new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("169.254.169.254")});
        assertThat(rebinding.problemWith("https://hooks.example.com/hook")).isNull();
        assertThat(rebinding.problemReaching("https://hooks.example.com/hook")).contains("169.254.169.254");
        WebhookSender sender = new WebhookSender(Duration.ofSeconds(1), rebinding, Clock.systemUTC());
        assertThat(sender.send("https://hooks.example.com/hook", "s", "d", "advisory.published", "{}")
                        .error())
                .startsWith("target refused");
        WebhookTargets privateNetwork = new WebhookTargets(false, true);
        assertThat(privateNetwork.problemReaching("https://10.1.2.3/hook")).isNull();
        assertThat(privateNetwork.problemReaching("https://127.0.0.1/hook")).contains("loopback");
    }

    @Test
    void shouldConnectToTheAddressItCheckedWithoutResolvingTheNameAgain() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            int port = URI.create(receiver.url("/")).getPort();
            AtomicInteger lookups = new AtomicInteger();
            // A name no DNS server knows: the delivery can only arrive through the address that was checked.
            WebhookTargets targets = new WebhookTargets(true, false, host -> {
                lookups.incrementAndGet();
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            });
            WebhookSender sender = new WebhookSender(Duration.ofSeconds(2), targets, Clock.systemUTC());
            WebhookSender.Outcome outcome = sender.send(
                    "http://partner-hooks.localhost:" + port + "/hook?x=1",
                    "secret",
                    "delivery-1",
                    "advisory.published",
                    "{\"event\":\"advisory.published\"}");
            assertThat(outcome.delivered()).as(String.valueOf(outcome.error())).isTrue();
            assertThat(lookups).hasValue(1);
            WebhookReceiver.Received received = receiver.received("/hook").get(0);
            assertThat(received.header("Host")).isEqualTo("partner-hooks.localhost:" + port);
            assertThat(received.body()).isEqualTo("{\"event\":\"advisory.published\"}");
        }
    }

    @Test
    void shouldAllowLoopbackOverHttpOnlyWhenConfigured() {
        WebhookTargets development = new WebhookTargets(true, false);
        assertThat(development.problemWith("http://127.0.0.1:8080/hook")).isNull();
        assertThat(development.problemReaching("http://127.0.0.1:8080/hook")).isNull();
        assertThat(development.problemWith("http://hooks.example.com/hook")).contains("https");
    }
}
