package org.advisoryhub.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** The intake page: check a real bundle, read the report in both languages, create the draft; who may do what. */
@HubTest
class ConsoleIntakeTest extends OfficialsTest {

    @Test
    void shouldCheckThenCreateADraftFromARealBundle() throws IOException {
        String bundle = bundle("oasis-apt1.json");
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request()
                .get("/console/intake")
                .then()
                .statusCode(200)
                .body(containsString("id=\"intake-form\""))
                .body(containsString("id=\"intake-save\""));
        String report = drafter.request()
                .formParams(Map.of("_csrf", drafter.csrf(), "bundle", bundle, "into", "", "action", "check"))
                .post("/console/intake")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(report)
                .contains("id=\"intake-report\"")
                .contains("APT1: Exposing One of China")
                .contains("hugesoft.org")
                .contains("id=\"tlp-unstated\"")
                .contains("x509-certificate")
                // The bundle text comes back in the form, escaped, for the save that follows.
                .contains("&quot;type&quot;");

        String location = drafter.request()
                .redirects()
                .follow(false)
                .formParams(Map.of("_csrf", drafter.csrf(), "bundle", bundle, "into", "", "action", "save"))
                .post("/console/intake")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).matches(".*/console/advisories/HUB-\\d{4}-\\d+");
        drafter.request().get(location).then().statusCode(200).body(containsString("msnhome.org"));
    }

    @Test
    void shouldShowTheReportInKoreanAndRefuseWhatItMust() throws IOException {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.NIS_DRAFTER, Officials.PASSWORD);
        String report = drafter.request()
                .cookie("hub-lang", "ko")
                .formParams(Map.of(
                        "_csrf", drafter.csrf(), "bundle", bundle("oasis-apt1.json"), "into", "", "action", "check"))
                .post("/console/intake")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(report).contains("가져오지 않은 객체").doesNotContain("lang=\"en\">the hub has no indicator kind");
        // Not a bundle: the form again, with the problem named.
        drafter.request()
                .formParams(Map.of("_csrf", drafter.csrf(), "bundle", "{\"type\":\"x\"}", "into", "", "action", "save"))
                .post("/console/intake")
                .then()
                .statusCode(400)
                .body(containsString("id=\"problems\""))
                .body(containsString("<code>type</code>"));
        // A forged token is refused; a reviewer may check but has no save button and cannot save.
        drafter.request()
                .formParams(Map.of("_csrf", "forged", "bundle", "{}", "action", "check"))
                .post("/console/intake")
                .then()
                .statusCode(403);
        ConsoleSessions reviewer = ConsoleSessions.signIn(Officials.FBI_REVIEWER, Officials.PASSWORD);
        reviewer.request()
                .get("/console/intake")
                .then()
                .statusCode(200)
                .body(not(containsString("id=\"intake-save\"")));
        reviewer.request()
                .formParams(Map.of("_csrf", reviewer.csrf(), "bundle", bundle("oasis-apt1.json"), "action", "save"))
                .post("/console/intake")
                .then()
                .statusCode(403);
        given().redirects().follow(false).get("/console/intake").then().statusCode(302);
    }

    private String bundle(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/external-stix/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
