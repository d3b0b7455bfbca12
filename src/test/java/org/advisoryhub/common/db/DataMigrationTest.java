package org.advisoryhub.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data written before a migration still reads right after it: a database at V10 with advisories in the old shape
 * (actors copied into each advisory, indicators without an end, a full copy of the indicators in each revision) is
 * migrated to the latest schema.
 */
class DataMigrationTest {

    private static final String LAZARUS = """
            {"name": "Lazarus Group", "aliases": ["HIDDEN COBRA"], "mitreId": "G0032",
             "attributedTo": "Democratic People's Republic of Korea"}""";
    private static final String LAZARUS_OLDER = """
            {"name": "Lazarus", "aliases": [], "mitreId": "G0032"}""";
    private static final String APT38 = """
            {"name": "APT38", "aliases": ["BlueNoroff"]}""";

    private static EmbeddedPostgres postgres;
    private static DataSource db;

    @BeforeAll
    static void migrateOldData() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        db = postgres.getPostgresDatabase();
        flyway("10").migrate();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "insert into organization (id, name, kind, created_at, updated_at) values ('wg', 'WG', 'WORKING_GROUP', now(), now())");
            advisory(
                    s,
                    "00000000-0000-4000-8000-000000000001",
                    "HUB-2022-0001",
                    "[" + LAZARUS_OLDER + "]",
                    "2022-04-14");
            advisory(
                    s,
                    "00000000-0000-4000-8000-000000000002",
                    "HUB-2023-0001",
                    "[" + LAZARUS + "," + APT38 + "]",
                    "2023-01-23");
            secondRevision(s, "00000000-0000-4000-8000-000000000002");
        }
        flyway(null).migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void shouldMakeOneCatalogActorPerAttackIdOrNameWithTheNewestWording() throws SQLException {
        assertThat(strings("select name || '|' || coalesce(mitre_id, '-') || '|' || coalesce(attributed_to, '-')"
                        + " from threat_actor order by name"))
                .containsExactly("APT38|-|-", "Lazarus Group|G0032|Democratic People's Republic of Korea");
        assertThat(strings("select stix_id from threat_actor"))
                .allMatch(id -> id.matches(
                        "intrusion-set--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void shouldPointEveryAdvisoryAndRevisionAtItsCatalogActors() throws SQLException {
        assertThat(strings("""
                select count(*) from advisory a, jsonb_array_elements(a.threat_actors) t
                where not exists (select 1 from threat_actor c where c.id = cast(t ->> 'id' as uuid))""")).containsExactly("0");
        assertThat(strings("""
                select count(*) from advisory_revision r, jsonb_array_elements(r.content -> 'threatActors') t
                where not exists (select 1 from threat_actor c where c.id = cast(t ->> 'id' as uuid))""")).containsExactly("0");
        assertThat(strings("""
                select c.name from advisory a, jsonb_array_elements(a.threat_actors) t
                join threat_actor c on c.id = cast(t ->> 'id' as uuid) where a.public_id = 'HUB-2022-0001'""")).containsExactly("Lazarus Group");
    }

    @Test
    void shouldGiveOldRevisionsAReviewDateAndTheirIndicatorsAnEnd() throws SQLException {
        assertThat(strings("select cast(review_by - published_at as text) from advisory_revision"))
                .containsOnly("365 days");
        assertThat(strings("select count(*) from revision_indicator where valid_until is null"))
                .containsExactly("0");
        assertThat(strings("select cast(ri.valid_until = r.review_by as text) from revision_indicator ri"
                        + " join advisory_revision r on r.id = ri.revision_id"))
                .containsOnly("true");
    }

    @Test
    void shouldKeepEachRevisionsIndicatorsAsRowsTheLatestLeavesOpen() throws SQLException {
        assertThat(strings("select r.number || ':' || count(*) from revision_indicator ri"
                        + " join advisory_revision r on r.id = ri.revision_id"
                        + " where r.advisory_id = '00000000-0000-4000-8000-000000000002' group by r.number"
                        + " order by r.number"))
                .as("every revision reads the indicators it had")
                .containsExactly("1:1", "2:2");
        assertThat(strings("select first_revision || '-' || coalesce(cast(last_revision as text), 'open')"
                        + " from published_indicator where advisory_id = '00000000-0000-4000-8000-000000000002'"
                        + " order by first_revision, value"))
                .as("an older revision's rows close at it, the latest revision's stay open")
                .containsExactly("1-1", "2-open", "2-open");
        assertThat(strings("select count(*) from indicator_change"))
                .as("what the latest revisions publish is compared with the working set at the next publication")
                .containsExactly("3");
    }

    /** Revision 2 of an advisory: revision 1's indicator again, and one more. */
    private static void secondRevision(Statement s, String id) throws SQLException {
        s.execute("update advisory set published_revision = 2 where id = '" + id + "'");
        s.execute("insert into advisory_revision (id, advisory_id, number, content, change_note, published_by,"
                + " published_org, published_at, indicator_count, tlp_rank, recipients) select gen_random_uuid(),"
                + " advisory_id, 2, content, 'Second', 'x', 'wg', published_at + interval '30 days', 2, 0, '{}'"
                + " from advisory_revision where advisory_id = '" + id + "' and number = 1");
        s.execute("insert into revision_indicator (revision_id, indicator_key, kind, value, normalized, valid_from)"
                + " select r2.id, ri.indicator_key, ri.kind, ri.value, ri.normalized, ri.valid_from"
                + " from revision_indicator ri join advisory_revision r1 on r1.id = ri.revision_id and r1.number = 1"
                + " join advisory_revision r2 on r2.advisory_id = r1.advisory_id and r2.number = 2"
                + " where r1.advisory_id = '" + id + "'");
        s.execute("insert into revision_indicator (revision_id, indicator_key, kind, value, normalized, valid_from)"
                + " select r.id, gen_random_uuid(), 'DOMAIN', 'second.example.org', 'second.example.org',"
                + " r.published_at from advisory_revision r where r.advisory_id = '" + id + "' and r.number = 2");
    }

    private static Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    private static void advisory(Statement s, String id, String publicId, String actors, String published)
            throws SQLException {
        s.execute(
                "insert into advisory (id, public_id, status, tlp, title, summary, body, threat_actors, techniques, refs,"
                        + " translations, recipients, owner_org_id, created_by, created_at, updated_by, updated_at,"
                        + " published_revision, version) values ('" + id + "', '" + publicId
                        + "', 'PUBLISHED', 'CLEAR', 'T', 'S',"
                        + " 'B', '" + actors.replace("'", "''")
                        + "', '[]', '[]', '{}', '[]', 'wg', 'x', now(), 'x', now(), 1, 0)");
        s.execute(
                "insert into advisory_revision (id, advisory_id, number, content, change_note, published_by, published_org,"
                        + " published_at, indicator_count, tlp_rank, recipients) values (gen_random_uuid(), '" + id
                        + "', 1,"
                        + " '{\"title\": \"T\", \"tlp\": \"CLEAR\", \"threatActors\": " + actors.replace("'", "''")
                        + "}',"
                        + " 'First', 'x', 'wg', '" + published + "T00:00:00Z', 1, 0, '{}')");
        s.execute("insert into revision_indicator (revision_id, indicator_key, kind, value, normalized, valid_from)"
                + " select r.id, gen_random_uuid(), 'DOMAIN', 'example.org', 'example.org', r.published_at"
                + " from advisory_revision r where r.advisory_id = '" + id + "'");
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
