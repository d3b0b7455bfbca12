package org.advisoryhub.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The production policy for webhook targets (the API tests run with loopback allowed, as development does). */
class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false, false);

    @Test
    void shouldAcceptOnlyHttpsToPublicAddressesInProduction() {
        assertThat(production.problemWith("https://hooks.example.com/advisories")).isNull();
        assertThat(production.problemReaching("https://93.184.215.14/hook")).isNull();
        assertThat(production.problemWith("http://hooks.example.com/advisories")).contains("https");
        assertThat(production.problemWith("http://127.0.0.1:8080/hook")).contains("loopback");
        assertThat(production.problemWith("https://localhost/hook")).contains("loopback");
        assertThat(production.problemWith("https://[::1]/hook")).contains("loopback");
        assertThat(production.problemWith("https://hooks.example.com/hook#frag")).contains("fragment");
        assertThat(production.problemWith("mailto:soc@example.com")).contains("https");
    }

    @Test
    void shouldRefuseTargetsThatResolveIntoPrivateNetworksUnlessAllowed() {
        for (String url : new String[] { "https://10.1.2.3/hook", "https://192.168.1.10/hook", "https://172.16.0.9/hook",
                "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook", "https://[fd00::1]/hook",
                "https://0.0.0.0/hook" }) {
            assertThat(production.problemReaching(url)).as(url).contains("non-public");
        }
        WebhookTargets privateNetwork = new WebhookTargets(false, true);
        assertThat(privateNetwork.problemReaching("https://10.1.2.3/hook")).isNull();
        assertThat(privateNetwork.problemReaching("https://127.0.0.1/hook")).contains("loopback");
    }

    @Test
    void shouldAllowLoopbackOverHttpOnlyWhenConfigured() {
        WebhookTargets development = new WebhookTargets(true, false);
        assertThat(development.problemWith("http://127.0.0.1:8080/hook")).isNull();
        assertThat(development.problemReaching("http://127.0.0.1:8080/hook")).isNull();
        assertThat(development.problemWith("http://hooks.example.com/hook")).contains("https");
    }
}
