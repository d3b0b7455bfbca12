package org.advisoryhub.distribution;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads collections out of the distribution table. Every query is keyset-paged on {@code date_added}
 * (the primary key), so a page costs the same however deep it is, and re-applies the reader's visibility.
 */
@ApplicationScoped
public class CollectionObjectRepository {

    private final AgroalDataSource dataSource;

    /** Plain JDBC: a page is one statement, read without an ORM session or a transaction of its own. */
    public CollectionObjectRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page; without {@code bodies} (manifests, existence checks) the object bodies are not read. */
    public ObjectPage page(Audience audience, ObjectFilter filter, String stixId, boolean bodies) {
        List<ObjectRow> rows = new ArrayList<>();
        if (!filter.specVersionMatches()) {
            return new ObjectPage(rows, false);
        }
        StringBuilder sql = new StringBuilder("select date_added, stix_id, version, ")
                .append(bodies ? "body" : "null as body")
                .append(" from stix_object where ")
                .append(audience.view().sql("tlp_rank", "recipients", "advisory_id is null"));
        List<Object> params = new ArrayList<>(audience.view().parameters());
        if (audience.submissionsOf() == null) {
            sql.append(" and collection_id is null");
        } else {
            sql.append(" and collection_id = ? and submitted_by = ?");
            params.add(audience.submissionsOf());
            params.add(audience.view().organizationId());
        }
        if (!audience.types().isEmpty()) {
            List<String> types = new ArrayList<>(audience.types());
            types.addAll(Audience.SUPPORTING_TYPES);
            sql.append(" and type = any(?)");
            params.add(types);
        }
        if (filter.after() != null) {
            sql.append(" and date_added > ?");
            params.add(utc(filter.after()));
        }
        if (stixId != null) {
            sql.append(" and stix_id = ?");
            params.add(stixId);
        }
        if (!filter.ids().isEmpty()) {
            sql.append(" and stix_id = any(?)");
            params.add(filter.ids());
        }
        if (!filter.types().isEmpty()) {
            sql.append(" and type = any(?)");
            params.add(filter.types());
        }
        switch (filter.versions()) {
            case LAST -> sql.append(" and latest");
            case FIRST -> sql.append(" and first");
            case FIRST_AND_LAST -> sql.append(" and (first or latest)");
            case EXACT -> {
                sql.append(" and version = any(?)");
                params.add(new TimestampList(filter.exactVersions().stream()
                        .map(i -> utc(i).toString())
                        .toList()));
            }
            case ALL -> {}
        }
        sql.append(" order by date_added limit ?");
        params.add(filter.limit() + 1);
        try (Connection c = dataSource.getConnection()) {
            query(c, sql.toString(), params, rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        boolean more = rows.size() > filter.limit();
        return new ObjectPage(more ? rows.subList(0, filter.limit()) : rows, more);
    }

    /** Timestamps sent as an array of RFC 3339 strings that PostgreSQL casts to {@code timestamptz[]}. */
    private record TimestampList(List<String> values) {}

    static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void query(Connection c, String sql, List<Object> params, List<ObjectRow> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof TimestampList times) {
                    ps.setArray(
                            i + 1, c.createArrayOf("timestamptz", times.values().toArray()));
                } else if (p instanceof List<?> list) {
                    ps.setArray(i + 1, c.createArrayOf("varchar", list.toArray()));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ObjectRow(
                            rs.getObject("date_added", OffsetDateTime.class).toInstant(),
                            rs.getString("stix_id"),
                            rs.getObject("version", OffsetDateTime.class).toInstant(),
                            rs.getBytes("body")));
                }
            }
        }
    }
}
