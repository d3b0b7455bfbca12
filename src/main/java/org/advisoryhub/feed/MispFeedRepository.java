package org.advisoryhub.feed;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.indicator.IndicatorKind;

/**
 * Reads what a MISP feed serves: one event per advisory the reader may see (its latest published revision, also
 * once withdrawn, so that MISP learns of the withdrawal), streamed for the manifest and the hash list.
 */
@ApplicationScoped
public class MispFeedRepository {

    /** An advisory as an event: its latest revision's content (JSON) and when it last changed. */
    record EventRow(String publicId, int revision, String content, Instant publishedAt, Instant withdrawnAt,
            String ownerId, String ownerName) {

        /** The same row with the owning organization's name (organizations are read through their own feature). */
        EventRow named(String name) {
            return new EventRow(publicId, revision, content, publishedAt, withdrawnAt, ownerId, name);
        }

        Instant changedAt() {
            return withdrawnAt != null && withdrawnAt.isAfter(publishedAt) ? withdrawnAt : publishedAt;
        }
    }

    /** An indicator of the event; {@code removed} when an earlier revision had it and the latest has not. */
    record IndicatorRow(String key, IndicatorKind kind, String value, String chain, String chainName, String asset,
            String hashAlgorithm, String fileName, String platform, Instant validFrom, Instant validUntil,
            String description, String sourceUrl, boolean removed) {
    }

    /** A value to hash for {@code hashes.csv}, with the advisory whose event holds it. */
    record HashRow(String publicId, String value) {
    }

    interface Sink<T> {
        void accept(T row) throws IOException;
    }

    private static final String EVENTS = """
             from advisory a
            join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
            where a.published_revision > 0 and """;

    private final AgroalDataSource dataSource;

    public MispFeedRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A fingerprint of the feed as this view sees it: changes whenever a visible advisory is published or withdrawn. */
    String version(Visibility.PartnerView view) {
        String sql = "select count(*) as events, coalesce(max(r.published_at), 'epoch') as published,"
                + " coalesce(max(a.withdrawn_at), 'epoch') as withdrawn" + EVENTS + view.sql("r.tlp_rank", "r.recipients", null);
        return query(sql, view.parameters(), rs -> rs.getLong("events") + "|" + rs.getString("published") + "|"
                + rs.getString("withdrawn")).get(0);
    }

    void streamEvents(Visibility.PartnerView view, Sink<EventRow> sink) {
        stream(eventSelect() + EVENTS + view.sql("r.tlp_rank", "r.recipients", null) + " order by a.public_id",
                view.parameters(), MispFeedRepository::event, sink);
    }

    /** The latest revision's indicators, then those earlier revisions had that it has not (as removed). */
    List<IndicatorRow> indicators(String publicId) {
        String columns = """
                ri.indicator_key, ri.kind, ri.normalized, ri.chain, ri.chain_name, ri.asset, ri.hash_algorithm, ri.file_name,
                ri.platform, ri.valid_from, ri.valid_until, ri.description, ri.source_url""";
        String latest = "select " + columns + ", false as removed from advisory a"
                + " join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision"
                + " join revision_indicator ri on ri.revision_id = r.id where a.public_id = ?";
        String removed = "select distinct on (ri.indicator_key) " + columns + ", true as removed from advisory a"
                + " join advisory_revision r on r.advisory_id = a.id and r.number < a.published_revision"
                + " join revision_indicator ri on ri.revision_id = r.id where a.public_id = ?"
                + " and not exists (select 1 from advisory_revision l join revision_indicator li on li.revision_id = l.id"
                + " where l.advisory_id = a.id and l.number = a.published_revision and li.indicator_key = ri.indicator_key)"
                + " order by ri.indicator_key, r.number desc";
        List<IndicatorRow> rows = new ArrayList<>(query(latest + " order by ri.kind, ri.normalized", List.of(publicId),
                MispFeedRepository::indicator));
        rows.addAll(query(removed, List.of(publicId), MispFeedRepository::indicator));
        return rows;
    }

    /** Every indicator value of every visible event that is not withdrawn, for {@code hashes.csv}. */
    void streamValues(Visibility.PartnerView view, Sink<HashRow> sink) {
        String sql = """
                select a.public_id, ri.normalized from advisory a
                join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                join revision_indicator ri on ri.revision_id = r.id
                where a.published_revision > 0 and a.status <> 'WITHDRAWN' and """
                + view.sql("r.tlp_rank", "r.recipients", null) + " order by a.public_id, ri.normalized";
        stream(sql, view.parameters(), rs -> new HashRow(rs.getString("public_id"), rs.getString("normalized")), sink);
    }

    private static String eventSelect() {
        return "select a.public_id, r.number, cast(r.content as text) as content, r.published_at, a.withdrawn_at,"
                + " a.owner_org_id as owner_id";
    }

    private static EventRow event(ResultSet rs) throws SQLException {
        return new EventRow(rs.getString("public_id"), rs.getInt("number"), rs.getString("content"),
                instant(rs, "published_at"), instant(rs, "withdrawn_at"), rs.getString("owner_id"), null);
    }

    private static IndicatorRow indicator(ResultSet rs) throws SQLException {
        return new IndicatorRow(rs.getString("indicator_key"), IndicatorKind.valueOf(rs.getString("kind")),
                rs.getString("normalized"), rs.getString("chain"), rs.getString("chain_name"), rs.getString("asset"),
                rs.getString("hash_algorithm"), rs.getString("file_name"), rs.getString("platform"),
                instant(rs, "valid_from"), instant(rs, "valid_until"), rs.getString("description"),
                rs.getString("source_url"), rs.getBoolean("removed"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        stream(sql, params, mapper, out::add);
        return out;
    }

    /** Runs the query on its own connection with a cursor, so a feed of any size never sits in memory. */
    private <T> void stream(String sql, List<Object> params, RowMapper<T> mapper, Sink<T> sink) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(mapper.map(rs));
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
