package org.advisoryhub.security;

import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/**
 * Text that PostgreSQL cannot store or a reader cannot render is refused at every door with a 400 naming the field,
 * a damaged stored row never fails a view, and co-authors can hide a partner's sighting.
 */
@HubTest
class HostileTextTest extends OfficialsTest {

    private static final String NUL = "\\u0000";

    @Inject
    AgroalDataSource dataSource;

    /** A VASP whose key reads GREEN indicators and may report sightings. */
    private static Partners.Key sightingReporter(String organization) {
        Partners.partner(organization, "VASP");
        return Partners.key(organization, List.of("vasp-indicators", "partner-submissions"), "GREEN", true);
    }

    private static String sightingJson(String indicator, String note) {
        return "{\"indicator\":\"" + indicator + "\",\"note\":\"" + note + "\"}";
    }

    @Test
    void shouldRefuseANulInASightingNoteAndKeepEveryViewWorking() {
        Partners.Key writer = sightingReporter("test-nul-sighter");
        String id = Advisories.publishedAt("NUL sighting", "GREEN", List.of(), "nul-sighting.example.net");
        String indicator = Advisories.indicatorId(id, "domain::nul-sighting.example.net");

        writer.api()
                .body(sightingJson(indicator, "bad" + NUL + "note"))
                .post("/api/v1/sightings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("note"))
                .body("violations[0].message", containsString("NUL"));
        writer.api()
                .body(sightingJson(indicator, "lone \\ud800 surrogate"))
                .post("/api/v1/sightings")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("note"))
                .body("violations[0].message", containsString("surrogate"));
        writer.api().get("/api/v1/sightings").then().statusCode(200).body("items.size()", equalTo(0));
        writer.api()
                .body(sightingJson(indicator, "fine"))
                .post("/api/v1/sightings")
                .then()
                .statusCode(201);
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/sightings")
                .then()
                .statusCode(200)
                .body("sightings", equalTo(1));
    }

    @Test
    void shouldDegradePerRowWhenAStoredSightingCannotBeRead() throws Exception {
        Partners.Key writer = sightingReporter("test-bad-row");
        String id = Advisories.publishedAt("Damaged row", "GREEN", List.of(), "damaged-row.example.net");
        String indicator = Advisories.indicatorId(id, "domain::damaged-row.example.net");
        writer.api()
                .body(sightingJson(indicator, "good one"))
                .post("/api/v1/sightings")
                .then()
                .statusCode(201);
        // A row written before the boundary checks existed: a body jsonb refuses, and one that is not JSON at all.
        damage(
                writer,
                indicator,
                "{\"type\":\"sighting\",\"sighting_of_ref\":\"" + indicator + "\",\"created\":\"2026-11-01T00:00:00Z\","
                        + "\"modified\":\"2026-11-01T00:00:00Z\",\"description\":\"x\\u0000y\"}");
        damage(writer, indicator, "not json");

        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/sightings")
                .then()
                .statusCode(200)
                .body("sightings", equalTo(2))
                .body("unreadable", equalTo(1));
        as(Officials.ADMIN)
                .get("/api/v1/advisories/" + id + "/sightings/reports")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items.readable", hasItem(false));
        writer.api().get("/api/v1/sightings").then().statusCode(200).body("items.size()", equalTo(3));
        as(Officials.ADMIN).get("/api/v1/advisories").then().statusCode(200);
    }

    /** Stores a sighting body as-is, bypassing the API, as a legacy or hand-edited row would be. */
    private void damage(Partners.Key writer, String indicator, String body) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                insert into stix_object (date_added, stix_id, type, version, tlp_rank, recipients, revoked, first, latest, body,
                    collection_id, submitted_by, sighting_of_ref)
                select clock_timestamp(), 'sighting--' || gen_random_uuid(), 'sighting', now(), 1, '{}', false, true, true, ?,
                    id, ?, ? from taxii_collection where alias = 'partner-submissions'""")) {
            ps.setString(1, body);
            ps.setString(2, writer.organizationId());
            ps.setString(3, indicator);
            ps.executeUpdate();
        }
    }

    @Test
    void shouldLetCoauthorsHideAPartnersSightingWithAnAuditEvent() {
        Partners.Key writer = sightingReporter("test-hide-sighter");
        String id = Advisories.publishedAt("Hidden sighting", "GREEN", List.of(), "hidden-sighting.example.net");
        String indicator = Advisories.indicatorId(id, "domain::hidden-sighting.example.net");
        String sighting = writer.api()
                .body(sightingJson(indicator, "offensive text"))
                .post("/api/v1/sightings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String hide = "/api/v1/advisories/" + id + "/sightings/" + sighting + "/hidden";

        as(Officials.TREASURY_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "abusive"))
                .post(hide)
                .then()
                .statusCode(403);
        as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + id + "/sightings/reports")
                .then()
                .statusCode(403);
        writer.api()
                .get("/api/v1/advisories/" + id + "/sightings/reports")
                .then()
                .statusCode(401);
        as(Officials.TREASURY_DRAFTER).delete(hide).then().statusCode(403);
        writer.api().body(Map.of()).post(hide).then().statusCode(401);
        as(Officials.NIS_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "bad" + '\u0000'))
                .post(hide)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(Officials.NIS_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "abusive"))
                .post("/api/v1/advisories/" + id + "/sightings/sighting--00000000-0000-4000-8000-000000000000/hidden")
                .then()
                .statusCode(404);
        as(Officials.NIS_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "abusive"))
                .post(hide)
                .then()
                .statusCode(204);

        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/sightings")
                .then()
                .statusCode(200)
                .body("sightings", equalTo(0));
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/sightings/reports")
                .then()
                .statusCode(200)
                .body("items[0].hidden", equalTo(true));
        writer.api()
                .get("/api/v1/sightings/" + sighting)
                .then()
                .statusCode(200)
                .body("note", equalTo("offensive text"));
        as(Officials.ADMIN)
                .queryParam("action", "sighting.hidden")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", hasItem(sighting));

        as(Officials.FBI_DRAFTER).delete(hide).then().statusCode(204);
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/sightings")
                .then()
                .body("sightings", equalTo(1));
    }

    @Test
    void shouldRefuseUnstorableTextAndDuplicateKeysInJsonBodies() {
        String lone = "{\"title\":\"T \\udc00\",\"summary\":\"s\",\"body\":\"b\",\"tlp\":\"GREEN\"}";
        as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(lone)
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("title"));
        String bell = "{\"title\":\"T \\u0007\",\"summary\":\"s\",\"body\":\"b\",\"tlp\":\"GREEN\"}";
        as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(bell)
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("title"));
        String twice = "{\"title\":\"One\",\"summary\":\"s\",\"body\":\"b\",\"tlp\":\"GREEN\",\"tlp\":\"RED\"}";
        as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(twice)
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("tlp"))
                .body("violations[0].message", containsString("more than once"));
        String nested =
                "{\"title\":\"T\",\"summary\":\"s\",\"body\":\"b\",\"tlp\":\"GREEN\",\"references\":[{\"url\":\"https://a.example\","
                        + "\"title\":\"x" + NUL + "\"}]}";
        as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(nested)
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("references[0].title"));
        String fine =
                "{\"title\":\"Tabs\\tand\\nlines are fine \uD83D\uDE00\",\"summary\":\"s\",\"body\":\"b\",\"tlp\":\"GREEN\"}";
        as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(fine)
                .post("/api/v1/advisories")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseUnstorableLinesOfPastedAndCsvIndicatorsNamingTheLine() {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Pasted NUL", List.of());
        as(Officials.FBI_DRAFTER)
                .contentType(ContentType.TEXT)
                .body("good-line.example.net\nbad\u0000line.example.net\n")
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].line", equalTo(2));
        as(Officials.FBI_DRAFTER)
                .contentType("text/csv")
                .body("value,description\nok.example.net,\"bad \u0007 note\"\n")
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(400)
                .body("violations[0].line", equalTo(2));
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseUnstorableTextInPathsQueriesAndWebhookUrls() {
        as(Officials.FBI_DRAFTER)
                .urlEncodingEnabled(false)
                .get("/api/v1/advisories/HUB-2026%000001")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("path"));
        as(Officials.FBI_DRAFTER)
                .queryParam("q", "a\u0000b")
                .get("/api/v1/advisories")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("q"));
        Partners.partner("test-nul-taxii", "VASP");
        Partners.Key key = Partners.key("test-nul-taxii", List.of("vasp-indicators"), "GREEN", false, true);
        key.taxii()
                .urlEncodingEnabled(false)
                .get("/taxii2/api/collections/vasp%00/objects/")
                .then()
                .statusCode(400)
                .contentType(containsString("application/taxii+json"))
                .body("http_status", equalTo("400"));
        key.api()
                .body("{\"url\":\"https://hooks.example.com/a" + NUL + "\",\"collections\":[\"vasp-indicators\"],"
                        + "\"events\":[\"published\"]}")
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("url"));
    }

    @Test
    void shouldRefuseUnstorableTextAndDuplicateKeysInTaxiiSubmissions() {
        Partners.Key writer = sightingReporter("test-nul-envelope");
        String id = Advisories.publishedAt("NUL envelope", "GREEN", List.of(), "nul-envelope.example.net");
        String indicator = Advisories.indicatorId(id, "domain::nul-envelope.example.net");
        String sighting =
                "{\"type\":\"sighting\",\"spec_version\":\"2.1\",\"id\":\"sighting--6b0c9f3e-8f4a-4d5e-9c2b-1a3d5e7f9b11\","
                        + "\"created\":\"2026-11-01T00:00:00.000Z\",\"modified\":\"2026-11-01T00:00:00.000Z\","
                        + "\"sighting_of_ref\":\"" + indicator + "\",\"description\":\"%s\"%s}";
        String objects = "{\"objects\":[" + sighting.formatted("x" + NUL, "") + "]}";
        writer.taxii()
                .contentType(Partners.TAXII)
                .body(objects)
                .post("/taxii2/api/collections/partner-submissions/objects/")
                .then()
                .statusCode(400)
                .contentType(containsString("application/taxii+json"))
                .body("details.violations[0].field", equalTo("objects[0].description"));
        String duplicate = "{\"objects\":[" + sighting.formatted("fine", ",\"count\":1,\"count\":2") + "]}";
        writer.taxii()
                .contentType(Partners.TAXII)
                .body(duplicate)
                .post("/taxii2/api/collections/partner-submissions/objects/")
                .then()
                .statusCode(400)
                .body("details.violations[0].field", equalTo("objects[0].count"));
        writer.taxii()
                .get("/taxii2/api/collections/partner-submissions/objects/")
                .then()
                .statusCode(200)
                .body(not(containsString("sighting--6b0c9f3e")));
    }
}
