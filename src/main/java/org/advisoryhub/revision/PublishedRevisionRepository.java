package org.advisoryhub.revision;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.common.db.JdbcRows;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKind;

/**
 * Streams what partners read of the latest published revisions (flat feeds, MISP, the screening index) on plain JDBC
 * with a cursor, so that a feed of any size never sits in memory. The advisory row is joined for its state only.
 */
@ApplicationScoped
public class PublishedRevisionRepository {

    private static final String LATEST_REVISION =
            " from advisory_state a join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision";

    /** Every advisory with a published revision, joined to that revision {@code r}. */
    private static final String LATEST = LATEST_REVISION + " where a.published_revision > 0";

    /** The indicators {@code ri} of advisories that are published and not withdrawn. */
    private static final String ACTIVE_INDICATORS =
            LATEST_REVISION + " join revision_indicator ri on ri.revision_id = r.id"
                    + " where a.published_revision > 0 and a.status <> 'WITHDRAWN'";

    private static final String EVENT_INDICATOR_COLUMNS = """
            ri.indicator_key, ri.kind, ri.normalized, ri.value, ri.chain, ri.chain_name, ri.asset, ri.hash_algorithm, ri.file_name,
            ri.platform, ri.valid_from, ri.valid_until, ri.description, ri.source_url""";

    private final AgroalDataSource dataSource;

    public PublishedRevisionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A fingerprint of the active indicators of a kind this view sees: it changes with every publication or withdrawal. */
    String indicatorsVersion(String kind, String chain, Instant since, Visibility.PartnerView view) {
        List<Object> params = new ArrayList<>();
        String sql = "select count(*) as n, coalesce(max(r.published_at), 'epoch') as published,"
                + " coalesce(max(a.withdrawn_at), 'epoch') as withdrawn"
                + activeIndicators(kind, chain, since, view, params);
        return JdbcRows.list(dataSource, sql, params, PublishedRevisionRepository::fingerprint)
                .get(0);
    }

    /** Active indicators of a kind (and chain) that the view sees, by advisory and value. */
    void streamIndicators(
            String kind,
            String chain,
            Instant since,
            Visibility.PartnerView view,
            JdbcRows.Sink<PublishedRows.FeedIndicator> sink) {
        List<Object> params = new ArrayList<>();
        String sql = """
                select ri.normalized, ri.value, ri.kind, ri.chain, ri.asset, a.public_id, r.number,
                    r.content ->> 'tlp' as tlp, ri.valid_from, ri.valid_until, ri.source_url, ri.platform""" + activeIndicators(kind, chain, since, view, params) + " order by a.public_id, ri.normalized";
        JdbcRows.stream(
                dataSource,
                sql,
                params,
                rs -> new PublishedRows.FeedIndicator(
                        // A name reads as written; every other value as compared.
                        rs.getString(
                                IndicatorKind.PERSONA.name().equals(rs.getString("kind")) ? "value" : "normalized"),
                        rs.getString("kind"),
                        rs.getString("chain"),
                        rs.getString("asset"),
                        rs.getString("public_id"),
                        rs.getInt("number"),
                        rs.getString("tlp"),
                        JdbcRows.instant(rs, "valid_from"),
                        JdbcRows.instant(rs, "valid_until"),
                        rs.getString("source_url"),
                        rs.getString("platform")),
                sink);
    }

    /** Active = the advisory is not withdrawn, the indicator is in its latest published revision and still valid. */
    private static String activeIndicators(
            String kind, String chain, Instant since, Visibility.PartnerView view, List<Object> params) {
        StringBuilder sql = new StringBuilder(ACTIVE_INDICATORS)
                .append(" and (ri.valid_until is null or ri.valid_until > now()) and ri.kind = ? and ")
                .append(view.sql("r.tlp_rank", "r.recipients", null));
        params.add(kind);
        params.addAll(view.parameters());
        if (chain != null) {
            sql.append(" and ri.chain = ?");
            params.add(chain);
        }
        if (since != null) {
            sql.append(" and r.published_at > ?");
            params.add(OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        return sql.toString();
    }

    /** A fingerprint of the events this view sees, withdrawn ones included. */
    String eventsVersion(Visibility.PartnerView view) {
        String sql = "select count(*) as n, coalesce(max(r.published_at), 'epoch') as published,"
                + " coalesce(max(a.withdrawn_at), 'epoch') as withdrawn" + LATEST + " and "
                + view.sql("r.tlp_rank", "r.recipients", null);
        return JdbcRows.list(dataSource, sql, view.parameters(), PublishedRevisionRepository::fingerprint)
                .get(0);
    }

    /** Every advisory this view sees (also once withdrawn, so that readers learn of the withdrawal), by public id. */
    void streamEvents(Visibility.PartnerView view, JdbcRows.Sink<PublishedRows.Event> sink) {
        String sql = "select a.public_id, r.number, cast(r.content as text) as content, r.published_at, a.withdrawn_at,"
                + " a.owner_org_id" + LATEST + " and " + view.sql("r.tlp_rank", "r.recipients", null)
                + " order by a.public_id";
        JdbcRows.stream(
                dataSource,
                sql,
                view.parameters(),
                rs -> new PublishedRows.Event(
                        rs.getString("public_id"),
                        rs.getInt("number"),
                        rs.getString("content"),
                        JdbcRows.instant(rs, "published_at"),
                        JdbcRows.instant(rs, "withdrawn_at"),
                        rs.getString("owner_org_id"),
                        null),
                sink);
    }

    /** The latest revision's indicators, then those earlier revisions had that it has not (as removed). */
    List<PublishedRows.EventIndicator> eventIndicators(String publicId) {
        String latest = "select " + EVENT_INDICATOR_COLUMNS + ", false as removed from advisory_state a"
                + " join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision"
                + " join revision_indicator ri on ri.revision_id = r.id where a.public_id = ? order by ri.kind, ri.normalized";
        String removed = "select distinct on (ri.indicator_key) " + EVENT_INDICATOR_COLUMNS + ", true as removed"
                + " from advisory_state a join advisory_revision r on r.advisory_id = a.id and r.number < a.published_revision"
                + " join revision_indicator ri on ri.revision_id = r.id where a.public_id = ?"
                + " and not exists (select 1 from advisory_revision l join revision_indicator li on li.revision_id = l.id"
                + " where l.advisory_id = a.id and l.number = a.published_revision and li.indicator_key = ri.indicator_key)"
                + " order by ri.indicator_key, r.number desc";
        List<PublishedRows.EventIndicator> rows = new ArrayList<>(
                JdbcRows.list(dataSource, latest, List.of(publicId), PublishedRevisionRepository::eventIndicator));
        rows.addAll(JdbcRows.list(dataSource, removed, List.of(publicId), PublishedRevisionRepository::eventIndicator));
        return rows;
    }

    /** Every indicator value of every advisory this view sees that is not withdrawn, by advisory and value. */
    void streamValues(Visibility.PartnerView view, JdbcRows.Sink<PublishedRows.Value> sink) {
        String sql = "select a.public_id, ri.normalized" + ACTIVE_INDICATORS + " and "
                + view.sql("r.tlp_rank", "r.recipients", null) + " order by a.public_id, ri.normalized";
        JdbcRows.stream(
                dataSource,
                sql,
                view.parameters(),
                rs -> new PublishedRows.Value(rs.getString("public_id"), rs.getString("normalized")),
                sink);
    }

    /** Every published advisory (or only the one given) with its latest published revision's audience. */
    List<PublishedRows.Head> heads(Connection c, UUID only) throws SQLException {
        String sql = """
                select a.id, a.public_id, a.status, a.published_revision, r.content ->> 'title' as title,
                    r.content ->> 'tlp' as tlp, array(select jsonb_array_elements_text(r.content -> 'recipients')) as recipients""" + LATEST + (only == null ? "" : " and a.id = ?");
        List<PublishedRows.Head> out = new ArrayList<>();
        JdbcRows.stream(c, sql, only == null ? List.of() : List.of(only), PublishedRevisionRepository::head, out::add);
        return out;
    }

    /**
     * Indicator versions, those of one indicator together and oldest first: of every advisory, of one, or of one
     * advisory's indicators that have a version added after revision {@code since} or closed at or after it.
     */
    void streamIndicatorSpans(Connection c, UUID only, Integer since, JdbcRows.Sink<PublishedRows.IndicatorSpan> sink)
            throws SQLException {
        StringBuilder sql = new StringBuilder("""
                select p.advisory_id, p.indicator_key, p.first_revision, p.last_revision, p.kind, p.value, p.normalized,
                    p.chain, p.chain_name, p.asset, p.platform, p.valid_until,
                    array(select jsonb_array_elements_text(p.persona -> 'aliases')) as aliases
                from published_indicator p""");
        List<Object> parameters = new ArrayList<>();
        if (only != null) {
            sql.append(" where p.advisory_id = ?");
            parameters.add(only);
        }
        if (since != null) {
            // Both sides of the or are indexed (added and closed versions); the keys found are few.
            sql.append(" ").append("""
                    and p.indicator_key in (select c.indicator_key from published_indicator c
                        where c.advisory_id = p.advisory_id and (c.first_revision > ? or c.last_revision >= ?))""");
            parameters.add(since);
            parameters.add(since);
        }
        sql.append(" order by p.advisory_id, p.indicator_key, p.first_revision");
        JdbcRows.stream(c, sql.toString(), parameters, PublishedRevisionRepository::indicatorSpan, sink);
    }

    private static PublishedRows.IndicatorSpan indicatorSpan(ResultSet rs) throws SQLException {
        String chain = rs.getString("chain");
        return new PublishedRows.IndicatorSpan(
                rs.getObject("advisory_id", UUID.class),
                rs.getObject("indicator_key", UUID.class),
                rs.getInt("first_revision"),
                rs.getObject("last_revision", Integer.class),
                IndicatorKind.valueOf(rs.getString("kind")),
                rs.getString("value"),
                rs.getString("normalized"),
                chain == null ? null : Chain.valueOf(chain),
                rs.getString("chain_name"),
                rs.getString("asset"),
                rs.getString("platform"),
                JdbcRows.instant(rs, "valid_until"),
                List.of((String[]) rs.getArray("aliases").getArray()));
    }

    private static String fingerprint(ResultSet rs) throws SQLException {
        return rs.getLong("n") + "|" + rs.getString("published") + "|" + rs.getString("withdrawn");
    }

    private static PublishedRows.EventIndicator eventIndicator(ResultSet rs) throws SQLException {
        IndicatorKind kind = IndicatorKind.valueOf(rs.getString("kind"));
        return new PublishedRows.EventIndicator(
                rs.getString("indicator_key"),
                kind,
                // A name reads as written; every other value as compared.
                rs.getString(kind == IndicatorKind.PERSONA ? "value" : "normalized"),
                rs.getString("chain"),
                rs.getString("chain_name"),
                rs.getString("asset"),
                rs.getString("hash_algorithm"),
                rs.getString("file_name"),
                rs.getString("platform"),
                JdbcRows.instant(rs, "valid_from"),
                JdbcRows.instant(rs, "valid_until"),
                rs.getString("description"),
                rs.getString("source_url"),
                rs.getBoolean("removed"));
    }

    private static PublishedRows.Head head(ResultSet rs) throws SQLException {
        Array recipients = rs.getArray("recipients");
        return new PublishedRows.Head(
                rs.getObject("id", UUID.class),
                rs.getString("public_id"),
                rs.getString("title"),
                Tlp.parse(rs.getString("tlp")),
                Set.of((String[]) recipients.getArray()),
                "WITHDRAWN".equals(rs.getString("status")),
                rs.getInt("published_revision"));
    }
}
