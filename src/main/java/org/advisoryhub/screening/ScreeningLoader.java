package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKind;

/** Reads published advisories and their indicators for the screening index, streaming the rows. */
@ApplicationScoped
public class ScreeningLoader {

    private static final String ADVISORIES = """
            select a.id, a.public_id, a.status, a.published_revision, r.content ->> 'title' as title,
                r.content ->> 'tlp' as tlp, array(select jsonb_array_elements_text(r.content -> 'recipients')) as recipients
            from advisory a join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
            where a.published_revision > 0""";

    /** Rows of one indicator of one advisory come together, oldest revision first. */
    private static final String INDICATORS = """
            select r.advisory_id, r.number, ri.indicator_key, ri.kind, ri.value, ri.normalized, ri.chain, ri.chain_name,
                ri.asset, ri.platform, ri.valid_until
            from advisory_revision r
            join advisory a on a.id = r.advisory_id and r.number <= a.published_revision
            join revision_indicator ri on ri.revision_id = r.id""";

    private static final String ORDER = " order by r.advisory_id, ri.indicator_key, r.number";

    /** Every published advisory's entries. */
    Map<UUID, List<ScreeningIndex.Keyed>> loadAll(Connection c) throws SQLException {
        return loadWhere(c, null);
    }

    /** One advisory's entries; empty when it has no published revision. */
    List<ScreeningIndex.Keyed> load(Connection c, UUID advisory) throws SQLException {
        return loadWhere(c, advisory).getOrDefault(advisory, List.of());
    }

    private Map<UUID, List<ScreeningIndex.Keyed>> loadWhere(Connection c, UUID only) throws SQLException {
        Map<UUID, PublishedAdvisory> advisories = advisories(c, only);
        Map<UUID, List<ScreeningIndex.Keyed>> out = new HashMap<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
        try (PreparedStatement ps = c.prepareStatement(INDICATORS + (only == null ? "" : " where r.advisory_id = ?") + ORDER)) {
            if (only != null) {
                ps.setObject(1, only);
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                collect(rs, advisories, out);
            }
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return out;
    }

    private static void collect(ResultSet rs, Map<UUID, PublishedAdvisory> advisories,
            Map<UUID, List<ScreeningIndex.Keyed>> out) throws SQLException {
        Row current = null;
        List<Integer> revisions = new ArrayList<>();
        while (rs.next()) {
            Row row = Row.of(rs);
            if (current != null && !current.sameIndicator(row)) {
                add(current, revisions, advisories, out);
                revisions.clear();
            }
            current = row;
            revisions.add(row.revision());
        }
        if (current != null) {
            add(current, revisions, advisories, out);
        }
    }

    private static void add(Row row, List<Integer> revisions, Map<UUID, PublishedAdvisory> advisories,
            Map<UUID, List<ScreeningIndex.Keyed>> out) {
        PublishedAdvisory advisory = advisories.get(row.advisory());
        if (advisory == null) {
            return; // published between the two queries; its notification brings it in
        }
        IndexedIndicator indicator = new IndexedIndicator(advisory, row.key(), row.kind(), row.value(), row.chain(),
                row.chainName(), row.asset(), row.platform(), revisions.stream().mapToInt(Integer::intValue).toArray(),
                row.validUntil() == null ? null : row.validUntil().toInstant());
        out.computeIfAbsent(row.advisory(), a -> new ArrayList<>()).add(new ScreeningIndex.Keyed(row.normalized(), indicator));
    }

    private static Map<UUID, PublishedAdvisory> advisories(Connection c, UUID only) throws SQLException {
        Map<UUID, PublishedAdvisory> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ADVISORIES + (only == null ? "" : " and a.id = ?"))) {
            if (only != null) {
                ps.setObject(1, only);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    Array recipients = rs.getArray("recipients");
                    out.put(id, new PublishedAdvisory(id, rs.getString("public_id"), rs.getString("title"),
                            Tlp.parse(rs.getString("tlp")), Set.of((String[]) recipients.getArray()),
                            "WITHDRAWN".equals(rs.getString("status")), rs.getInt("published_revision")));
                }
            }
        }
        return out;
    }

    /** One revision's row of one indicator. */
    private record Row(UUID advisory, int revision, UUID key, IndicatorKind kind, String value, String normalized,
            Chain chain, String chainName, String asset, String platform, OffsetDateTime validUntil) {

        static Row of(ResultSet rs) throws SQLException {
            String chain = rs.getString("chain");
            return new Row(rs.getObject("advisory_id", UUID.class), rs.getInt("number"),
                    rs.getObject("indicator_key", UUID.class), IndicatorKind.valueOf(rs.getString("kind")),
                    rs.getString("value"), rs.getString("normalized"), chain == null ? null : Chain.valueOf(chain),
                    rs.getString("chain_name"), rs.getString("asset"), rs.getString("platform"),
                    rs.getObject("valid_until", OffsetDateTime.class));
        }

        boolean sameIndicator(Row other) {
            return advisory.equals(other.advisory) && key.equals(other.key);
        }
    }
}
