package org.advisoryhub.taxii;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Partners.TAXII;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@HubTest
class TaxiiEndpointsTest extends OfficialsTest {

    static final String MICROS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z";
    static final String PUBLIC = "4e0c3c8e-2f6a-4d0b-9d3e-5b8a1f0c7a11";
    private static Partners.Key key;

    @BeforeEach
    void partnerKey() {
        if (key == null) {
            Partners.partner("test-exchange", "VASP");
            key = Partners.key("test-exchange", List.of("public", "vasp-indicators"), "GREEN");
        }
    }

    private static ValidatableResponse taxii(ValidatableResponse r) {
        return r.contentType(TAXII);
    }

    /** Every identifier an object in a collection refers to is in that collection too (the TLP 2.0 author included). */
    @ParameterizedTest
    @ValueSource(strings = {"public", "vasp-indicators"})
    void shouldResolveEveryReferenceInsideACollection(String collection) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.List<com.fasterxml.jackson.databind.JsonNode> objects = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String next = null;
        do {
            var request = key.taxii().queryParam("limit", 1000).queryParam("match[version]", "all");
            if (next != null) {
                request.queryParam("next", next);
            }
            String body = request.get("/taxii2/api/collections/" + collection + "/objects/")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            com.fasterxml.jackson.databind.JsonNode envelope;
            try {
                envelope = json.readTree(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            envelope.path("objects").forEach(o -> {
                objects.add(o);
                ids.add(o.get("id").asText());
            });
            next = envelope.path("more").asBoolean(false)
                    ? envelope.path("next").asText()
                    : null;
        } while (next != null);
        org.assertj.core.api.Assertions.assertThat(objects).isNotEmpty();
        java.util.Map<String, String> basedOn = new java.util.HashMap<>();
        objects.stream()
                .filter(o -> "based-on".equals(o.path("relationship_type").asText()))
                .forEach(r -> basedOn.put(
                        r.get("source_ref").asText(), r.get("target_ref").asText()));
        boolean relationshipsShipped = !basedOn.isEmpty();
        for (com.fasterxml.jackson.databind.JsonNode o : objects) {
            if (relationshipsShipped && "indicator".equals(o.path("type").asText())) {
                // Each indicator's observable, complete, for tools that build observables (STANDARDS §6).
                org.assertj.core.api.Assertions.assertThat(basedOn)
                        .as(o.get("id") + " based-on")
                        .containsKey(o.get("id").asText());
                org.assertj.core.api.Assertions.assertThat(ids)
                        .contains(basedOn.get(o.get("id").asText()));
            }
            if (o.has("created")) {
                // SDOs, SROs and meta objects: UUIDv4 (the SHOULD strict validators check); observables are v5.
                org.assertj.core.api.Assertions.assertThat(o.get("id").asText())
                        .as("UUIDv4 id")
                        .matches("[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            }
            if ("indicator".equals(o.path("type").asText()) && o.has("created")) {
                // Tools that decay indicators without an end (OpenCTI) would otherwise revoke them on arrival.
                org.assertj.core.api.Assertions.assertThat(o.path("valid_until").asText())
                        .as(o.get("id") + ".valid_until")
                        .isNotEmpty()
                        .isGreaterThan(o.path("valid_from").asText());
            }
            o.fields().forEachRemaining(f -> {
                if (f.getKey().endsWith("_ref")) {
                    org.assertj.core.api.Assertions.assertThat(ids)
                            .as(o.get("id") + "." + f.getKey())
                            .contains(f.getValue().asText());
                }
                if (f.getKey().endsWith("_refs")) {
                    f.getValue()
                            .forEach(r -> org.assertj.core.api.Assertions.assertThat(ids)
                                    .as(o.get("id") + "." + f.getKey())
                                    .contains(r.asText()));
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/taxii2/", "/taxii2"})
    void shouldServeDiscoveryWithAndWithoutTrailingSlash(String path) {
        taxii(key.taxii().get(path).then().statusCode(200))
                .body("title", notNullValue())
                .body("default", equalTo("/taxii2/api/"))
                .body("api_roots", equalTo(List.of("/taxii2/api/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/taxii2/api/", "/taxii2/api"})
    void shouldServeTheApiRoot(String path) {
        taxii(key.taxii().get(path).then().statusCode(200))
                .body("versions", equalTo(List.of("application/taxii+json;version=2.1")))
                .body("max_content_length", equalTo(10485760));
    }

    /** Granted collections, and the addressed collection every key reads (it shows only what names the reader). */
    @Test
    void shouldListOnlyGrantedCollectionsInIdOrder() {
        taxii(key.taxii().get("/taxii2/api/collections/").then().statusCode(200))
                .body("collections.alias", equalTo(List.of("public", "vasp-indicators", "addressed-to-you")))
                .body("collections.can_read", everyItem(equalTo(true)))
                .body("collections.can_write", everyItem(equalTo(false)))
                .body("collections[0].media_types", equalTo(List.of("application/stix+json;version=2.1")));
        taxii(key.taxii().get("/taxii2/api/collections/" + PUBLIC + "/").then().statusCode(200))
                .body("id", equalTo(PUBLIC))
                .body("alias", equalTo("public"));
        taxii(key.taxii().get("/taxii2/api/collections/public").then().statusCode(200))
                .body("id", equalTo(PUBLIC));
        taxii(key.taxii().get("/taxii2/api/collections").then().statusCode(200)).body("collections.size()", equalTo(3));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects?limit=1")
                        .then()
                        .statusCode(200))
                .body("objects.size()", equalTo(1));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/manifest?limit=1")
                        .then()
                        .statusCode(200))
                .body("objects.size()", equalTo(1));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/partner-governments/")
                        .then()
                        .statusCode(404))
                .body("http_status", equalTo("404"))
                .body("title", notNullValue());
        taxii(key.taxii()
                .get("/taxii2/api/collections/partner-governments/objects/")
                .then()
                .statusCode(404));
    }

    @Test
    void shouldListExactlyTheCollectionsOfTheKey() {
        Partners.partner("test-no-grants", "COMPANY");
        Partners.collection("test-empty", "CLEAR", List.of("report"));
        Partners.Key lonely = Partners.key("test-no-grants", List.of("test-empty"), "CLEAR");
        taxii(lonely.taxii().get("/taxii2/api/collections/").then().statusCode(200))
                .body("collections.alias", org.hamcrest.Matchers.containsInAnyOrder("test-empty", "addressed-to-you"));
    }

    @Test
    void shouldServeObjectsAsAnEnvelopeWithDateHeaders() {
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/?limit=3")
                        .then()
                        .statusCode(200))
                .header("X-TAXII-Date-Added-First", matchesPattern(MICROS))
                .header("X-TAXII-Date-Added-Last", matchesPattern(MICROS))
                .body("more", equalTo(true))
                .body("next", notNullValue())
                .body("objects.size()", equalTo(3))
                .body("objects.spec_version", everyItem(equalTo("2.1")))
                .body("$", not(hasKey("type")));
    }

    @Test
    void shouldServeTheManifestObjectAndVersions() {
        String report = Advisories.reportId("HUB-2022-0001");
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/manifest/?match[id]=" + report)
                        .then()
                        .statusCode(200))
                .header("X-TAXII-Date-Added-Last", matchesPattern(MICROS))
                .body("objects.id", equalTo(List.of(report)))
                .body("objects[0].version", matchesPattern(MICROS))
                .body("objects[0].date_added", matchesPattern(MICROS))
                .body("objects[0].media_type", equalTo("application/stix+json;version=2.1"));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/" + report + "/")
                        .then()
                        .statusCode(200))
                .body("objects.id", equalTo(List.of(report)))
                .body("objects[0].type", equalTo("report"));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/" + report + "/versions/")
                        .then()
                        .statusCode(200))
                .body("versions.size()", equalTo(3))
                .body("versions", everyItem(matchesPattern(MICROS)));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/" + report + "/?match[version]=all")
                        .then()
                        .statusCode(200))
                .body(
                        "objects.modified",
                        equalTo(List.of(
                                "2022-04-14T00:00:00.000Z", "2022-04-22T00:00:00.000Z", "2022-05-06T00:00:00.000Z")));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/" + report + "/?match[version]=first")
                        .then()
                        .statusCode(200))
                .body("objects.modified", equalTo(List.of("2022-04-14T00:00:00.000Z")));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/" + report
                                + "/?match[version]=2022-04-22T00:00:00.000Z")
                        .then()
                        .statusCode(200))
                .body("objects.modified", equalTo(List.of("2022-04-22T00:00:00.000Z")));
        taxii(key.taxii()
                .get("/taxii2/api/collections/public/objects/report--00000000-0000-4000-8000-000000000000/")
                .then()
                .statusCode(404));
        taxii(key.taxii()
                .get("/taxii2/api/collections/public/objects/report--00000000-0000-4000-8000-000000000000/versions/")
                .then()
                .statusCode(404));
    }

    @Test
    void shouldFilterByTypeIdAndSpecVersion() {
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/?match[type]=report,intrusion-set&limit=1000")
                        .then()
                        .statusCode(200))
                .body("objects.type", everyItem(org.hamcrest.Matchers.oneOf("report", "intrusion-set")))
                .body("objects.id", hasItem(Advisories.reportId("HUB-2025-0001")));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/?match[spec_version]=2.0")
                        .then()
                        .statusCode(200))
                .body("$", equalTo(java.util.Map.of()));
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/?match[spec_version]=2.0,2.1&limit=1")
                        .then()
                        .statusCode(200))
                .body("objects.size()", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "added_after=yesterday",
                "limit=0",
                "limit=-5",
                "limit=ten",
                "match[version]=all,first",
                "match[version]=soon",
                "match[type]=Report!",
                "match[id]=not-an-id",
                "next=forged-cursor"
            })
    void shouldRejectMalformedParameters(String query) {
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/?" + query)
                        .then()
                        .statusCode(400))
                .body("http_status", equalTo("400"))
                .body("details.violations[0].field", notNullValue());
    }

    @Test
    void shouldRejectRepeatedParameters() {
        taxii(key.taxii()
                        .get("/taxii2/api/collections/public/objects/?match[type]=report&match[type]=indicator")
                        .then()
                        .statusCode(400))
                .body("details.violations[0].field", equalTo("match[type]"));
    }

    @Test
    void shouldNegotiateTheMediaType() {
        given().auth()
                .preemptive()
                .basic(key.keyId(), key.secret())
                .accept("application/xml")
                .get("/taxii2/api/collections/")
                .then()
                .statusCode(406)
                .contentType(TAXII)
                .body("http_status", equalTo("406"));
        given().auth()
                .preemptive()
                .basic(key.keyId(), key.secret())
                .accept("application/taxii+json;version=2.0")
                .get("/taxii2/api/collections/")
                .then()
                .statusCode(406);
        given().auth()
                .preemptive()
                .basic(key.keyId(), key.secret())
                .accept("application/taxii+json")
                .get("/taxii2/api/collections/")
                .then()
                .statusCode(200)
                .contentType(TAXII);
        given().auth()
                .preemptive()
                .basic(key.keyId(), key.secret())
                .accept("application/stix+json;version=2.1, application/taxii+json;version=2.1;q=0.9")
                .get("/taxii2/api/collections/")
                .then()
                .statusCode(200);
        key.taxii()
                .contentType("application/json")
                .body("{}")
                .post("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(415)
                .contentType(TAXII);
    }

    @Test
    void shouldRefuseWritesAndDeletesOnReadOnlyCollections() {
        String envelope = "{\"objects\":[]}";
        taxii(key.taxii()
                        .contentType(TAXII)
                        .body(envelope)
                        .post("/taxii2/api/collections/public/objects/")
                        .then()
                        .statusCode(403))
                .body("http_status", equalTo("403"));
        taxii(key.taxii()
                .delete("/taxii2/api/collections/public/objects/" + Advisories.reportId("HUB-2022-0001") + "/")
                .then()
                .statusCode(403));
        taxii(key.taxii()
                .contentType(TAXII)
                .body(envelope)
                .post("/taxii2/api/collections/partner-governments/objects/")
                .then()
                .statusCode(404));
        taxii(key.taxii()
                .get("/taxii2/api/status/2d086da7-4bdc-4f91-900e-d77486753710/")
                .then()
                .statusCode(404));
    }

    @Test
    void shouldAnswer401WithTheTaxiiErrorAndNeverAnHtmlPage() {
        taxii(given().accept(TAXII).get("/taxii2/api/collections/").then().statusCode(401))
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"))
                .body("http_status", equalTo("401"));
        taxii(given().auth()
                .preemptive()
                .basic(key.keyId(), "wrong")
                .accept(TAXII)
                .get("/taxii2/")
                .then()
                .statusCode(401));
        taxii(given().header("Authorization", "Bearer " + key.keyId() + ".wrong")
                .accept(TAXII)
                .get("/taxii2/")
                .then()
                .statusCode(401));
        taxii(given().header("Authorization", "Bearer garbage")
                .accept(TAXII)
                .get("/taxii2/")
                .then()
                .statusCode(401));
        // Officials' accounts are not API keys.
        taxii(Officials.as(Officials.ADMIN).accept(TAXII).get("/taxii2/").then().statusCode(401));
        given().header("Authorization", "Bearer " + key.keyId() + "." + key.secret())
                .accept(TAXII)
                .get("/taxii2/")
                .then()
                .statusCode(200)
                .contentType(TAXII);
    }
}
