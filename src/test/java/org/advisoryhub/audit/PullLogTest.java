package org.advisoryhub.audit;

import static org.advisoryhub.support.Officials.ADMIN;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.audit.dto.AuditVerification;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/**
 * Partners' pulls are recorded without the chain's lock and sealed into it: every pull is on record, and verifying the
 * chain finds a sealed pull record that was changed, removed or added.
 */
@HubTest
class PullLogTest extends OfficialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PullLog pulls;

    @Inject
    PullSeals seals;

    @Inject
    AuditService audit;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRecordEveryConcurrentPullAndSealThemIntoTheChain() throws Exception {
        Partners.partner("test-pull-log", "VASP");
        Partners.Key key = Partners.key("test-pull-log", List.of("public"), "CLEAR");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(pool.submit(() -> key.taxii()
                    .queryParam("limit", 3)
                    .get("/taxii2/api/collections/public/objects/")
                    .statusCode()));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        pool.shutdown();
        pulls.flush();
        List<PullRecord> mine = mine(key, 500);
        assertThat(mine).hasSize(200).allSatisfy(r -> {
            assertThat(r.endpoint()).isEqualTo("objects");
            assertThat(r.objects()).isEqualTo(3);
            assertThat(r.firstAdded()).isBefore(r.lastAdded());
        });

        seals.seal();
        AuditVerification verified = audit.verify();
        assertThat(verified.valid()).isTrue();
        assertThat(verified.pullRecordsSealed()).isGreaterThanOrEqualTo(200);
        assertThat(verified.pullRecordsUnsealed()).isZero();
        AuditEvent seal = sealOf(mine.get(0).id());
        assertThat(seal.actorKind()).isEqualTo("system");
        assertThat(seal.targetType()).isEqualTo("pull-log");
    }

    @Test
    void shouldFindASealedPullRecordThatWasChangedOrRemoved() throws Exception {
        Partners.partner("test-pull-tamper", "VASP");
        Partners.Key key = Partners.key("test-pull-tamper", List.of("public"), "CLEAR");
        key.taxii().get("/taxii2/api/collections/public/manifest/").then().statusCode(200);
        pulls.flush();
        PullRecord record = mine(key, 1).get(0);
        seals.seal();
        long sealId = sealOf(record.id()).id();
        assertThat(audit.verify().valid()).isTrue();

        tamper("update pull_log set objects = objects + 1 where id = " + record.id());
        try {
            AuditVerification changed = audit.verify();
            assertThat(changed.valid()).isFalse();
            assertThat(changed.firstBrokenEventId()).isEqualTo(sealId);
            assertThat(changed.reason()).contains("changed, removed or added after they were sealed");
        } finally {
            tamper("update pull_log set objects = " + record.objects() + " where id = " + record.id());
        }
        assertThat(audit.verify().valid()).isTrue();

        tamper("delete from pull_log where id = " + record.id());
        try {
            assertThat(audit.verify().firstBrokenEventId()).isEqualTo(sealId);
        } finally {
            tamper("insert into pull_log (id, at, key_id, organization_id, collection_id, endpoint, objects,"
                    + " first_added, last_added, source) overriding system value select " + record.id() + ", '"
                    + record.at() + "', '" + record.keyId() + "', '" + record.organizationId() + "', '"
                    + record.collectionId() + "', '" + record.endpoint() + "', " + record.objects() + ", "
                    + literal(record.firstAdded()) + ", " + literal(record.lastAdded()) + ", "
                    + literal(record.source()));
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void shouldCheckFromACheckpointOnlyTheSealsAfterIt() throws Exception {
        Partners.partner("test-pull-checkpoint", "VASP");
        Partners.Key key = Partners.key("test-pull-checkpoint", List.of("public"), "CLEAR");
        key.taxii().get("/taxii2/api/collections/public/manifest/").then().statusCode(200);
        pulls.flush();
        seals.seal();
        AuditVerification kept = audit.verify();
        assertThat(kept.valid()).isTrue();
        Checkpoint checkpoint = new Checkpoint(kept.lastEventId(), kept.lastHash());

        key.taxii().get("/taxii2/api/collections/public/objects/").then().statusCode(200);
        pulls.flush();
        PullRecord later = mine(key, 1).get(0);
        seals.seal();
        AuditVerification fromCheckpoint = audit.verify(checkpoint);
        assertThat(fromCheckpoint.valid()).isTrue();
        assertThat(fromCheckpoint.fromEventId()).isEqualTo(kept.lastEventId());
        assertThat(fromCheckpoint.pullRecordsSealed())
                .as("only the records sealed after the checkpoint are recomputed")
                .isPositive()
                .isLessThan(audit.verify().pullRecordsSealed());

        tamper("update pull_log set objects = objects + 1 where id = " + later.id());
        try {
            AuditVerification changed = audit.verify(checkpoint);
            assertThat(changed.valid()).isFalse();
            assertThat(changed.firstBrokenEventId())
                    .isEqualTo(sealOf(later.id()).id());
        } finally {
            tamper("update pull_log set objects = " + later.objects() + " where id = " + later.id());
        }
        assertThat(audit.verify(checkpoint).valid()).isTrue();
    }

    @Test
    void shouldRefuseToChangeAPullRecord() throws Exception {
        Partners.partner("test-pull-append-only", "VASP");
        Partners.Key key = Partners.key("test-pull-append-only", List.of("public"), "CLEAR");
        key.taxii().get("/taxii2/api/collections/public/").then().statusCode(200);
        key.taxii().get("/taxii2/api/collections/public/manifest/").then().statusCode(200);
        pulls.flush();
        long id = mine(key, 1).get(0).id();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update pull_log set objects = 0 where id = " + id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("pull records are append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from pull_log where id = " + id))
                    .hasMessageContaining("pull records are append-only");
        }
    }

    @Test
    void shouldListPullsToAdminsOnlyWithPagingAndNamedBadFilters() {
        Partners.partner("test-pull-api", "VASP");
        Partners.Key key = Partners.key("test-pull-api", List.of("public"), "CLEAR");
        for (int i = 0; i < 3; i++) {
            key.taxii().get("/taxii2/api/collections/public/manifest/").then().statusCode(200);
        }
        pulls.flush();
        var first = as(ADMIN)
                .queryParam("organization", "test-pull-api")
                .queryParam("limit", 2)
                .get("/api/v1/audit/pulls")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.endpoint", everyItem(equalTo("manifest")))
                .extract();
        as(ADMIN)
                .queryParam("organization", "test-pull-api")
                .queryParam("cursor", first.<String>path("next"))
                .get("/api/v1/audit/pulls")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("next", nullValue());
        as(ADMIN)
                .queryParam("collection", "public")
                .get("/api/v1/audit/pulls")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("collection"));
        as(ADMIN)
                .queryParam("from", "yesterday")
                .get("/api/v1/audit/pulls")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("from"));
        as(FBI_PUBLISHER).get("/api/v1/audit/pulls").then().statusCode(403);
        key.api().get("/api/v1/audit/pulls").then().statusCode(401);
    }

    private List<PullRecord> mine(Partners.Key key, int limit) {
        return audit.searchPulls(new PullFilter(key.keyId(), null, null, null, null, null, null, limit))
                .items();
    }

    /** The seal event whose range holds this record. */
    private AuditEvent sealOf(long id) {
        return audit
                .search(new AuditFilter(null, null, null, "pull-log.sealed", null, null, null, 100))
                .items()
                .stream()
                .filter(e -> range(e)[0] <= id && id <= range(e)[1])
                .findFirst()
                .orElseThrow();
    }

    private static long[] range(AuditEvent seal) {
        try {
            JsonNode d = JSON.readTree(seal.details());
            return new long[] {d.get("from").asLong(), d.get("to").asLong()};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Changes the log the way someone with database access could, triggers off for this session. */
    private void tamper(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            try {
                s.executeUpdate(sql);
            } finally {
                s.execute("set session_replication_role = origin");
            }
        }
    }

    private static String literal(Object value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
