package org.advisoryhub.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Screening answers from the in-memory index: normalized, limited to what the key may see, current after changes. */
@HubTest
class ScreeningTest extends OfficialsTest {

    private static final Duration INDEX_LAG = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    private Partners.Key vasp;
    private Partners.Key government;

    @BeforeEach
    void keys() {
        Partners.partner("test-screen-vasp", "VASP");
        Partners.partner("test-screen-gov", "PARTNER_GOVERNMENT");
        vasp = Partners.key("test-screen-vasp", List.of("vasp-indicators"), "GREEN");
        Partners.collection("test-screen-red", "RED", List.of());
        government = Partners.key("test-screen-gov", List.of("test-screen-red"), "RED");
    }

    private static String evm() {
        return "0x" + HexFormat.of().formatHex(randomBytes(20));
    }

    private static String domain() {
        return "screen-" + HexFormat.of().formatHex(randomBytes(6)) + ".example.net";
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    private static JsonPath screen(Partners.Key key, List<String> values) {
        return key.api()
                .body(Map.of("values", values))
                .post("/api/v1/screen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void awaitMatches(Partners.Key key, String value, int expectedMatches) {
        await().atMost(INDEX_LAG)
                .untilAsserted(() -> assertThat(screen(key, List.of(value)).getInt("matched"))
                        .isEqualTo(expectedMatches));
    }

    @Test
    void shouldMatchEverySpellingOfAListedValueAsNormalizedOnInput() {
        String address = evm();
        String name = domain();
        String id = Advisories.publishedAt(
                "Screening spellings",
                "GREEN",
                List.of(),
                address + "\n" + name + "\nbc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        awaitMatches(vasp, address, 1);

        JsonPath r = screen(
                vasp,
                List.of(
                        address.toUpperCase().replace("0X", "0x"),
                        name.toUpperCase() + ".",
                        name.replace(".", "[.]"),
                        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
                        "0x" + "ab".repeat(20),
                        "not a value"));
        assertThat(r.getInt("screened")).isEqualTo(6);
        assertThat(r.getList("matches.index", Integer.class)).containsExactly(0, 1, 2, 3);
        assertThat(r.getList("matches.normalized", String.class))
                .containsExactly(address, name, name, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        Map<String, Object> hit = r.getMap("matches[0].hits[0]");
        assertThat(hit)
                .containsEntry("advisory", id)
                .containsEntry("kind", "crypto_address")
                .containsEntry("chain", "ETH")
                .containsEntry("tlp", "GREEN")
                .containsEntry("active", true)
                .containsEntry("latestRevision", 1)
                .containsEntry("revisions", List.of(1))
                .containsEntry("indicator", Advisories.indicatorId(id, "crypto_address:eth:" + address));
        assertThat(r.getList("unreadable.index", Integer.class)).containsExactly(5);
        assertThat(r.getString("unreadable[0].reason")).isNotBlank();
    }

    @Test
    void shouldShowOnlyWhatTheKeyMaySee() {
        String amber = evm();
        String red = evm();
        Advisories.publishedAt("Screening amber", "AMBER", List.of(), amber);
        Advisories.publishedAt("Screening red", "RED", List.of("test-screen-gov"), red);
        awaitMatches(government, red, 1);
        awaitMatches(government, amber, 1);

        // The VASP key reads up to GREEN only; a government key of another organization is no RED recipient.
        assertThat(screen(vasp, List.of(amber, red)).getInt("matched")).isZero();
        Partners.partner("test-screen-other", "PARTNER_GOVERNMENT");
        Partners.Key other = Partners.key("test-screen-other", List.of("test-screen-red"), "RED");
        JsonPath seen = screen(other, List.of(amber, red));
        assertThat(seen.getList("matches.normalized", String.class)).containsExactly(amber);
        // A key whose collections carry no indicators sees nothing at all.
        Partners.Key writerOnly = Partners.key("test-screen-other", List.of("partner-submissions"), "RED", true);
        assertThat(screen(writerOnly, List.of(amber)).getInt("matched")).isZero();
    }

    @Test
    void shouldReportRevokedAndWithdrawnIndicatorsAsInactive() {
        String kept = domain();
        String dropped = domain();
        String id = Advisories.publishedAt("Screening revocation", "GREEN", List.of(), kept + "\n" + dropped);
        awaitMatches(vasp, dropped, 1);

        Advisories.amendDropping(id, dropped);
        await().atMost(INDEX_LAG).untilAsserted(() -> {
            JsonPath r = screen(vasp, List.of(kept, dropped));
            assertThat(r.getList("matches.hits[0].latestRevision", Integer.class))
                    .containsOnly(2);
            assertThat(r.getBoolean("matches[0].hits[0].active")).isTrue();
            assertThat(r.getList("matches[0].hits[0].revisions", Integer.class)).containsExactly(1, 2);
            assertThat(r.getBoolean("matches[1].hits[0].active")).isFalse();
            assertThat(r.getList("matches[1].hits[0].revisions", Integer.class)).containsExactly(1);
        });

        Advisories.withdraw(id);
        await().atMost(INDEX_LAG).untilAsserted(() -> {
            JsonPath r = screen(vasp, List.of(kept));
            assertThat(r.getBoolean("matches[0].hits[0].withdrawn")).isTrue();
            assertThat(r.getBoolean("matches[0].hits[0].active")).isFalse();
        });
    }

    /**
     * An amendment moves the index by what it changed: the indicators it drops, adds or brings back, while every
     * other indicator of the advisory follows its new revision; another advisory sharing a value keeps its hit. A
     * full reload from the database gives the same answers.
     */
    @Test
    void shouldFollowAmendmentsByWhatTheyChanged() throws Exception {
        String shared = domain();
        String kept = domain();
        String dropped = domain();
        String added = domain();
        String id = Advisories.publishedAt(
                "Screening amendments", "GREEN", List.of(), shared + "\n" + kept + "\n" + dropped);
        String other = Advisories.publishedAt("Screening neighbour", "GREEN", List.of(), shared);
        awaitMatches(vasp, dropped, 1);
        await().atMost(INDEX_LAG)
                .until(() ->
                        screen(vasp, List.of(shared)).getList("matches[0].hits").size() == 2);
        long fullReloads = metrics.timer("hub.screening.index.reload").count();

        Advisories.amendDropping(id, dropped);
        Advisories.amendAdding(id, added);
        awaitMatches(vasp, added, 1);
        Advisories.amendAdding(id, dropped);
        List<String> values = List.of(shared, kept, dropped, added);
        Runnable expected = () -> {
            JsonPath r = screen(vasp, values);
            assertThat(r.getInt("matched")).isEqualTo(4);
            assertThat(hit(r, shared, id))
                    .containsEntry("revisions", List.of(1, 2, 3, 4))
                    .containsEntry("active", true)
                    .containsEntry("latestRevision", 4);
            assertThat(hit(r, shared, other))
                    .containsEntry("revisions", List.of(1))
                    .containsEntry("latestRevision", 1);
            assertThat(hit(r, kept, id)).containsEntry("revisions", List.of(1, 2, 3, 4));
            assertThat(hit(r, dropped, id))
                    .containsEntry("revisions", List.of(1, 4))
                    .containsEntry("active", true);
            assertThat(hit(r, added, id))
                    .containsEntry("revisions", List.of(3, 4))
                    .containsEntry("active", true);
        };
        await().atMost(INDEX_LAG).untilAsserted(expected::run);
        assertThat(metrics.timer("hub.screening.index.reload").count())
                .as("amendments never reload the whole index")
                .isEqualTo(fullReloads);

        try (Connection c = dataSource.getConnection();
                var s = c.createStatement()) {
            s.execute("select pg_notify('hub_screening', '*')");
        }
        await().atMost(INDEX_LAG)
                .until(() -> metrics.timer("hub.screening.index.reload").count() > fullReloads);
        expected.run();
    }

    /** The hit of one advisory for one value. */
    private static Map<String, Object> hit(JsonPath r, String value, String advisory) {
        return r.getMap("matches.find { it.value == '" + value + "' }.hits.find { it.advisory == '" + advisory + "' }");
    }

    @Test
    void shouldFollowChangesAnnouncedByAnotherInstance() throws Exception {
        String value = domain();
        String id = Advisories.publishedAt("Screening other instance", "GREEN", List.of(), value);
        awaitMatches(vasp, value, 1);

        // Another hub instance changes the database and announces it on the channel; this one must catch up.
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    update advisory_revision set content = jsonb_set(content, '{title}', '"Renamed elsewhere"')
                    where advisory_id = (select id from advisory where public_id = ?)""")) {
                ps.setString(1, id);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select pg_notify('hub_screening', (select id::text from advisory where public_id = ?))")) {
                ps.setString(1, id);
                ps.execute();
            }
        }
        await().atMost(INDEX_LAG)
                .untilAsserted(() -> assertThat(screen(vasp, List.of(value)).getString("matches[0].hits[0].title"))
                        .isEqualTo("Renamed elsewhere"));

        // A full reload ('*') keeps the index whole.
        long reloads = metrics.timer("hub.screening.index.reload").count();
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement()) {
            s.execute("select pg_notify('hub_screening', '*')");
        }
        await().atMost(INDEX_LAG)
                .until(() -> metrics.timer("hub.screening.index.reload").count() > reloads);
        await().atMost(INDEX_LAG)
                .untilAsserted(() -> assertThat(screen(vasp, List.of(value)).getInt("matched"))
                        .isEqualTo(1));
    }

    @Test
    void shouldRejectBadRequestsWithAProblemNamingTheField() {
        vasp.api()
                .body(Map.of("values", List.of()))
                .post("/api/v1/screen")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("values"));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            tooMany.add("x" + i + ".example.org");
        }
        vasp.api()
                .body(Map.of("values", tooMany))
                .post("/api/v1/screen")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("values"));
        vasp.api()
                .body("{\"value\":\"x\"}")
                .post("/api/v1/screen")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAcceptOnlyApiKeys() {
        given().contentType("application/json")
                .body(Map.of("values", List.of("a.example.org")))
                .post("/api/v1/screen")
                .then()
                .statusCode(401);
        // An official's password is not an API key here.
        given().auth()
                .preemptive()
                .basic(Officials.FBI_DRAFTER, Officials.PASSWORD)
                .contentType("application/json")
                .body(Map.of("values", List.of("a.example.org")))
                .post("/api/v1/screen")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + vasp.keyId() + ".wrong-secret")
                .contentType("application/json")
                .body(Map.of("values", List.of("a.example.org")))
                .post("/api/v1/screen")
                .then()
                .statusCode(401);
        vasp.api()
                .queryParam("value", "a.example.org")
                .get("/api/v1/screen")
                .then()
                .statusCode(200)
                .body("screened", equalTo(1));
    }
}
