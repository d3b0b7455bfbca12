package org.advisoryhub.actor;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Advisories.draft;
import static org.advisoryhub.support.Officials.ADMIN;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_REVIEWER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/** One actor, one object: the shared catalog, how advisories pick from it, and what the feeds carry. */
@HubTest
class ActorCatalogTest extends OfficialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPublishOneIntrusionSetPerActorAcrossAllAdvisories() throws Exception {
        Partners.partner("test-actors", "VASP");
        Partners.Key key = Partners.key("test-actors", List.of("public"), "CLEAR");
        List<JsonNode> objects = all(key, "public");
        Map<String, List<String>> setsByName = objects.stream()
                .filter(o -> "intrusion-set".equals(o.get("type").asText()))
                .collect(Collectors.groupingBy(
                        o -> o.get("name").asText(),
                        Collectors.mapping(o -> o.get("id").asText(), Collectors.toList())));
        assertThat(setsByName).containsKeys("Lazarus Group", "APT38", "AppleJeus", "TraderTraitor");
        assertThat(setsByName.values())
                .allSatisfy(
                        ids -> assertThat(ids).as("one intrusion-set per actor").hasSize(1));
        assertThat(objects.stream()
                        .filter(o -> "threat-actor".equals(o.get("type").asText()))
                        .map(o -> o.get("name").asText()))
                .containsOnlyOnce("Democratic People's Republic of Korea");
        String lazarus = as(FBI_DRAFTER)
                .get("/api/v1/threat-actors")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.mitreId == 'G0032' }.stixId");
        assertThat(setsByName.get("Lazarus Group")).containsExactly(lazarus);
        // Every advisory's indicators indicate that one object.
        assertThat(objects)
                .filteredOn(o -> "indicates".equals(o.path("relationship_type").asText()))
                .extracting(o -> o.get("target_ref").asText())
                .contains(lazarus);
    }

    @Test
    void shouldLetAdvisoriesPickActorsByAttackIdNameOrAlias() {
        Map<String, Object> body = new HashMap<>(draft("Picks", "GREEN", List.of()));
        body.put("threatActors", List.of(Map.of("mitreId", "G0082"), Map.of("name", "jade sleet")));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .body("threatActors.name", equalTo(List.of("APT38", "TraderTraitor")))
                .body("threatActors[0].aliases", hasItem("BlueNoroff"))
                .body("threatActors[0].id", org.hamcrest.Matchers.notNullValue());

        body.put("threatActors", List.of(Map.of("name", "Lazarus Group"), Map.of("name", "No Such Group")));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("threatActors[1]")));
    }

    @Test
    void shouldLetOfficialsManageTheCatalogAndPublishEditsAsNewVersions() throws Exception {
        Map<String, Object> actor = new HashMap<>(Map.of(
                "name",
                "Test Chollima",
                "aliases",
                List.of("TC-1"),
                "attributedTo",
                "Democratic People's Republic of Korea"));
        as(FBI_REVIEWER)
                .contentType(ContentType.JSON)
                .body(actor)
                .post("/api/v1/threat-actors")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(actor)
                .post("/api/v1/threat-actors")
                .then()
                .statusCode(401);
        var created = as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(actor)
                .post("/api/v1/threat-actors")
                .then()
                .statusCode(201)
                .body("stixId", org.hamcrest.Matchers.startsWith("intrusion-set--"))
                .extract();
        String id = created.path("id");
        String stixId = created.path("stixId");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(actor)
                .post("/api/v1/threat-actors")
                .then()
                .statusCode(409);
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("name", ""))
                .post("/api/v1/threat-actors")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"));

        // Published once an advisory names it; then each edit is a new version of the same object.
        Partners.partner("test-actor-versions", "VASP");
        Partners.Key key = Partners.key("test-actor-versions", List.of("public"), "CLEAR");
        Map<String, Object> body = new HashMap<>(draft("Names the test actor", "CLEAR", List.of("test-nis")));
        body.put("threatActors", List.of(Map.of("name", "TC-1")));
        String advisory = as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Advisories.addText(FBI_DRAFTER, advisory, "test-chollima.example.org").statusCode(200);
        Advisories.action(FBI_DRAFTER, advisory, "submit").statusCode(200);
        Advisories.publish(org.advisoryhub.support.Officials.FBI_PUBLISHER, advisory, "Initial")
                .statusCode(200);
        assertThat(versions(key, stixId)).hasSize(1);

        actor.put("description", "Edited description");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(actor)
                .put("/api/v1/threat-actors/" + id)
                .then()
                .statusCode(428);
        // The same If-Match rules as advisories: "*" names no version (428), a weak tag never matches (412).
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(actor)
                .put("/api/v1/threat-actors/" + id)
                .then()
                .statusCode(428);
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", "W/\"0\"")
                .body(actor)
                .put("/api/v1/threat-actors/" + id)
                .then()
                .statusCode(412);
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(actor)
                .put("/api/v1/threat-actors/" + id)
                .then()
                .statusCode(412);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(actor)
                .put("/api/v1/threat-actors/" + id)
                .then()
                .statusCode(200)
                .body("description", equalTo("Edited description"));
        List<String> versions = versions(key, stixId);
        assertThat(versions).hasSize(2);
        JsonNode latest = JSON.readTree(key.taxii()
                        .get("/taxii2/api/collections/public/objects/" + stixId + "/")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .get("objects")
                .get(0);
        assertThat(latest.get("description").asText()).isEqualTo("Edited description");
        assertThat(latest.get("modified").asText())
                .isGreaterThan(latest.get("created").asText());
    }

    private static List<String> versions(Partners.Key key, String stixId) throws Exception {
        JsonNode body = JSON.readTree(key.taxii()
                .get("/taxii2/api/collections/public/objects/" + stixId + "/versions/")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> out = new ArrayList<>();
        body.path("versions").forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<JsonNode> all(Partners.Key key, String collection) throws Exception {
        List<JsonNode> objects = new ArrayList<>();
        String next = null;
        do {
            var request = key.taxii().queryParam("limit", 1000);
            if (next != null) {
                request.queryParam("next", next);
            }
            JsonNode envelope = JSON.readTree(request.get("/taxii2/api/collections/" + collection + "/objects/")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            envelope.path("objects").forEach(objects::add);
            next = envelope.path("more").asBoolean(false)
                    ? envelope.path("next").asText()
                    : null;
        } while (next != null);
        return objects;
    }
}
