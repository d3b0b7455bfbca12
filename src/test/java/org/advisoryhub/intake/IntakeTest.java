package org.advisoryhub.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/**
 * Intake of received STIX bundles, with the real public ones (src/test/resources/external-stix, sources and licences
 * beside them): what is read, what is refused and why, what is saved (all or nothing), and who may do it.
 */
@HubTest
class IntakeTest extends OfficialsTest {

    private static final String STIX = "application/stix+json;version=2.1";

    @Test
    void shouldReportTheCisaBundleOnADryRunAndSaveNothing() throws IOException {
        String before = newestAdvisory();
        JsonPath report = intake(Officials.FBI_REVIEWER, bundle("cisa-aa23-325a.json"), "?dryRun=true")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getString("advisory")).isNull();
        assertThat(report.getString("bundleId")).isEqualTo("bundle--f9c69aae-8c0e-4484-9124-355fdd4cc9e5");
        assertThat(report.getInt("objects")).isEqualTo(25);
        assertThat(report.getMap("objectTypes")).containsEntry("indicator", 18).containsEntry("attack-pattern", 3);
        // 15 addresses, a domain and two SHA-256 hashes (with their file names): nothing the hub cannot keep.
        assertThat(report.getInt("added")).isEqualTo(18);
        assertThat(report.getInt("invalid")).isZero();
        assertThat(report.getList("skipped")).isEmpty();
        assertThat(report.getList("indicators.kind")).containsOnly("ipv4", "domain", "file_hash");
        assertThat(report.getList("indicators.normalized"))
                .contains("45.129.137.233", "adobe-us-updatefiles.digital")
                .contains("ed5d694d561c97b4d70efe934936286fe562addf7d6836f795b336d9791a5c44");
        assertThat(report.getList("indicators.objectId")).allMatch(id -> ((String) id).startsWith("indicator--"));
        // TLP 1.0 WHITE is TLP:CLEAR; the ISA marking beside it names no level.
        assertThat(report.getString("draft.tlp")).isEqualTo("CLEAR");
        assertThat(report.getBoolean("draft.tlpStated")).isTrue();
        assertThat(report.getString("draft.title")).startsWith("AA23-325A Citrix Bleed");
        // CISA writes the ATT&CK id into the attack pattern's name, not an external reference.
        assertThat(report.getList("draft.techniques", String.class)).containsExactly("T1556.006", "T1539", "T1082");
        assertThat(report.getList("creators")).containsExactly("identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01");
        assertThat(newestAdvisory()).isEqualTo(before);
    }

    @Test
    void shouldCreateADraftFromTheApt1BundleListingWhatItCannotKeep() throws IOException {
        JsonPath report = intake(Officials.FBI_DRAFTER, bundle("oasis-apt1.json"), "")
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = report.getString("advisory");
        assertThat(id).startsWith("HUB-");
        // Three domains, three MD5 hashes and the four persons the report names are kept; four address ranges are
        // invalid values, two certificate patterns have no kind: each is listed with its reason.
        assertThat(report.getInt("added")).isEqualTo(10);
        assertThat(report.getList("indicators.findAll { it.kind == 'persona' }.value"))
                .containsExactlyInAnyOrder("JackWang", "Wang Dong", "dota", "Mei Qiang");
        assertThat(report.getInt("invalid")).isEqualTo(4);
        assertThat(report.getList("indicators.findAll { it.status == 'INVALID' }.value"))
                .contains("223.166.0.0/15");
        assertThat(report.getList("indicators.findAll { it.status == 'INVALID' }.reason"))
                .allMatch(r -> r != null && !((String) r).isBlank());
        assertThat(report.getList("skipped.reason")).anyMatch(r -> ((String) r).contains("x509-certificate"));
        // No marking in the bundle: the draft is AMBER until its authors choose, and says so.
        assertThat(report.getString("draft.tlp")).isEqualTo("AMBER");
        assertThat(report.getBoolean("draft.tlpStated")).isFalse();
        assertThat(report.getList("draft.unknownActors")).contains("APT1");

        JsonPath draft = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("title")).isEqualTo("APT1: Exposing One of China's Cyber Espionage Units");
        assertThat(draft.getString("tlp")).isEqualTo("AMBER");
        // The report's text is the body; its only external reference (CAPEC, no link) is not a reference to cite.
        assertThat(draft.getString("body")).startsWith("Since 2004, Mandiant has investigated");
        assertThat(draft.getList("references")).isEmpty();
        JsonPath saved = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?limit=100")
                .then()
                .extract()
                .jsonPath();
        assertThat(saved.getList("items.normalized"))
                .containsExactlyInAnyOrder(
                        "hugesoft.org",
                        "arrowservice.net",
                        "msnhome.org",
                        "001dd76872d80801692ff942308c64e6",
                        "002325a0a67fded0381b5648d7fe9b8e",
                        "00dbb9e1c09dbdafb360f3163ba5a3de",
                        "jackwang",
                        "wang dong",
                        "dota",
                        "mei qiang");
        // Provenance: the bundle, and each indicator's source object.
        JsonPath intakes = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/intakes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(intakes.getString("[0].bundleId")).isEqualTo("bundle--cf20f99b-3ed2-4a9f-b4f1-d660a7fc8241");
        assertThat(intakes.getString("[0].receivedBy")).isEqualTo(Officials.FBI_DRAFTER);
        assertThat(intakes.getList("[0].indicators.objectId"))
                .hasSize(10)
                .allMatch(o -> ((String) o).startsWith("indicator--") || ((String) o).startsWith("identity--"));
        // Another organization's official sees neither the draft nor where it came from.
        Officials.as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + id + "/intakes")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldPublishWhatItTookInWithEachIndicatorsSourceObject() throws Exception {
        JsonPath report = intake(Officials.FBI_DRAFTER, bundle("cisa-aa23-325a.json"), "")
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = report.getString("advisory");
        Map<String, Object> item = item(report, "45.129.137.233");
        Map<String, Object> provenance = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators/" + item.get("indicatorId"))
                .then()
                .statusCode(200)
                .extract()
                .path("provenance");
        assertThat(provenance)
                .containsEntry("objectId", item.get("objectId"))
                .containsEntry("createdBy", "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01");
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.publish(Officials.FBI_PUBLISHER, id, "Taken in from CISA AA23-325A")
                .statusCode(200);
        com.fasterxml.jackson.databind.JsonNode bundle = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Officials.as(Officials.FBI_DRAFTER)
                        .get("/api/v1/advisories/" + id + "/revisions/1/stix")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        org.advisoryhub.stix.StixChecks.assertValidBundle(bundle);
        List<String> sourceIds = new java.util.ArrayList<>();
        bundle.get("objects").forEach(o -> {
            if ("[ipv4-addr:value = '45.129.137.233']".equals(o.path("pattern").asText())) {
                o.path("external_references")
                        .forEach(r -> sourceIds.add(r.path("external_id").asText()));
            }
        });
        assertThat(sourceIds).contains((String) item.get("objectId"));
    }

    @Test
    void shouldAddIntoADraftFlaggingValuesItOrPublishedAdvisoriesHave() throws IOException {
        // Both published by FBI with NIS: GREEN for everyone, RED addressed to NIS alone.
        String visible = Advisories.publishedAt("Intake visible", "GREEN", List.of(), "141.98.9.137");
        String restricted = Advisories.publishedAt("Intake restricted", "RED", List.of("test-nis"), "206.188.197.22");
        String draft = Advisories.create(Officials.NIS_DRAFTER, "Intake target", List.of());
        Advisories.addText(Officials.NIS_DRAFTER, draft, "45.129.137.233").statusCode(200);

        JsonPath report = intake(Officials.NIS_DRAFTER, bundle("cisa-aa23-325a.json"), "?into=" + draft)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getString("advisory")).isEqualTo(draft);
        assertThat(report.getInt("merged")).isEqualTo(1);
        assertThat(report.getInt("added")).isEqualTo(17);
        assertThat(item(report, "45.129.137.233").get("status")).isEqualTo("MERGED");
        assertThat(publishedIn(report, "141.98.9.137")).contains(visible);
        assertThat(publishedIn(report, "206.188.197.22")).contains(restricted);
        Officials.as(Officials.NIS_DRAFTER)
                .get("/api/v1/advisories/" + draft + "/indicators?limit=100")
                .then()
                .body("items.size()", equalTo(18));

        // Treasury reads the GREEN advisory but not the RED one: only the first is named to it.
        String treasuryDraft = Advisories.create(Officials.TREASURY_DRAFTER, "Treasury intake", List.of());
        JsonPath treasury = intake(
                        Officials.TREASURY_DRAFTER, bundle("cisa-aa23-325a.json"), "?dryRun=true&into=" + treasuryDraft)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(publishedIn(treasury, "141.98.9.137")).contains(visible);
        assertThat(publishedIn(treasury, "206.188.197.22")).doesNotContain(restricted);
        assertThat(treasury.getList("indicators.status")).containsOnly("ADDED");
        // Nothing of the dry run was saved.
        Officials.as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + treasuryDraft + "/indicators")
                .then()
                .body("items.size()", equalTo(0));
    }

    @SuppressWarnings("unchecked")
    private static List<String> publishedIn(JsonPath report, String normalized) {
        Object in = item(report, normalized).get("publishedIn");
        return in == null ? List.of() : (List<String>) in;
    }

    @Test
    void shouldTakeALargeBundleWithVendorQuirksWhole() {
        // Several hundred objects as a vendor writes them: custom properties everywhere, its own TLP marking, an
        // indicator per value with a relationship each, actors, and a report over all of them; made a draft whole.
        StringBuilder objects = new StringBuilder();
        String marking = "marking-definition--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061";
        objects.append("{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"")
                .append(marking)
                .append("\",\"created\":\"2024-01-01T00:00:00.000Z\",\"definition_type\":\"statement\",")
                .append(
                        "\"name\":\"TLP:GREEN\",\"definition\":{\"statement\":\"TLP:GREEN\"},\"x_vendor_color\":\"#33FF00\"}");
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            String indicator = "indicator--" + java.util.UUID.nameUUIDFromBytes(("large-" + i).getBytes());
            objects.append(",{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"")
                    .append(indicator)
                    .append("\",\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\",")
                    .append("\"pattern_type\":\"stix\",\"pattern\":\"[domain-name:value = 'large-")
                    .append(i)
                    .append(".example.org']\",\"valid_from\":\"2024-01-01T00:00:00Z\",\"x_vendor_score\":")
                    .append(i % 100)
                    .append(",\"object_marking_refs\":[\"")
                    .append(marking)
                    .append("\"]}");
            objects.append(",{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--")
                    .append(java.util.UUID.nameUUIDFromBytes(("rel-" + i).getBytes()))
                    .append("\",\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\",")
                    .append("\"relationship_type\":\"indicates\",\"source_ref\":\"")
                    .append(indicator)
                    .append("\",\"target_ref\":\"malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0062\"}");
            refs.append(i == 0 ? "" : ",").append('"').append(indicator).append('"');
        }
        objects.append(
                        ",{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0062\",")
                .append(
                        "\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\",\"name\":\"Example\",")
                .append("\"is_family\":true}");
        // Actors by the catalog's name and by an alias (one actor), and one the catalog does not know.
        objects.append(",{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",")
                .append("\"id\":\"intrusion-set--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0065\",")
                .append("\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\",")
                .append("\"name\":\"Lazarus Group\",\"aliases\":[\"HIDDEN COBRA\"]}");
        objects.append(",{\"type\":\"threat-actor\",\"spec_version\":\"2.1\",")
                .append("\"id\":\"threat-actor--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0066\",")
                .append("\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\",")
                .append("\"name\":\"Unknown Crew\"}");
        objects.append(
                        ",{\"type\":\"report\",\"spec_version\":\"2.1\",\"id\":\"report--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0063\",")
                .append(
                        "\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\",\"name\":\"Vendor campaign\",")
                .append("\"published\":\"2024-01-01T00:00:00Z\",\"object_refs\":[")
                .append(refs)
                .append("]}");
        String bundle = "{\"type\":\"bundle\",\"id\":\"bundle--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0064\",\"objects\":["
                + objects + "]}";
        JsonPath report = intake(Officials.FBI_DRAFTER, bundle, "")
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(report.getInt("objects")).isEqualTo(605);
        assertThat(report.getList("draft.threatActors")).containsExactly("Lazarus Group");
        assertThat(report.getList("draft.unknownActors")).containsExactly("Unknown Crew");
        assertThat(Officials.as(Officials.FBI_DRAFTER)
                        .get("/api/v1/advisories/" + report.getString("advisory"))
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("threatActors.name"))
                .containsExactly("Lazarus Group");
        assertThat(report.getInt("added")).isEqualTo(300);
        assertThat(report.getInt("invalid")).isZero();
        assertThat(report.getList("skipped")).isEmpty();
        assertThat(report.getString("draft.tlp")).isEqualTo("GREEN");
        assertThat(report.getString("draft.title")).isEqualTo("Vendor campaign");
    }

    @Test
    void shouldRefuseBadBundlesNamingWhatIsWrongAndSaveNothing() {
        String before = newestAdvisory();
        refused("not json", "body");
        refused("{\"type\":\"report\"}", "type");
        refused("{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[]}", "objects");
        refused("{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[{\"type\":\"indicator\"},3]}", "objects[0]");
        StringBuilder many = new StringBuilder("{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[");
        for (int i = 0; i < 5001; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"note\",\"id\":\"note--")
                    .append(i)
                    .append("\"}");
        }
        refused(many.append("]}").toString(), "objects");
        refused(
                "{\"type\":\"bundle\",\"objects\":[{\"type\":\"report\",\"id\":\"report--1\",\"name\":\"A\\u0000B\"}]}",
                "objects[0].name");
        String huge =
                "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[{\"type\":\"note\",\"id\":\"note--1\",\"x_pad\":\""
                        + "a".repeat(6 * 1024 * 1024) + "\"}]}";
        intake(Officials.FBI_DRAFTER, huge, "").statusCode(413).contentType(containsProblem());
        intake(Officials.FBI_DRAFTER, "{\"type\":\"bundle\",\"objects\":[]}", "?dryRun=maybe")
                .statusCode(400)
                .body("violations.field", hasItem("dryRun"));
        assertThat(newestAdvisory()).isEqualTo(before);
    }

    @Test
    void shouldAllowOnlyTheRightOfficials() throws IOException {
        String bundle = bundle("cisa-aa23-325a.json");
        // A reviewer may look (dry run) but not create; a partner key and no credentials are refused.
        intake(Officials.FBI_REVIEWER, bundle, "").statusCode(403);
        Partners.partner("intake-partner", "VASP");
        Partners.Key key = Partners.key("intake-partner", List.of("vasp-indicators"), "GREEN");
        key.api()
                .contentType(STIX)
                .body(bundle)
                .post("/api/v1/advisories/intake?dryRun=true")
                .then()
                .statusCode(401);
        given().contentType(STIX)
                .body(bundle)
                .post("/api/v1/advisories/intake")
                .then()
                .statusCode(401);
        // Into another organization's draft, or into a published advisory: refused, and nothing is added.
        String fbiDraft = Advisories.create(Officials.FBI_DRAFTER, "Not for treasury", List.of());
        intake(Officials.TREASURY_DRAFTER, bundle, "?into=" + fbiDraft).statusCode(404);
        String published =
                Advisories.publishedAt("Published target", "GREEN", List.of(), "intake-published.example.org");
        intake(Officials.FBI_DRAFTER, bundle, "?into=" + published).statusCode(409);
        Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + published + "/intakes")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    private static Map<String, Object> item(JsonPath report, String normalized) {
        List<Map<String, Object>> items = report.getList("indicators");
        return items.stream()
                .filter(i -> normalized.equals(i.get("normalized")))
                .findFirst()
                .orElseThrow();
    }

    private static void refused(String body, String field) {
        intake(Officials.FBI_DRAFTER, body, "")
                .statusCode(400)
                .contentType(containsProblem())
                .body("violations.field", hasItem(field));
    }

    private static org.hamcrest.Matcher<String> containsProblem() {
        return org.hamcrest.Matchers.containsString("application/problem+json");
    }

    private static ValidatableResponse intake(String official, String body, String query) {
        return Officials.as(official)
                .contentType(STIX)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/advisories/intake" + query)
                .then();
    }

    /** The newest advisory: a bundle that saved nothing leaves it as it was. */
    private static String newestAdvisory() {
        return Officials.as(Officials.ADMIN)
                .get("/api/v1/advisories?limit=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    private String bundle(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/external-stix/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
