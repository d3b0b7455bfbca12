package org.advisoryhub.sighting;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/** Partners report sightings over plain REST; officials see them aggregated; partners see only their own. */
@HubTest
class SightingReportTest extends OfficialsTest {

    private static Map<String, Object> report(String indicator, Object count, String firstSeen, String lastSeen) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", indicator);
        body.put("count", count);
        body.put("firstSeen", firstSeen);
        body.put("lastSeen", lastSeen);
        body.put("note", "Deposit <script>alert(1)</script> blocked");
        return body;
    }

    @Test
    void shouldRecordASightingThatOfficialsSeeAggregatedAndOnlyItsReporterReadsBack() {
        Partners.partner("test-sight-rest", "VASP");
        Partners.partner("test-sight-rest-other", "VASP");
        Partners.Key writer =
                Partners.key("test-sight-rest", List.of("vasp-indicators", "partner-submissions"), "GREEN", true);
        Partners.Key other =
                Partners.key("test-sight-rest-other", List.of("vasp-indicators", "partner-submissions"), "GREEN", true);
        String id = Advisories.publishedAt("Sighted over REST", "GREEN", List.of(), "sighted-rest.example.net");
        String indicator = Advisories.indicatorId(id, "domain::sighted-rest.example.net");

        String sighting = writer.api()
                .body(report(indicator, 3, "2026-11-01T08:00:00Z", "2026-11-02T09:30:00Z"))
                .post("/api/v1/sightings")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/sightings/sighting--"))
                .body("indicator", equalTo(indicator))
                .body("count", equalTo(3))
                .body("firstSeen", equalTo("2026-11-01T08:00:00Z"))
                .body("note", equalTo("Deposit <script>alert(1)</script> blocked"))
                .extract()
                .path("id");
        other.api()
                .body(report(indicator, 1, null, null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(201);

        writer.api()
                .get("/api/v1/sightings")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(sighting))
                .body("items.size()", equalTo(1));
        writer.api()
                .get("/api/v1/sightings/" + sighting)
                .then()
                .statusCode(200)
                .body("lastSeen", equalTo("2026-11-02T09:30:00Z"));
        other.api().get("/api/v1/sightings/" + sighting).then().statusCode(404);
        other.api()
                .get("/api/v1/sightings")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", org.hamcrest.Matchers.not(equalTo(sighting)));

        // Stored as a valid STIX sighting in the partner's own view of the submissions collection.
        writer.taxii()
                .get("/taxii2/api/collections/partner-submissions/objects/" + sighting + "/")
                .then()
                .statusCode(200)
                .body("objects[0].type", equalTo("sighting"))
                .body("objects[0].spec_version", equalTo("2.1"))
                .body("objects[0].sighting_of_ref", equalTo(indicator))
                .body("objects[0].count", equalTo(3))
                .body(
                        "objects[0].created_by_ref",
                        equalTo(org.advisoryhub.stix.StixIds.organization("test-sight-rest")))
                .body(
                        "objects[0].where_sighted_refs",
                        equalTo(List.of(org.advisoryhub.stix.StixIds.organization("test-sight-rest"))));
        other.taxii()
                .get("/taxii2/api/collections/partner-submissions/objects/" + sighting + "/")
                .then()
                .statusCode(404);

        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/sightings")
                .then()
                .statusCode(200)
                .body("sightings", equalTo(4))
                .body("partners", equalTo(2))
                .body("indicators[0].indicatorId", equalTo(indicator))
                .body("indicators[0].firstSeen", equalTo("2026-11-01T08:00:00Z"));
    }

    @Test
    void shouldRejectBadSightingsNamingTheFieldAndSaveNothing() {
        Partners.partner("test-sight-bad", "VASP");
        Partners.Key writer =
                Partners.key("test-sight-bad", List.of("vasp-indicators", "partner-submissions"), "GREEN", true);
        String amber = Advisories.publishedAt("Sighted above ceiling", "AMBER", List.of(), "amber-sight.example.net");
        String hidden = Advisories.indicatorId(amber, "domain::amber-sight.example.net");
        String green = Advisories.publishedAt("Sighted in range", "GREEN", List.of(), "green-sight.example.net");
        String visible = Advisories.indicatorId(green, "domain::green-sight.example.net");

        writer.api()
                .body(report(hidden, 1, null, null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("indicator"));
        writer.api()
                .body(report("indicator--not-a-uuid", 1, null, null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("indicator"));
        writer.api()
                .body(report(visible, 0, null, null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("count"));
        writer.api()
                .body(report(visible, 1, "2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z"))
                .post("/api/v1/sightings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("lastSeen"));
        writer.api()
                .body(report(visible, 1, "2999-01-01T00:00:00Z", null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("firstSeen"));
        writer.api()
                .body(report(visible, 1, "yesterday", null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("firstSeen"));
        writer.api().get("/api/v1/sightings").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseKeysThatMayNotWriteAndAnonymousCallers() {
        Partners.partner("test-sight-deny", "VASP");
        Partners.Key reader =
                Partners.key("test-sight-deny", List.of("vasp-indicators", "partner-submissions"), "GREEN");
        Partners.Key noTarget = Partners.key("test-sight-deny", List.of("vasp-indicators"), "GREEN", true);
        String indicator = Advisories.indicatorId(
                "HUB-2022-0001", "crypto_address:eth:0x098b716b8aaf21512996dc57eb0615e2383e2f96");
        reader.api()
                .body(report(indicator, 1, null, null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        noTarget.api()
                .body(report(indicator, 1, null, null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(report(indicator, 1, null, null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(401);
        as(Officials.FBI_DRAFTER)
                .contentType("application/json")
                .body(report(indicator, 1, null, null))
                .post("/api/v1/sightings")
                .then()
                .statusCode(401);
    }
}
