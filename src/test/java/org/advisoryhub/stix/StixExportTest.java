package org.advisoryhub.stix;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.TREASURY_DRAFTER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

@HubTest
class StixExportTest extends OfficialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode bundle(String user, String id, int revision) throws Exception {
        String body = as(user).get("/api/v1/advisories/" + id + "/revisions/" + revision + "/stix")
                .then()
                .statusCode(200)
                .contentType("application/stix+json;version=2.1")
                .extract()
                .asString();
        return JSON.readTree(body);
    }

    @Test
    void shouldExportEveryRevisionOfEveryFixtureAdvisoryAsValidStix() throws Exception {
        List<String> ids;
        try (var files = Files.list(Path.of(System.getProperty("hub.advisories.dir")))) {
            ids = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("HUB-\\d{4}-\\d{4}-.*\\.yaml"))
                    .map(name -> name.substring(0, "HUB-0000-0000".length()))
                    .toList();
        }
        assertThat(ids).as("the fixture advisories").hasSize(9);
        for (String id : ids) {
            int revisions = as(FBI_DRAFTER)
                    .get("/api/v1/advisories/" + id)
                    .then()
                    .extract()
                    .path("publishedRevision");
            for (int n = 1; n <= revisions; n++) {
                StixChecks.assertValidBundle(bundle(FBI_DRAFTER, id, n));
            }
        }
    }

    @Test
    void shouldExportTheSameIdsTwiceAndKeepThemAcrossRevisions() throws Exception {
        JsonNode a = bundle(FBI_DRAFTER, "HUB-2022-0001", 3);
        JsonNode b = bundle(FBI_DRAFTER, "HUB-2022-0001", 3);
        assertThat(b.get("id")).isEqualTo(a.get("id"));
        assertThat(b.get("objects")).isEqualTo(a.get("objects"));
        JsonNode v1 = bundle(FBI_DRAFTER, "HUB-2022-0001", 1);
        JsonNode ronin = find(v1, "0x098b716b8aaf21512996dc57eb0615e2383e2f96");
        JsonNode roninV3 = find(a, "0x098b716b8aaf21512996dc57eb0615e2383e2f96");
        assertThat(roninV3).as("an unchanged indicator keeps its version").isEqualTo(ronin);
        JsonNode reportV1 = type(v1, "report");
        JsonNode reportV3 = type(a, "report");
        assertThat(reportV3.get("id")).isEqualTo(reportV1.get("id"));
        assertThat(reportV3.get("created")).isEqualTo(reportV1.get("created"));
        assertThat(reportV3.get("modified").asText())
                .isGreaterThan(reportV1.get("modified").asText());
        assertThat(reportV3.get("object_refs").size())
                .isGreaterThan(reportV1.get("object_refs").size());
    }

    @Test
    void shouldPublishRemovedIndicatorsAsRevokedAndRevokeAllOnWithdrawal() throws Exception {
        String id = Advisories.published("STIX revocation", "npmjscloud.com\nnpmrepos.com");
        Advisories.action(FBI_DRAFTER, id, "amend").statusCode(200);
        String removed = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=domain")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.normalized == 'npmrepos.com' }.id");
        as(FBI_DRAFTER)
                .delete("/api/v1/advisories/" + id + "/indicators/" + removed)
                .then()
                .statusCode(204);
        Advisories.action(FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.publish(org.advisoryhub.support.Officials.FBI_PUBLISHER, id, "Drops one domain")
                .statusCode(200);

        JsonNode v2 = bundle(FBI_DRAFTER, id, 2);
        StixChecks.assertValidBundle(v2);
        JsonNode revoked = find(v2, "npmrepos.com");
        assertThat(revoked.get("revoked").asBoolean()).isTrue();
        assertThat(type(v2, "report").get("object_refs").toString())
                .doesNotContain(revoked.get("id").asText());
    }

    @Test
    void shouldNotExportDraftsToOtherOrganizationsOrMissingRevisions() {
        String draft = Advisories.create(FBI_DRAFTER, "Unpublished", List.of());
        as(TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + draft + "/revisions/1/stix")
                .then()
                .statusCode(404);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + draft + "/revisions/1/stix")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/advisories/HUB-2022-0001/revisions/1/stix").then().statusCode(401);
    }

    private static JsonNode find(JsonNode bundle, String patternFragment) {
        for (JsonNode o : bundle.get("objects")) {
            if (o.path("pattern").asText().contains(patternFragment)) {
                return o;
            }
        }
        throw new AssertionError("no indicator matching " + patternFragment);
    }

    private static JsonNode type(JsonNode bundle, String type) {
        for (JsonNode o : bundle.get("objects")) {
            if (o.get("type").asText().equals(type)) {
                return o;
            }
        }
        throw new AssertionError("no " + type);
    }
}
