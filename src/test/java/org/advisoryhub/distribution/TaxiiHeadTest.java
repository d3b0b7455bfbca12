package org.advisoryhub.distribution;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A poll at the head of a feed is answered from the head this instance knows; what another instance appends is
 * announced when it commits and served from then on (what this instance appends is served at once).
 */
@HubTest
class TaxiiHeadTest extends OfficialsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldServeWhatAnotherInstanceAppendedOnceItsCommitIsAnnounced() throws Exception {
        Partners.partner("test-head", "VASP");
        Partners.Key key = Partners.key("test-head", List.of("public"), "CLEAR");
        Instant last;
        try (Connection c = dataSource.getConnection()) {
            last = StixObjectRepository.clock(c);
        }
        String poll = "/taxii2/api/collections/public/objects/?added_after=" + last;
        key.taxii().get(poll).then().statusCode(200).header("X-TAXII-Date-Added-Last", last.toString());

        // What another instance's publication looks like from here: a row and the clock, committed elsewhere.
        String id = "identity--" + UUID.randomUUID();
        OffsetDateTime added = OffsetDateTime.ofInstant(last.plus(1, ChronoUnit.MICROS), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into stix_object (date_added, stix_id, type,"
                            + " version, advisory_id, tlp_rank, recipients, revoked, first, latest, body)"
                            + " values (?, ?, 'identity', ?, null, 0, '{}', false, true, true, ?)");
                    PreparedStatement clock = c.prepareStatement("update taxii_clock set last = ? where id = 1")) {
                insert.setObject(1, added);
                insert.setString(2, id);
                insert.setObject(3, added);
                insert.setString(
                        4,
                        "{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"" + id
                                + "\",\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\","
                                + "\"name\":\"Another instance\",\"identity_class\":\"organization\"}");
                insert.executeUpdate();
                clock.setObject(1, added);
                clock.executeUpdate();
            }
            c.commit();
        }
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(20))
                    .until(
                            () -> key.taxii()
                                    .get(poll)
                                    .then()
                                    .extract()
                                    .jsonPath()
                                    .getList("objects.id"),
                            ids -> ids != null && ids.contains(id));
        } finally {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate("delete from stix_object where stix_id = '" + id + "'");
            }
        }
    }

    /**
     * An empty poll is remembered until the table changes, and a deletion is a change: deleting a partner's latest
     * version makes an older version, added later, the latest one after the poll's position.
     */
    @Test
    void shouldServeWhatADeletionMadeLatestAfterAnEmptyPoll() {
        String collection = "/taxii2/api/collections/partner-submissions/objects/";
        Partners.partner("test-head-delete", "VASP");
        Partners.Key writer = Partners.key("test-head-delete", List.of("partner-submissions"), "AMBER", true);
        String id = "indicator--" + UUID.randomUUID();
        String newer = submitted(writer, collection, id, "2026-11-21T10:00:00.000Z");
        submitted(writer, collection, id, "2026-11-20T10:00:00.000Z"); // an older version, added later
        String poll = collection + "?added_after=" + newer;
        for (int i = 0; i < 2; i++) {
            writer.taxii().get(poll).then().statusCode(200).body("$", org.hamcrest.Matchers.anEmptyMap());
        }

        writer.taxii()
                .queryParam("match[version]", "2026-11-21T10:00:00.000Z")
                .delete(collection + id + "/")
                .then()
                .statusCode(200);
        writer.taxii()
                .get(poll)
                .then()
                .statusCode(200)
                .body("objects.id", org.hamcrest.Matchers.equalTo(List.of(id)))
                .body("objects[0].modified", org.hamcrest.Matchers.equalTo("2026-11-20T10:00:00.000Z"));
    }

    /** Submits one version of an indicator; returns the {@code date_added} it got. */
    private static String submitted(Partners.Key writer, String collection, String id, String modified) {
        writer.taxii()
                .contentType(Partners.TAXII)
                .body("""
                        {"objects":[{"type":"indicator","spec_version":"2.1","id":"%s",
                         "created":"2026-11-20T10:00:00.000Z","modified":"%s","pattern":"[domain-name:value = 'x.example']",
                         "pattern_type":"stix","valid_from":"2026-11-20T10:00:00.000Z"}]}""".formatted(id, modified))
                .post(collection)
                .then()
                .statusCode(202)
                .body("success_count", org.hamcrest.Matchers.equalTo(1));
        return writer.taxii()
                .queryParam("match[id]", id)
                .queryParam("match[version]", modified)
                .get(collection)
                .then()
                .statusCode(200)
                .extract()
                .header("X-TAXII-Date-Added-Last");
    }
}
