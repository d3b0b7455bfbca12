package org.advisoryhub.taxii;

import static org.advisoryhub.support.Partners.TAXII;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/** Partners POST objects to a collection that accepts writes, and read back only their own. */
@HubTest
class TaxiiSubmissionTest extends OfficialsTest {

    private static final String COLLECTION = "/taxii2/api/collections/partner-submissions/objects/";
    private static final String SIGHTING_ID = "sighting--6b0e4b1a-2f87-4d3c-9e55-2b1f0c7d8e91";
    private static final String OWN_INDICATOR = "indicator--0d6c5e8f-3a4b-4c2d-8e1f-7a9b0c1d2e3f";

    private static String sighting() {
        String indicator = org.advisoryhub.stix.StixIds.of(
                "indicator",
                org.advisoryhub.indicator.IndicatorKeys.of(
                                "HUB-2022-0001", "crypto_address:eth:0x098b716b8aaf21512996dc57eb0615e2383e2f96")
                        .toString());
        return """
                {"type":"sighting","spec_version":"2.1","id":"%s","created":"2026-11-20T10:00:00.000Z",
                 "modified":"2026-11-20T10:00:00.000Z","sighting_of_ref":"%s","count":3,
                 "first_seen":"2026-11-19T00:00:00.000Z","last_seen":"2026-11-20T00:00:00.000Z"}""".formatted(SIGHTING_ID, indicator);
    }

    private static String envelope(String... objects) {
        return "{\"objects\":[" + String.join(",", objects) + "]}";
    }

    /**
     * Real public bundles (src/test/resources/external-stix, with their sources and licences) are accepted whole:
     * custom properties, extensions, TLP 1.0 markings, seconds without fractions, every SDO type they use. Each
     * object is served back as it was sent.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"cisa-aa23-325a.json", "oasis-apt1.json"})
    void shouldAcceptRealPublicBundlesWholeAndServeThemBackAsSent(String file) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode bundle;
        try (var in = getClass().getResourceAsStream("/external-stix/" + file)) {
            bundle = json.readTree(in);
        }
        String partner = "test-real-" + file.substring(0, file.indexOf('.'));
        Partners.partner(partner, "PARTNER_GOVERNMENT");
        Partners.Key writer = Partners.key(partner, List.of("partner-submissions"), "AMBER", true);
        com.fasterxml.jackson.databind.JsonNode objects = bundle.get("objects");

        byte[] envelope = ("{\"objects\":" + objects + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        writer.taxii()
                .contentType(TAXII)
                .body(envelope)
                .post(COLLECTION)
                .then()
                .statusCode(202)
                .body("failure_count", equalTo(0))
                .body("success_count", equalTo(objects.size()));

        String served = writer.taxii()
                .queryParam("limit", 1000)
                .get(COLLECTION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> back = new java.util.HashMap<>();
        json.readTree(served).get("objects").forEach(o -> back.put(o.get("id").asText(), o));
        org.assertj.core.api.Assertions.assertThat(back).hasSize(objects.size());
        objects.forEach(o -> org.assertj.core.api.Assertions.assertThat(
                        back.get(o.get("id").asText()))
                .isEqualTo(o));
    }

    @Test
    void shouldAcceptGoodObjectsReportBadOnesAndKeepThemPerPartner() {
        Partners.partner("test-submitter", "VASP");
        Partners.partner("test-other-submitter", "VASP");
        Partners.Key writer =
                Partners.key("test-submitter", List.of("partner-submissions", "partner-governments"), "AMBER", true);
        // The sighted indicator (HUB-2022-0001, TLP:CLEAR) is shared through partner-governments.
        Partners.Key other = Partners.key("test-other-submitter", List.of("partner-submissions"), "AMBER", true);
        Partners.Key reader = Partners.key("test-submitter", List.of("partner-submissions"), "AMBER", false);

        String ownIndicator = """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"2026-11-20T10:00:00.000Z",
                 "modified":"2026-11-20T10:00:00.000Z","pattern":"[domain-name:value = 'seen.example.com']",
                 "pattern_type":"stix","valid_from":"2026-11-20T10:00:00.000Z"}""".formatted(OWN_INDICATOR);
        // Seconds without a fraction are fine in STIX 2.1; a modification before the creation is not.
        String badTime = """
                {"type":"indicator","spec_version":"2.1","id":"indicator--1d6c5e8f-3a4b-4c2d-8e1f-7a9b0c1d2e3f",
                 "created":"2026-11-20T10:00:00Z","modified":"2026-11-19T10:00:00Z","pattern":"[domain-name:value = 'x.example']",
                 "pattern_type":"stix","valid_from":"2026-11-20T10:00:00Z"}""";
        String hubReport = """
                {"type":"report","spec_version":"2.1","id":"%s","created":"2022-04-14T00:00:00.000Z",
                 "modified":"2026-11-21T00:00:00.000Z","name":"Hijacked","published":"2026-11-21T00:00:00.000Z",
                 "object_refs":["%s"]}""".formatted(Advisories.reportId("HUB-2022-0001"), SIGHTING_ID);

        var status = writer.taxii()
                .contentType(TAXII)
                .body(envelope(sighting(), ownIndicator, badTime, hubReport))
                .post(COLLECTION)
                .then()
                .statusCode(202)
                .contentType(TAXII)
                .body("status", equalTo("complete"))
                .body("total_count", equalTo(4))
                .body("success_count", equalTo(2))
                .body("failure_count", equalTo(2))
                .body("pending_count", equalTo(0))
                .body("successes.id", equalTo(List.of(SIGHTING_ID, OWN_INDICATOR)))
                .body("failures[0].message", containsString("not valid STIX 2.1"))
                .body("failures[0].message", containsString("modified must not be before created"))
                .body("failures[1].message", containsString("another creator"))
                .extract();
        String statusId = status.path("id");
        writer.taxii()
                .get("/taxii2/api/status/" + statusId + "/")
                .then()
                .statusCode(200)
                .contentType(TAXII)
                .body("success_count", equalTo(2))
                .body("failures.size()", equalTo(2));
        other.taxii().get("/taxii2/api/status/" + statusId + "/").then().statusCode(404);

        // Sending the same objects again is not an error, and they are stored once.
        writer.taxii()
                .contentType(TAXII)
                .body(envelope(sighting(), ownIndicator))
                .post(COLLECTION)
                .then()
                .statusCode(202)
                .body("success_count", equalTo(2));
        writer.taxii()
                .queryParam("match[version]", "all")
                .get(COLLECTION)
                .then()
                .statusCode(200)
                .body("objects.id", equalTo(List.of(SIGHTING_ID, OWN_INDICATOR)));
        reader.taxii().get(COLLECTION).then().statusCode(200).body("objects.size()", equalTo(2));

        // Other partners never see them, and hub collections never carry them.
        other.taxii().get(COLLECTION).then().statusCode(200).body("$", anEmptyMap());
        writer.taxii()
                .queryParam("match[id]", SIGHTING_ID)
                .get("/taxii2/api/collections/partner-governments/objects/")
                .then()
                .statusCode(200)
                .body("$", anEmptyMap());
        writer.taxii()
                .get("/taxii2/api/collections/partner-governments/objects/" + Advisories.reportId("HUB-2022-0001")
                        + "/")
                .then()
                .statusCode(200)
                .body("objects[0].name", org.hamcrest.Matchers.not(equalTo("Hijacked")));

        // Another partner can neither repeat nor version an object it did not create.
        other.taxii()
                .contentType(TAXII)
                .body(envelope(sighting()))
                .post(COLLECTION)
                .then()
                .statusCode(202)
                .body("failure_count", equalTo(1))
                .body("failures[0].message", containsString("another creator"));
        other.taxii()
                .contentType(TAXII)
                .body(envelope(sighting()
                        .replace(
                                "\"modified\":\"2026-11-20T10:00:00.000Z\"",
                                "\"modified\":\"2026-11-21T10:00:00.000Z\"")))
                .post(COLLECTION)
                .then()
                .statusCode(202)
                .body("failure_count", equalTo(1));

        // Deleting is only for the writer's own objects.
        reader.taxii().delete(COLLECTION + OWN_INDICATOR + "/").then().statusCode(403);
        other.taxii().delete(COLLECTION + OWN_INDICATOR + "/").then().statusCode(404);
        writer.taxii()
                .delete(COLLECTION + OWN_INDICATOR + "/")
                .then()
                .statusCode(200)
                .contentType(TAXII);
        writer.taxii().get(COLLECTION + OWN_INDICATOR + "/").then().statusCode(404);
        writer.taxii().delete(COLLECTION + OWN_INDICATOR + "/").then().statusCode(404);
    }

    @Test
    void shouldOnlyAcceptSightingsOfObjectsTheHubSharesWithThePartner() {
        Partners.partner("test-sighter", "VASP");
        // This key reads public (TLP:CLEAR) content only.
        Partners.Key writer = Partners.key("test-sighter", List.of("partner-submissions", "public"), "CLEAR", true);
        String amber = Advisories.publishedAt("Sighting target", "AMBER", List.of(), "sighting-target.example.org");
        String hidden = org.advisoryhub.stix.StixIds.of(
                "indicator",
                org.advisoryhub.indicator.IndicatorKeys.of(amber, "domain::sighting-target.example.org")
                        .toString());
        String unknown = "indicator--00000000-0000-4000-8000-00000000abcd";
        String seen = sighting().replace(SIGHTING_ID, "sighting--7c1e4b1a-2f87-4d3c-9e55-2b1f0c7d8e92");
        String ofHidden = sighting()
                .replace(SIGHTING_ID, "sighting--8d1e4b1a-2f87-4d3c-9e55-2b1f0c7d8e93")
                .replaceAll("indicator--[0-9a-f-]{36}", hidden);
        String ofUnknown = sighting()
                .replace(SIGHTING_ID, "sighting--9e1e4b1a-2f87-4d3c-9e55-2b1f0c7d8e94")
                .replaceAll("indicator--[0-9a-f-]{36}", unknown);
        writer.taxii()
                .contentType(TAXII)
                .body(envelope(seen, ofHidden, ofUnknown))
                .post(COLLECTION)
                .then()
                .statusCode(202)
                .body("success_count", equalTo(1))
                .body("failure_count", equalTo(2))
                .body("failures.message", org.hamcrest.Matchers.everyItem(containsString("sighting_of_ref")));

        // Officials of the co-authoring organizations see it aggregated; other organizations and partners do not.
        org.advisoryhub.support.Officials.as(org.advisoryhub.support.Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/HUB-2022-0001/sightings")
                .then()
                .statusCode(403);
        org.advisoryhub.support.Officials.as(org.advisoryhub.support.Officials.ADMIN)
                .get("/api/v1/advisories/HUB-2022-0001/sightings")
                .then()
                .statusCode(200)
                .body(
                        "indicators.find { it.value == '0x098B716B8Aaf21512996dC57EB0615e2383E2f96' }.sightings",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body(
                        "indicators.find { it.value == '0x098B716B8Aaf21512996dC57EB0615e2383E2f96' }.lastSeen",
                        equalTo("2026-11-20T00:00:00Z"))
                .body("partners", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        io.restassured.RestAssured.given()
                .auth()
                .preemptive()
                .basic(writer.keyId(), writer.secret())
                .get("/api/v1/advisories/HUB-2022-0001/sightings")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldAdvertiseWriteAccessPerKeyAndRefuseWritesWithoutIt() {
        Partners.partner("test-write-grants", "VASP");
        Partners.Key reader = Partners.key("test-write-grants", List.of("partner-submissions"), "AMBER", false);
        Partners.Key writer =
                Partners.key("test-write-grants", List.of("partner-submissions", "public"), "AMBER", true);
        reader.taxii()
                .get("/taxii2/api/collections/partner-submissions/")
                .then()
                .body("can_write", equalTo(false));
        writer.taxii()
                .get("/taxii2/api/collections/partner-submissions/")
                .then()
                .body("can_write", equalTo(true));
        writer.taxii().get("/taxii2/api/collections/public/").then().body("can_write", equalTo(false));
        reader.taxii()
                .contentType(TAXII)
                .body(envelope(sighting()))
                .post(COLLECTION)
                .then()
                .statusCode(403);
        writer.taxii()
                .contentType(TAXII)
                .body(envelope(sighting()))
                .post("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRejectABodyThatIsNoEnvelope() {
        Partners.partner("test-bad-envelope", "VASP");
        Partners.Key writer = Partners.key("test-bad-envelope", List.of("partner-submissions"), "AMBER", true);
        writer.taxii()
                .contentType(TAXII)
                .body("[1,2]")
                .post(COLLECTION)
                .then()
                .statusCode(400)
                .contentType(TAXII)
                .body("http_status", equalTo("400"));
        writer.taxii()
                .contentType(TAXII)
                .body("{\"objects\":{}}")
                .post(COLLECTION)
                .then()
                .statusCode(400)
                .body("details.violations[0].field", equalTo("objects"));
        writer.taxii()
                .contentType(TAXII)
                .body("{}")
                .post(COLLECTION)
                .then()
                .statusCode(202)
                .body("total_count", equalTo(0));
    }
}
