package org.advisoryhub.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.advisoryhub.audit.AuditFilter;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/**
 * One source guessing API keys (or passwords of many accounts) is slowed down as a whole: here after five
 * failures, as every test request comes from the same address.
 */
@HubTest
@TestProfile(SourceThrottleTest.FiveFailuresPerSource.class)
class SourceThrottleTest extends OfficialsTest {

    public static class FiveFailuresPerSource implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hub.sign-in.source-attempts", "5", "hub.sign-in.first-delay", "PT30S");
        }
    }

    @Inject
    AuditService audit;

    @Test
    void shouldThrottleASourceGuessingApiKeysEvenForTheRightKey() {
        Partners.partner("test-source-guessing", "VASP");
        Partners.Key key = Partners.key("test-source-guessing", List.of("vasp-indicators"), "GREEN");
        key.taxii().get("/taxii2/").then().statusCode(200);
        for (int i = 0; i < 6; i++) {
            // Each guess is a failure; past the fifth, the source has to wait, whatever it sends next.
            given().auth()
                    .preemptive()
                    .basic("ahk_guess" + i, "secret-" + i)
                    .get("/taxii2/")
                    .then()
                    .statusCode(401);
        }
        key.taxii()
                .get("/taxii2/")
                .then()
                .statusCode(429)
                .contentType(containsString("application/taxii+json"))
                .header("Retry-After", not(equalTo("0")))
                .body("http_status", equalTo("429"));
        given().auth()
                .preemptive()
                .basic(Officials.FBI_DRAFTER, Officials.PASSWORD)
                .get("/api/v1/officials/me")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
        // The audit API is behind the same throttle from here; the service reads the trail directly.
        assertThat(audit.search(new AuditFilter(null, null, null, "sign-in.throttled", null, null, null, 50))
                        .items())
                .anySatisfy(e -> assertThat(e.details()).contains("source 127.0.0.1"));
    }
}
