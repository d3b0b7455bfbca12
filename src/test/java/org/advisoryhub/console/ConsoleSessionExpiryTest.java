package org.advisoryhub.console;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A console session ends after its inactivity timeout (two seconds here, thirty minutes by default). */
@HubTest
@TestProfile(ConsoleSessionExpiryTest.ShortSessions.class)
class ConsoleSessionExpiryTest extends OfficialsTest {

    public static class ShortSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.auth.form.timeout", "PT2S", "quarkus.http.auth.form.new-cookie-interval", "PT1S");
        }
    }

    @Test
    void shouldSendAnIdleOfficialBackToTheSignInPage() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request().get("/console").then().statusCode(200).body(containsString("Dashboard"));
        // The idle timeout is 2 s: polled until the session is gone, then the answer is a redirect to sign in.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> drafter.request().get("/console").statusCode() == 302);
        drafter.request().get("/console").then().statusCode(302).header("Location", containsString("/console/login"));
    }
}
