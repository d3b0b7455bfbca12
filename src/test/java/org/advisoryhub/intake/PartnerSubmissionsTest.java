package org.advisoryhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.console.ConsoleSessions;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/**
 * "Add from partner submissions": indicators partners submitted and observables they reported seeing with the
 * advisory's indicators are offered when the advisory lacks them, at the level the partner gave them, and picked ones
 * are added with their provenance.
 */
@HubTest
class PartnerSubmissionsTest extends OfficialsTest {

    private static final String COLLECTION = "/taxii2/api/collections/partner-submissions/objects/";
    private static final String GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    private static final String AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    private static final String RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
    private static final String T = "2026-11-01T00:00:00.000Z";

    @Test
    void shouldOfferWhatPartnersGaveAtTheirLevelAndAddThePicks() {
        String id = Advisories.published("Partner picks", "picks-known.example.org");
        Partners.partner("test-picks-vasp", "VASP");
        Partners.Key key =
                Partners.key("test-picks-vasp", List.of("vasp-indicators", "partner-submissions"), "GREEN", true);
        String sighting = "sighting--" + UUID.randomUUID();
        String observed = "observed-data--" + UUID.randomUUID();
        String wallet = "ipv4-addr--" + UUID.randomUUID();
        String envelope = "{\"objects\":["
                + indicator("[domain-name:value = 'picks-new.example.org']", GREEN) + ","
                + indicator("[domain-name:value = 'picks-amber.example.org']", AMBER) + ","
                + indicator("[domain-name:value = 'picks-red.example.org']", RED) + ","
                + indicator("[domain-name:value = 'picks-known.example.org']", GREEN) + ","
                + "{\"type\":\"ipv4-addr\",\"spec_version\":\"2.1\",\"id\":\"" + wallet
                + "\",\"value\":\"198.51.100.77\",\"object_marking_refs\":[\"" + GREEN + "\"]},"
                + "{\"type\":\"observed-data\",\"spec_version\":\"2.1\",\"id\":\"" + observed + "\",\"created\":\"" + T
                + "\",\"modified\":\"" + T + "\",\"first_observed\":\"" + T + "\",\"last_observed\":\"" + T
                + "\",\"number_observed\":1,\"object_refs\":[\"" + wallet + "\"]},"
                + "{\"type\":\"sighting\",\"spec_version\":\"2.1\",\"id\":\"" + sighting + "\",\"created\":\"" + T
                + "\",\"modified\":\"" + T + "\",\"sighting_of_ref\":\""
                + Advisories.indicatorId(id, "domain::picks-known.example.org") + "\",\"observed_data_refs\":[\""
                + observed + "\"]}]}";
        key.taxii()
                .contentType(Partners.TAXII)
                .body(envelope)
                .post(COLLECTION)
                .then()
                .statusCode(202)
                .body("failure_count", equalTo(0));
        Advisories.action(Officials.FBI_DRAFTER, id, "amend").statusCode(200);

        JsonPath choices = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/submissions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(choices.getString("tlp")).isEqualTo("GREEN");
        assertThat(choices.getInt("inAdvisory")).isGreaterThanOrEqualTo(1);
        List<Map<String, Object>> list = choices.getList("choices");
        Map<String, Object> fresh = choice(list, "picks-new.example.org");
        assertThat(fresh).containsEntry("source", "INDICATOR").containsEntry("partner", "test-picks-vasp");
        assertThat(fresh).containsEntry("allowed", true).containsEntry("tlp", "GREEN");
        Map<String, Object> seen = choice(list, "198.51.100.77");
        assertThat(seen).containsEntry("source", "SIGHTING").containsEntry("kind", "ipv4");
        Map<String, Object> amber = choice(list, "picks-amber.example.org");
        assertThat(amber).containsEntry("allowed", false);
        assertThat((String) amber.get("reason")).contains("TLP:AMBER");
        assertThat(list).noneMatch(c -> "picks-red.example.org".equals(c.get("normalized")));
        assertThat(list).noneMatch(c -> "picks-known.example.org".equals(c.get("normalized")));

        // An AMBER value cannot go into a GREEN advisory, and an unknown key is named: nothing is added.
        pick(id, List.of((String) fresh.get("key"), (String) amber.get("key")))
                .statusCode(400)
                .body("violations.field", hasItem("keys[1]"));
        pick(id, List.of("indicator:nobody:indicator--x#0"))
                .statusCode(400)
                .body("violations.field", hasItem("keys[0]"));
        // In the console: the AMBER value has no box to tick, and forcing it shows the reason; ticking the new one adds
        // it.
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        String page = drafter.request()
                .get("/console/advisories/" + id + "/submissions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("picks-new.example.org")
                .contains("value=\"" + fresh.get("key") + "\"")
                .doesNotContain("value=\"" + amber.get("key") + "\"");
        drafter.request()
                .formParams(Map.of("_csrf", drafter.csrf(), "keys", amber.get("key")))
                .post("/console/advisories/" + id + "/submissions")
                .then()
                .statusCode(400)
                .body(org.hamcrest.Matchers.containsString("id=\"problems\""));
        drafter.request()
                .formParams(Map.of("_csrf", "forged", "keys", fresh.get("key")))
                .post("/console/advisories/" + id + "/submissions")
                .then()
                .statusCode(403);
        drafter.request()
                .formParams(Map.of("_csrf", drafter.csrf(), "keys", fresh.get("key")))
                .post("/console/advisories/" + id + "/submissions")
                .then()
                .statusCode(303);
        pick(id, List.of((String) seen.get("key"))).statusCode(200).body("added", equalTo(1));
        JsonPath saved = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?limit=100")
                .then()
                .extract()
                .jsonPath();
        assertThat(saved.getList("items.normalized")).contains("picks-new.example.org", "198.51.100.77");
        assertThat(saved.getList("items.findAll { it.normalized == 'picks-new.example.org' }.sourceName"))
                .containsExactly("test-picks-vasp");
        assertThat(Officials.as(Officials.FBI_DRAFTER)
                        .get("/api/v1/advisories/" + id + "/intakes")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("creators.flatten()"))
                .contains("test-picks-vasp");
        // Once added, they are no longer offered.
        List<Map<String, Object>> after = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/submissions")
                .then()
                .extract()
                .jsonPath()
                .getList("choices");
        assertThat(after).noneMatch(c -> "picks-new.example.org".equals(c.get("normalized")));

        // Other organizations' officials see nothing of it; a reviewer may look but not add.
        Officials.as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + id + "/submissions")
                .then()
                .statusCode(403);
        Officials.as(Officials.FBI_REVIEWER)
                .get("/api/v1/advisories/" + id + "/submissions")
                .then()
                .statusCode(200);
        Officials.as(Officials.FBI_REVIEWER)
                .contentType(ContentType.JSON)
                .body(Map.of("keys", List.of((String) seen.get("key"))))
                .post("/api/v1/advisories/" + id + "/submissions")
                .then()
                .statusCode(403);
    }

    private static Map<String, Object> choice(List<Map<String, Object>> list, String normalized) {
        return list.stream()
                .filter(c -> normalized.equals(c.get("normalized")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(normalized + " not offered in " + list));
    }

    private static io.restassured.response.ValidatableResponse pick(String id, List<String> keys) {
        return Officials.as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("keys", keys))
                .post("/api/v1/advisories/" + id + "/submissions")
                .then();
    }

    private static String indicator(String pattern, String marking) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + UUID.randomUUID()
                + "\",\"created\":\"" + T + "\",\"modified\":\"" + T + "\",\"pattern\":\"" + pattern
                + "\",\"pattern_type\":\"stix\",\"valid_from\":\"" + T + "\",\"object_marking_refs\":[\"" + marking
                + "\"]}";
    }
}
