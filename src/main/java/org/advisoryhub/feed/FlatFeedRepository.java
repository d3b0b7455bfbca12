package org.advisoryhub.feed;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads active indicators for flat feeds straight from the published revisions, streaming rows to the caller
 * on its own connection so a feed of any size never sits in memory.
 */
@ApplicationScoped
public class FlatFeedRepository {

    /** One feed row. */
    record Row(String value, String kind, String chain, String asset, String advisory, int revision, String tlp,
            OffsetDateTime validFrom, OffsetDateTime validUntil, String sourceUrl) {
    }

    /** Receives rows one by one. */
    interface Sink {
        void accept(Row row) throws IOException;
    }

    private final AgroalDataSource dataSource;

    public FlatFeedRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A fingerprint of what the feed would contain now: changes whenever a visible advisory is (re)published or withdrawn. */
    String version(FlatFeedQuery q) {
        Query sql = query(q, "select count(*) as indicators, coalesce(max(r.published_at), 'epoch') as published,"
                + " coalesce(max(a.withdrawn_at), 'epoch') as withdrawn");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong("indicators") + "|" + rs.getString("published") + "|" + rs.getString("withdrawn");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void stream(FlatFeedQuery q, Sink sink) {
        Query sql = query(q, """
                select ri.normalized, ri.kind, ri.chain, ri.asset, a.public_id, r.number, r.content ->> 'tlp' as tlp,
                    ri.valid_from, ri.valid_until, ri.source_url""");
        sql.text.append(" order by a.public_id, ri.normalized");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = sql.prepare(c)) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new Row(rs.getString("normalized"), rs.getString("kind"), rs.getString("chain"),
                                rs.getString("asset"), rs.getString("public_id"), rs.getInt("number"), rs.getString("tlp"),
                                rs.getObject("valid_from", OffsetDateTime.class),
                                rs.getObject("valid_until", OffsetDateTime.class), rs.getString("source_url")));
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

    private record Query(StringBuilder text, List<Object> params) {
        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(text.toString());
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        }
    }

    /**
     * Active = the advisory is not withdrawn, the indicator is in its latest published revision and still valid.
     * What the key may read through the collection is its {@code Visibility.PartnerView}.
     */
    private static Query query(FlatFeedQuery q, String select) {
        StringBuilder sql = new StringBuilder(select).append("""
                 from advisory a
                join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                join revision_indicator ri on ri.revision_id = r.id
                where a.published_revision > 0 and a.status <> 'WITHDRAWN'
                  and (ri.valid_until is null or ri.valid_until > now())
                  and ri.kind = ?""");
        List<Object> params = new ArrayList<>(List.of(q.kind()));
        sql.append(" and ").append(q.view().sql("r.tlp_rank", "r.recipients", null));
        params.addAll(q.view().parameters());
        if (q.chain() != null) {
            sql.append(" and ri.chain = ?");
            params.add(q.chain());
        }
        if (q.since() != null) {
            sql.append(" and r.published_at > ?");
            params.add(OffsetDateTime.ofInstant(q.since(), ZoneOffset.UTC));
        }
        return new Query(sql, params);
    }
}
