package org.advisoryhub.distribution;

import static org.advisoryhub.support.Advisories.action;
import static org.advisoryhub.support.Advisories.addText;
import static org.advisoryhub.support.Advisories.publish;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/**
 * An amendment publishes new versions of what it changed and nothing else, its revision shares the unchanged
 * indicator rows, and every revision's STIX bundle holds exactly the versions the feeds distributed.
 */
@HubTest
class AmendmentDistributionTest extends OfficialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    @Test
    void shouldVersionOnlyWhatAnAmendmentChanged() throws Exception {
        String id = Advisories.published(
                "Amended in place",
                "amend-one.example.org\n0x1111111111111111111111111111111111111111\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        String v1Head = head();
        assertBundleIsWhatWasDistributed(id, 1);

        action(FBI_DRAFTER, id, "amend").statusCode(200);
        addText(FBI_DRAFTER, id, "amend-two.example.org").statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_PUBLISHER, id, "Adds a domain").statusCode(200);

        List<String> added = typesAddedAfter(v1Head);
        assertThat(added)
                .as("the new indicator, its observable and relationships, the report and the translation of it")
                .containsExactlyInAnyOrder(
                        "indicator", "domain-name", "relationship", "relationship", "report", "language-content");
        assertThat(spans(id)).as("revision 2 shares the three unchanged rows").isEqualTo(4);
        assertBundleIsWhatWasDistributed(id, 2);

        String v2Head = head();
        Advisories.amendDropping(id, "amend-one.example.org");
        List<String> revoked = typesAddedAfter(v2Head);
        assertThat(revoked)
                .as("the removed indicator and its relationships revoked, the report's next version")
                .containsExactlyInAnyOrder("indicator", "relationship", "relationship", "report", "language-content");
        assertThat(revokedAfter(v2Head)).isEqualTo(3);
        assertThat(spans(id)).as("the removed row is closed, not copied").isEqualTo(4);
        assertBundleIsWhatWasDistributed(id, 3);
        assertBundleIsWhatWasDistributed(id, 1);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/3/indicators")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(3));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1/indicators")
                .then()
                .statusCode(200)
                .body("items.normalized", org.hamcrest.Matchers.hasItem("amend-one.example.org"));
    }

    @Test
    void shouldTrackWorkingSetChangesUntilPublishedAndForgetDeletedDrafts() throws Exception {
        String id = Advisories.create(FBI_DRAFTER, "Tracked changes", List.of("test-nis"));
        addText(FBI_DRAFTER, id, "tracked-one.example.org\ntracked-two.example.org")
                .statusCode(200);
        String advisory = query("select cast(id as text) from advisory where public_id = ?", id)
                .get(0);
        assertThat(changes(advisory)).isEqualTo(2);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_PUBLISHER, id, "Initial").statusCode(200);
        assertThat(changes(advisory)).as("a publication takes the changes in").isZero();

        String draft = Advisories.create(FBI_DRAFTER, "Deleted draft", List.of("test-nis"));
        addText(FBI_DRAFTER, draft, "deleted-draft.example.org").statusCode(200);
        String deleted = query("select cast(id as text) from advisory where public_id = ?", draft)
                .get(0);
        String etag = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + draft)
                .then()
                .extract()
                .header("ETag");
        as(FBI_DRAFTER)
                .header("If-Match", etag)
                .delete("/api/v1/advisories/" + draft)
                .then()
                .statusCode(204);
        assertThat(changes(deleted)).as("nothing is left of a deleted draft").isZero();
    }

    private int changes(String advisory) throws SQLException {
        return query("select indicator_key from indicator_change where advisory_id = cast(? as uuid)", advisory)
                .size();
    }

    /** Every object of the revision's bundle is stored with that version and exactly that body. */
    private void assertBundleIsWhatWasDistributed(String id, int revision) throws Exception {
        JsonNode bundle = JSON.readTree(as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/" + revision + "/stix")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Map<String, JsonNode> stored = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select stix_id, body from stix_object where collection_id"
                        + " is null and stix_id = any(?)")) {
            List<String> ids = new ArrayList<>();
            bundle.get("objects").forEach(o -> ids.add(o.get("id").asText()));
            ps.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JsonNode body = JSON.readTree(rs.getString("body"));
                    stored.put(
                            rs.getString("stix_id") + "|"
                                    + body.path("modified").asText(),
                            body);
                }
            }
        }
        for (JsonNode o : bundle.get("objects")) {
            String key = o.get("id").asText() + "|" + o.path("modified").asText();
            assertThat(stored.get(key)).as("revision %d: %s", revision, key).isEqualTo(o);
        }
    }

    private String head() throws SQLException {
        return query("select cast(max(date_added) as text) from stix_object", null)
                .get(0);
    }

    private List<String> typesAddedAfter(String head) throws SQLException {
        return query("select type from stix_object where date_added > cast(? as timestamptz)", head);
    }

    private int revokedAfter(String head) throws SQLException {
        return query("select stix_id from stix_object where revoked and date_added > cast(? as timestamptz)", head)
                .size();
    }

    private int spans(String id) throws SQLException {
        return Integer.parseInt(query(
                        "select count(*) from published_indicator p join advisory a on a.id = p.advisory_id"
                                + " where a.public_id = ?",
                        id)
                .get(0));
    }

    private List<String> query(String sql, String parameter) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
