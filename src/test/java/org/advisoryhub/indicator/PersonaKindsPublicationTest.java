package org.advisoryhub.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advisoryhub.stix.HubObjects;
import org.advisoryhub.stix.StixChecks;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/**
 * A published advisory with each IT-worker kind, as partners receive it: valid STIX (a phone-number observable under
 * the hub's extension, user-accounts, the persona as an individual identity), MISP attributes of the right types,
 * screening in any spelling, and a flat feed per kind.
 */
@HubTest
class PersonaKindsPublicationTest extends OfficialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldReachPartnersAsEachToolReadsIt() throws Exception {
        String id = Advisories.create(Officials.FBI_DRAFTER, "IT-worker persona kinds", List.of("test-nis"));
        Map<String, Object> persona = Map.of(
                "kind",
                "persona",
                "value",
                "Jane  Doe",
                "persona",
                Map.of(
                        "aliases",
                        List.of("J. Doe", "제인 도"),
                        "accounts",
                        List.of(
                                "linkedin:jane-doe-dev",
                                "+82 10 2345 6789",
                                "paypal:jane.doe@example.com",
                                // One EVM address on two chains: two indicators, one observable.
                                "eth:0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c",
                                "bsc:0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c")));
        // A persona naming an account the advisory does not have is refused, naming the field; nothing is saved.
        Officials.as(Officials.FBI_DRAFTER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("items", List.of(persona)))
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("items[0].persona.accounts"));
        List<Object> items = new ArrayList<>();
        for (String v : List.of(
                "+82 10-2345-6789",
                "paypal:Jane.Doe@Example.com",
                "https://www.linkedin.com/in/jane-doe-dev",
                "wise:@jd-pay",
                "eth:0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c",
                "bsc:0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c")) {
            items.add(Map.of("value", v));
        }
        items.add(persona);
        Officials.as(Officials.FBI_DRAFTER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("items", items))
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(200)
                .body("added", org.hamcrest.Matchers.equalTo(7));
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.publish(Officials.FBI_PUBLISHER, id, "Initial publication").statusCode(200);

        JsonNode bundle = JSON.readTree(Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1/stix")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        StixChecks.assertValidBundle(bundle);
        List<String> patterns = new ArrayList<>();
        JsonNode phone = null;
        JsonNode identity = null;
        boolean extension = false;
        for (JsonNode o : bundle.get("objects")) {
            patterns.add(o.path("pattern").asText());
            phone = "phone-number".equals(o.path("type").asText()) ? o : phone;
            identity = "individual".equals(o.path("identity_class").asText()) ? o : identity;
            extension |=
                    HubObjects.PHONE_OBSERVABLE_EXTENSION_ID.equals(o.path("id").asText());
        }
        assertThat(patterns)
                .contains("[phone-number:value = '+821023456789']")
                .contains(
                        "[user-account:account_type = 'paypal' AND user-account:account_login = 'jane.doe@example.com']")
                .contains("[user-account:account_type = 'linkedin' AND user-account:account_login = 'jane-doe-dev']")
                .contains("[user-account:account_type = 'wise' AND user-account:account_login = 'jd-pay']");
        assertThat(phone).isNotNull();
        assertThat(phone.get("value").asText()).isEqualTo("+821023456789");
        assertThat(phone.path("extensions").has(HubObjects.PHONE_OBSERVABLE_EXTENSION_ID))
                .isTrue();
        assertThat(extension)
                .as("the phone-number type is defined in the bundle")
                .isTrue();
        assertThat(identity).isNotNull();
        assertThat(identity.get("name").asText()).isEqualTo("Jane Doe");
        assertThat(identity.get("description").asText()).contains("Also known as: J. Doe; 제인 도.");
        assertThat(identity.path("extensions")
                        .path(HubObjects.PERSONA_EXTENSION_ID)
                        .path("aliases")
                        .toString())
                .isEqualTo("[\"J. Doe\",\"제인 도\"]");
        // Tied to its accounts' observables: the phone number, the LinkedIn profile and the PayPal account.
        List<String> linked = new ArrayList<>();
        java.util.Map<String, String> typeOfId = new java.util.HashMap<>();
        bundle.get("objects")
                .forEach(o -> typeOfId.put(o.get("id").asText(), o.path("type").asText()));
        String identityId = identity.get("id").asText();
        bundle.get("objects").forEach(o -> {
            if ("related-to".equals(o.path("relationship_type").asText())
                    && identityId.equals(o.path("source_ref").asText())) {
                linked.add(typeOfId.get(o.get("target_ref").asText()));
            }
        });
        assertThat(linked)
                .containsExactlyInAnyOrder("user-account", "phone-number", "user-account", "cryptocurrency-wallet");

        // MISP: the right attribute type and category for each.
        Partners.partner("test-persona-misp", "VASP");
        Partners.Key key = Partners.key("test-persona-misp", List.of("vasp-indicators"), "GREEN");
        String event = JSON
                .readTree(key.taxii()
                        .accept("*/*")
                        .get("/feeds/vasp-indicators/misp/manifest.json")
                        .asString())
                .properties()
                .stream()
                .filter(e -> e.getValue().get("info").asText().contains("IT-worker persona kinds"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        JsonNode attributes = JSON.readTree(key.taxii()
                        .accept("*/*")
                        .get("/feeds/vasp-indicators/misp/" + event + ".json")
                        .asString())
                .path("Event")
                .path("Attribute");
        Map<String, String> typeOf = new java.util.HashMap<>();
        attributes.forEach(a -> typeOf.put(
                a.get("value").asText(),
                a.get("type").asText() + "/" + a.get("category").asText()));
        assertThat(typeOf)
                .containsEntry("+821023456789", "phone-number/Person")
                .containsEntry("jane.doe@example.com", "email/Person")
                .containsEntry("jd-pay", "text/Financial fraud")
                .containsEntry("jane-doe-dev", "text/Social network")
                .containsEntry("Jane Doe", "full-name/Person");

        // Screening finds each however it is typed; the flat feed lists phone numbers (quoted: a leading + reads as a
        // formula in a spreadsheet).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath screened = key.api()
                    .body(Map.of(
                            "values",
                            List.of(
                                    "+82 (10) 2345 6789",
                                    "persona:JANE DOE",
                                    "persona:제인 도",
                                    "https://linkedin.com/in/Jane-Doe-Dev")))
                    .post("/api/v1/screen")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(screened.getInt("matched")).isEqualTo(4);
            // An alias finds the persona under its name.
            assertThat(screened.getString("matches[2].hits[0].value")).isEqualTo("Jane Doe");
        });
        assertThat(key.taxii()
                        .accept("*/*")
                        .get("/feeds/vasp-indicators/phone.csv")
                        .asString())
                .contains("\"+821023456789\",phone");
        assertThat(key.taxii()
                        .accept("*/*")
                        .get("/feeds/vasp-indicators/profile.csv")
                        .asString())
                .contains("jane-doe-dev,profile,")
                .endsWith(",linkedin\n");
        assertThat(key.taxii()
                        .accept("*/*")
                        .get("/feeds/vasp-indicators/persona.txt")
                        .asString())
                .contains("Jane Doe\n");
    }

    /**
     * An amendment that links a persona to an account the advisory already published (and leaves untouched) publishes,
     * over TAXII, the relationship to that account's observable: the persona and its accounts are re-mapped together.
     */
    @Test
    void shouldLinkAPersonaToAnAlreadyPublishedAccountInAnAmendment() throws Exception {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Persona amended", List.of("test-nis"));
        Map<String, Object> persona = new java.util.HashMap<>(Map.of(
                "kind", "persona", "value", "Sam Lee", "persona", Map.of("accounts", List.of("+1 202-555-0148"))));
        Officials.as(Officials.FBI_DRAFTER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("value", "+1 202-555-0148"),
                                Map.of("value", "freelancer:sam_lee_dev"),
                                persona)))
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(200);
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.publish(Officials.FBI_PUBLISHER, id, "Initial publication").statusCode(200);

        Advisories.action(Officials.FBI_DRAFTER, id, "amend").statusCode(200);
        String personaId = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=persona")
                .then()
                .extract()
                .path("items[0].id");
        persona.put("persona", Map.of("accounts", List.of("+1 202-555-0148", "freelancer:sam_lee_dev")));
        Officials.as(Officials.FBI_DRAFTER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(persona)
                .put("/api/v1/advisories/" + id + "/indicators/" + personaId)
                .then()
                .statusCode(200);
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.publish(Officials.FBI_PUBLISHER, id, "Adds the persona's profile")
                .statusCode(200);

        Partners.collection("test-persona-all", "GREEN", List.of());
        Partners.partner("test-persona-taxii", "PARTNER_GOVERNMENT");
        Partners.Key key = Partners.key("test-persona-taxii", List.of("test-persona-all"), "GREEN");
        // Every object of the collection, page by page (the seeded advisories are there too).
        List<JsonNode> objects = new ArrayList<>();
        String next = null;
        do {
            var request = key.taxii().queryParam("limit", 1000);
            if (next != null) {
                request = request.queryParam("next", next);
            }
            JsonNode page = JSON.readTree(request.get("/taxii2/api/collections/test-persona-all/objects/")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            page.path("objects").forEach(objects::add);
            next = page.path("more").asBoolean() ? page.path("next").asText() : null;
        } while (next != null);
        String identityId = null;
        Map<String, String> typeOfId = new java.util.HashMap<>();
        for (JsonNode o : objects) {
            typeOfId.put(o.get("id").asText(), o.path("type").asText());
            if ("Sam Lee".equals(o.path("name").asText())) {
                identityId = o.get("id").asText();
            }
        }
        assertThat(identityId).isNotNull();
        List<String> linked = new ArrayList<>();
        for (JsonNode o : objects) {
            if ("related-to".equals(o.path("relationship_type").asText())
                    && identityId.equals(o.path("source_ref").asText())
                    && !o.path("revoked").asBoolean()) {
                linked.add(typeOfId.get(o.get("target_ref").asText()));
            }
        }
        assertThat(linked).containsExactlyInAnyOrder("phone-number", "user-account");
    }
}
