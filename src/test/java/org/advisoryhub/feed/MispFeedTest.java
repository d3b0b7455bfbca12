package org.advisoryhub.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.audit.PullFilter;
import org.advisoryhub.audit.PullLog;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/** The MISP feed of a collection, read the way a MISP instance subscribed to it reads it. */
@HubTest
class MispFeedTest extends OfficialsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditService audit;

    @Inject
    PullLog pulls;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fields MISP's published event format (format/2.4/schema.json) requires of every event. */
    private static final List<String> REQUIRED = List.of(
            "id",
            "orgc_id",
            "org_id",
            "date",
            "threat_level_id",
            "info",
            "published",
            "uuid",
            "attribute_count",
            "analysis",
            "timestamp",
            "distribution",
            "proposal_email_lock",
            "locked",
            "publish_timestamp",
            "sharing_group_id",
            "Org",
            "Orgc",
            "Attribute",
            "ShadowAttribute",
            "RelatedEvent",
            "Tag");

    @Test
    void shouldRoundTripEverySeededWalletWithItsChain() throws Exception {
        Partners.partner("test-misp", "VASP");
        Partners.Key key = Partners.key("test-misp", List.of("vasp-indicators"), "GREEN");
        JsonNode manifest = read(key, "/feeds/vasp-indicators/misp/manifest.json");
        assertThat(manifest.size()).isGreaterThanOrEqualTo(8);

        Set<String> fromMisp = new HashSet<>();
        Set<String> btcAttributes = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> events = manifest.fields();
        while (events.hasNext()) {
            Map.Entry<String, JsonNode> entry = events.next();
            JsonNode summary = entry.getValue();
            assertThat(summary.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(summary.get("timestamp").asText()).matches("\\d+");
            assertThat(summary.get("Orgc").get("uuid").asText()).isNotEmpty();
            assertThat(summary.get("Orgc").get("name").isTextual())
                    .as("the creator organization's name")
                    .isTrue();
            JsonNode event = read(key, "/feeds/vasp-indicators/misp/" + entry.getKey() + ".json")
                    .get("Event");
            assertThat(REQUIRED)
                    .allSatisfy(field -> assertThat(event.has(field))
                            .as(entry.getKey() + " has " + field)
                            .isTrue());
            assertThat(event.get("uuid").asText()).isEqualTo(entry.getKey());
            assertThat(event.get("info").asText()).isEqualTo(summary.get("info").asText());
            assertThat(event.get("timestamp").asText())
                    .isEqualTo(summary.get("timestamp").asText());
            for (JsonNode a : event.get("Attribute")) {
                if ("btc".equals(a.get("type").asText()) && !a.get("deleted").asBoolean()) {
                    assertThat(a.get("category").asText()).isEqualTo("Financial fraud");
                    btcAttributes.add(a.get("value").asText());
                }
            }
            for (JsonNode o : event.get("Object")) {
                assertThat(o.get("name").asText()).isEqualTo("coin-address");
                assertThat(o.get("template_uuid").asText()).isEqualTo("d0e6997e-78da-4815-a6a1-cfc1c1cb8a46");
                if (o.get("deleted").asBoolean()) {
                    continue;
                }
                String address = null;
                String chain = null;
                for (JsonNode a : o.get("Attribute")) {
                    switch (a.get("object_relation").asText()) {
                        case "address", "address-crypto" ->
                            address = a.get("value").asText();
                        case "text" -> chain = a.get("value").asText().replaceFirst("^Chain: (\\w+).*$", "$1");
                        case "symbol" -> assertThat(a.get("value").asText()).matches("[A-Z0-9]+");
                        default -> throw new AssertionError("unexpected relation " + a);
                    }
                }
                fromMisp.add(chain + "|" + address);
            }
        }

        // Every active wallet the same key gets from the flat feed comes out of MISP with the same chain.
        String csv = key.taxii()
                .accept("*/*")
                .get("/feeds/vasp-indicators/crypto_address.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Set<String> published = new HashSet<>();
        Set<String> bitcoin = new HashSet<>();
        csv.lines().skip(1).forEach(line -> {
            String[] cells = line.split(",", -1);
            published.add(cells[2] + "|" + cells[0]);
            if ("BTC".equals(cells[2])) {
                bitcoin.add(cells[0]);
            }
        });
        assertThat(published).hasSizeGreaterThan(200);
        assertThat(fromMisp).containsAll(published);
        assertThat(btcAttributes).containsAll(bitcoin).isNotEmpty();
    }

    @Test
    void shouldCarryTlpActorsTextAndTranslationsOfAnAdvisory() throws Exception {
        Partners.partner("test-misp-event", "VASP");
        Partners.Key key = Partners.key("test-misp-event", List.of("vasp-indicators"), "GREEN");
        String id = Advisories.publishedAt(
                "MISP event",
                "GREEN",
                List.of(),
                "misp-event.example.org\n3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG\nTA3941uFAvmVibSkQ6fMJXxmaSNovX86mz");
        JsonNode event = eventOf(key, "vasp-indicators", id);
        assertThat(event.get("Tag").findValuesAsText("name"))
                .contains("tlp:green", "misp-galaxy:threat-actor=\"Lazarus Group\"");
        assertThat(event.get("distribution").asText()).isEqualTo("2");
        assertThat(event.get("Attribute").findValuesAsText("value"))
                .contains("misp-event.example.org", "3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG");
        assertThat(event.get("Attribute").findValuesAsText("type")).contains("domain", "btc");
        assertThat(event.get("EventReport").findValuesAsText("content"))
                .anySatisfy(c -> assertThat(c).contains("시험 MISP event"));
        JsonNode tron = null;
        for (JsonNode o : event.get("Object")) {
            if (o.get("Attribute").findValuesAsText("value").contains("TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz")) {
                tron = o;
            }
        }
        assertThat(tron).isNotNull();
        assertThat(tron.get("Attribute").findValuesAsText("value")).contains("TRX", "Chain: TRON (tron:mainnet)");

        String hashes = key.taxii()
                .accept("*/*")
                .get("/feeds/vasp-indicators/misp/hashes.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(hashes.lines())
                .contains(MispFeedResource.md5("misp-event.example.org") + ","
                        + event.get("uuid").asText());

        Advisories.withdraw(id);
        JsonNode withdrawn = eventOf(key, "vasp-indicators", id);
        assertThat(withdrawn.get("info").asText()).startsWith("[WITHDRAWN]");
        assertThat(withdrawn.get("Attribute")).allSatisfy(a -> {
            assertThat(a.get("deleted").asBoolean()).isTrue();
            assertThat(a.get("to_ids").asBoolean()).isFalse();
        });
        assertThat(Long.parseLong(withdrawn.get("timestamp").asText()))
                .isGreaterThanOrEqualTo(Long.parseLong(event.get("timestamp").asText()));
    }

    @Test
    void shouldKeepToTheKeysGrantsAndAnswer304WhileNothingChanged() throws Exception {
        Partners.partner("test-misp-grants", "VASP");
        Partners.Key green = Partners.key("test-misp-grants", List.of("partner-governments"), "GREEN");
        Partners.Key amber = Partners.key("test-misp-grants", List.of("partner-governments"), "AMBER");
        String id = Advisories.publishedAt("MISP amber", "AMBER", List.of(), "misp-amber.example.org");
        String uuid = uuidOf(amber, "partner-governments", id);
        assertThat(uuid).isNotNull();
        assertThat(uuidOf(green, "partner-governments", id)).isNull();
        green.taxii()
                .accept("*/*")
                .get("/feeds/partner-governments/misp/" + uuid + ".json")
                .then()
                .statusCode(404);
        assertThat(green.taxii()
                        .accept("*/*")
                        .get("/feeds/partner-governments/misp/hashes.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(MispFeedResource.md5("misp-amber.example.org"));
        green.taxii()
                .accept("*/*")
                .get("/feeds/public/misp/manifest.json")
                .then()
                .statusCode(404);
        green.taxii()
                .accept("*/*")
                .get("/feeds/partner-governments/misp/nothing.json")
                .then()
                .statusCode(404);
        given().get("/feeds/partner-governments/misp/manifest.json").then().statusCode(401);

        String etag = amber.taxii()
                .accept("*/*")
                .get("/feeds/partner-governments/misp/manifest.json")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        amber.taxii()
                .accept("*/*")
                .header("If-None-Match", etag)
                .get("/feeds/partner-governments/misp/manifest.json")
                .then()
                .statusCode(304);
        Advisories.publishedAt("MISP amber news", "AMBER", List.of(), "misp-amber-news.example.org");
        amber.taxii()
                .accept("*/*")
                .header("If-None-Match", etag)
                .get("/feeds/partner-governments/misp/manifest.json")
                .then()
                .statusCode(200);
    }

    private static JsonNode eventOf(Partners.Key key, String collection, String publicId) throws Exception {
        String uuid = uuidOf(key, collection, publicId);
        assertThat(uuid).as(publicId + " in the manifest").isNotNull();
        return read(key, "/feeds/" + collection + "/misp/" + uuid + ".json").get("Event");
    }

    private static String uuidOf(Partners.Key key, String collection, String publicId) throws Exception {
        JsonNode manifest = read(key, "/feeds/" + collection + "/misp/manifest.json");
        Iterator<Map.Entry<String, JsonNode>> events = manifest.fields();
        while (events.hasNext()) {
            Map.Entry<String, JsonNode> e = events.next();
            if (e.getValue().get("info").asText().contains(publicId + " ")) {
                return e.getKey();
            }
        }
        return null;
    }

    @Test
    void shouldLeaveOutAnEventWhoseStoredContentCannotBeReadAndKeepServingTheRest() throws Exception {
        String id = org.advisoryhub.support.Advisories.published("MISP unreadable", "npmjscloud.com");
        Partners.partner("test-misp-unreadable", "VASP");
        Partners.Key key = Partners.key("test-misp-unreadable", List.of("vasp-indicators"), "GREEN");
        String file = "/feeds/vasp-indicators/misp/" + MispEvents.eventUuid(id) + ".json";
        int events = read(key, "/feeds/vasp-indicators/misp/manifest.json").size();
        String stored;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select cast(r.content as text) from advisory_revision r"
                        + " join advisory a on a.id = r.advisory_id where a.public_id = ? and r.number = 1")) {
            ps.setString(1, id);
            ResultSet rs = ps.executeQuery();
            rs.next();
            stored = rs.getString(1);
        }
        setContent(id, "{\"title\": {\"not\": \"a title\"}, \"tlp\": \"GREEN\"}");
        try {
            JsonNode manifest = read(key, "/feeds/vasp-indicators/misp/manifest.json");
            assertThat(manifest.size()).isEqualTo(events - 1);
            assertThat(manifest.has(MispEvents.eventUuid(id))).isFalse();
            key.taxii().accept("*/*").get(file).then().statusCode(404).contentType("application/problem+json");
        } finally {
            setContent(id, stored);
        }
        read(key, file);
    }

    @Test
    void shouldAnswerAnUnchangedEventWith304WithoutRecordingAPull() throws Exception {
        Partners.partner("test-misp-304", "VASP");
        Partners.Key key = Partners.key("test-misp-304", List.of("vasp-indicators"), "GREEN");
        String uuid = read(key, "/feeds/vasp-indicators/misp/manifest.json")
                .fieldNames()
                .next();
        String file = "/feeds/vasp-indicators/misp/" + uuid + ".json";
        String etag = key.taxii()
                .accept("*/*")
                .get(file)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        long pulls = eventPulls(key);
        key.taxii().accept("*/*").header("If-None-Match", etag).get(file).then().statusCode(304);
        assertThat(eventPulls(key)).isEqualTo(pulls);
    }

    private long eventPulls(Partners.Key key) {
        pulls.flush();
        return audit.searchPulls(new PullFilter(key.keyId(), null, null, "misp-feed/event", null, null, null, 100))
                .items()
                .size();
    }

    private void setContent(String publicId, String json) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update advisory_revision r set content = cast(? as jsonb)"
                        + " from advisory a where a.id = r.advisory_id and a.public_id = ? and r.number = 1")) {
            ps.setString(1, json);
            ps.setString(2, publicId);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static JsonNode read(Partners.Key key, String path) throws Exception {
        return JSON.readTree(key.taxii()
                .accept("*/*")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
