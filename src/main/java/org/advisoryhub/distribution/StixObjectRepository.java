package org.advisoryhub.distribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.common.db.CopyText;
import org.advisoryhub.common.db.TableStatistics;
import org.advisoryhub.common.time.Timestamps;
import org.hibernate.Session;

/**
 * Writes STIX object versions to the distribution table with unique, commit-ordered {@code date_added}, and answers
 * who holds which version (the collection reads are {@link CollectionObjectRepository}'s).
 */
@ApplicationScoped
public class StixObjectRepository {

    private static final int BATCH = 1000;
    private static final int LOOKUP_BATCH = 10_000;
    private static final int BULK_ROWS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One version to store; {@code tlp} is a {@link org.advisoryhub.advisory.Tlp#rank()}. */
    public record Row(
            String stixId,
            String type,
            Instant version,
            UUID advisoryId,
            int tlp,
            List<String> recipients,
            boolean revoked,
            ObjectNode body,
            UUID collectionId,
            String submittedBy) {

        /** A version of hub content (visible through the audiences of every read collection). */
        public static Row hub(
                String stixId,
                String type,
                Instant version,
                UUID advisoryId,
                int tlp,
                List<String> recipients,
                boolean revoked,
                ObjectNode body) {
            return new Row(stixId, type, version, advisoryId, tlp, recipients, revoked, body, null, null);
        }
    }

    private final EntityManager em;
    private final TaxiiHead head;
    private final TableStatistics statistics;

    public StixObjectRepository(EntityManager em, TaxiiHead head, TableStatistics statistics) {
        this.em = em;
        this.head = head;
        this.statistics = statistics;
    }

    /** Whether any version stored is this advisory's. */
    public boolean holdsAdvisory(UUID advisoryId) {
        return !em.createNativeQuery("select 1 from stix_object where advisory_id = :a limit 1")
                .setParameter("a", advisoryId)
                .getResultList()
                .isEmpty();
    }

    /** The (stix_id|version) pairs already stored for these ids. */
    public Set<String> existingVersions(Collection<String> stixIds) {
        Set<String> out = new HashSet<>();
        byIds(
                stixIds,
                "select stix_id, version from stix_object where stix_id = any(?)",
                rs -> out.add(key(
                        rs.getString("stix_id"),
                        rs.getObject("version", java.time.OffsetDateTime.class).toInstant())));
        return out;
    }

    /** The latest version the hub published of each of these ids that it has published (partner copies aside). */
    public Map<String, ObjectNode> latest(Collection<String> stixIds) {
        Map<String, ObjectNode> out = new HashMap<>();
        // The body as the UTF-8 bytes it is sent in: a large report is parsed without a copy as a String.
        byIds(stixIds, """
                select distinct on (stix_id) stix_id, body from stix_object
                where stix_id = any(?) and collection_id is null order by stix_id, version desc""", rs -> out.put(rs.getString("stix_id"), parse(rs.getBytes("body"))));
        return out;
    }

    /** Reads one row of a lookup by ids. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql}, whose one parameter is an array of ids, over the distinct ids in chunks. */
    private void byIds(Collection<String> stixIds, String sql, RowReader reader) {
        List<String> ids = List.copyOf(new HashSet<>(stixIds));
        em.unwrap(Session.class).doWork(c -> {
            for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH));
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setArray(1, c.createArrayOf("varchar", chunk.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            reader.read(rs);
                        }
                    }
                }
            }
        });
    }

    private static ObjectNode parse(byte[] body) {
        try {
            return (ObjectNode) JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("a stored STIX object is not JSON", e);
        }
    }

    /**
     * Every stored version of each of these ids, as {@code stix_id|version|collection|organization}, so that a
     * submission can tell its own earlier versions from another creator's.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Set<String>> holders(Set<String> stixIds) {
        Map<String, Set<String>> out = new HashMap<>();
        stixIds.forEach(id -> out.put(id, new HashSet<>()));
        if (stixIds.isEmpty()) {
            return out;
        }
        List<Tuple> rows = em.createNativeQuery("""
                select stix_id, version, cast(collection_id as text) as collection_id, submitted_by from stix_object
                where stix_id in (:ids)""", Tuple.class)
                .setParameter("ids", stixIds)
                .getResultList();
        for (Tuple r : rows) {
            String id = r.get("stix_id", String.class);
            out.get(id)
                    .add(key(id, Timestamps.of(r.get("version"))) + "|" + r.get("collection_id", String.class) + "|"
                            + r.get("submitted_by", String.class));
        }
        return out;
    }

    /**
     * Deletes an organization's versions of an object in a collection (all when {@code versions} is empty) and marks
     * the first and latest of what remains; returns how many were deleted.
     */
    public int deleteSubmitted(String stixId, UUID collection, String organizationId, List<Instant> versions) {
        String versionFilter = versions.isEmpty() ? "" : " and version = any(cast(:versions as timestamptz[]))";
        var query = em.createNativeQuery("delete from stix_object where stix_id = :id and collection_id = :c"
                        + " and submitted_by = :org" + versionFilter)
                .setParameter("id", stixId)
                .setParameter("c", collection)
                .setParameter("org", organizationId);
        if (!versions.isEmpty()) {
            query.setParameter(
                    "versions",
                    "{"
                            + String.join(
                                    ",",
                                    versions.stream().map(Instant::toString).toList()) + "}");
        }
        int deleted = query.executeUpdate();
        if (deleted > 0) {
            settleVersionOrder(List.of(stixId));
            // A deletion can make an older version the latest: every instance forgets the reads it knew empty.
            em.createNativeQuery("update taxii_clock set last = last where id = 1")
                    .executeUpdate();
            head.changedOnCommit();
        }
        return deleted;
    }

    /**
     * Marks each id's first and latest version by {@code version}, not by arrival. The hub appends its own versions
     * in order; a partner may send an older version after a newer one, or delete the newest.
     */
    public void settleVersionOrder(Collection<String> stixIds) {
        if (stixIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        update stix_object s set latest = (s.version = m.maxv), first = (s.version = m.minv)
                        from (select stix_id, max(version) maxv, min(version) minv from stix_object
                              where stix_id = any(cast(:ids as varchar[])) group by stix_id) m
                        where s.stix_id = m.stix_id
                          and (s.latest <> (s.version = m.maxv) or s.first <> (s.version = m.minv))""")
                .setParameter("ids", textArray(List.copyOf(stixIds)))
                .executeUpdate();
    }

    static String key(String stixId, Instant version) {
        return stixId + "|" + version.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Appends versions in order. Takes the clock row lock first: {@code date_added} values are handed out and
     * committed in the same order, so a client that saw one can never miss an earlier one committed later.
     */
    public void append(List<Row> rows, Set<String> storedIds, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() >= BULK_ROWS) {
            // A large publication changes the table's shape; the next one's lookups must still use the indexes.
            statistics.refreshAfterCommit(TableStatistics.Table.STIX_OBJECT);
        }
        em.unwrap(Session.class).doWork(c -> {
            Instant base = nextBase(c, now);
            copy(c, rows, storedIds, base);
            demoteOlderVersions(c, rows, storedIds, base);
            head.advanceOnCommit(base.plus(rows.size() - 1L, ChronoUnit.MICROS));
            try (PreparedStatement ps = c.prepareStatement("update taxii_clock set last = ? where id = 1")) {
                ps.setObject(1, CollectionObjectRepository.utc(base.plus(rows.size() - 1L, ChronoUnit.MICROS)));
                ps.executeUpdate();
            }
        });
    }

    /**
     * Writes the rows with {@code COPY}, the bulk path: a first publication of a large advisory writes hundreds of
     * thousands of versions, which one-by-one inserts would spend most of their time on.
     */
    private static void copy(java.sql.Connection c, List<Row> rows, Set<String> storedIds, Instant base)
            throws SQLException {
        Map<String, Integer> lastIndex = new HashMap<>();
        Map<List<String>, String> arrays = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            lastIndex.put(rows.get(i).stixId(), i);
            arrays.computeIfAbsent(rows.get(i).recipients(), StixObjectRepository::textArray);
        }
        Set<String> firstSeen = new HashSet<>(storedIds);
        List<Numbered> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            numbered.add(new Numbered(i, r, firstSeen.add(r.stixId()), lastIndex.get(r.stixId()) == i));
        }
        try (CopyText copy = CopyText.start(c, """
                copy stix_object (date_added, stix_id, type, version, advisory_id, tlp_rank, recipients, revoked, first,
                    latest, body, collection_id, submitted_by, sighting_of_ref) from stdin""")) {
            copy.rowsAhead(numbered, 1000, (n, out) -> {
                Row r = n.row();
                out.field(base.plus(n.index(), ChronoUnit.MICROS))
                        .field(r.stixId())
                        .field(r.type())
                        .field(r.version())
                        .field(r.advisoryId() == null ? null : r.advisoryId().toString())
                        .field(Integer.toString(r.tlp()))
                        .field(arrays.get(r.recipients()))
                        .field(r.revoked() ? "t" : "f")
                        .field(n.first() ? "t" : "f")
                        .field(n.latest() ? "t" : "f")
                        .field(json(r.body()))
                        .field(
                                r.collectionId() == null
                                        ? null
                                        : r.collectionId().toString())
                        .field(r.submittedBy())
                        .field(
                                r.type().equals("sighting")
                                        ? r.body().path("sighting_of_ref").textValue()
                                        : null)
                        .endRow();
            });
            copy.finish();
        }
    }

    /** A row with its place in the append and whether it is its id's first and latest version. */
    private record Numbered(int index, Row row, boolean first, boolean latest) {}

    private static byte[] json(ObjectNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code text[]} literal, each element quoted. */
    private static String textArray(List<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            array.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return array.append('}').toString();
    }

    /** The newest {@code date_added} handed out, read on the caller's connection. */
    static Instant clock(java.sql.Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select last from taxii_clock where id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject("last", java.time.OffsetDateTime.class).toInstant();
        }
    }

    private static Instant nextBase(java.sql.Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select last from taxii_clock where id = 1 for update");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            Instant last = rs.getObject("last", java.time.OffsetDateTime.class).toInstant();
            Instant candidate = now.truncatedTo(ChronoUnit.MICROS);
            return candidate.isAfter(last) ? candidate : last.plus(1, ChronoUnit.MICROS);
        }
    }

    /** Only ids stored before can have an older latest version. */
    private static void demoteOlderVersions(java.sql.Connection c, List<Row> rows, Set<String> storedIds, Instant base)
            throws SQLException {
        List<String> ids = new ArrayList<>(rows.stream()
                .map(Row::stixId)
                .filter(storedIds::contains)
                .distinct()
                .toList());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try (PreparedStatement ps = c.prepareStatement(
                    "update stix_object set latest = false where latest and stix_id = any(?) and date_added < ?")) {
                ps.setArray(1, c.createArrayOf("varchar", chunk.toArray()));
                ps.setObject(2, CollectionObjectRepository.utc(base));
                ps.executeUpdate();
            }
        }
    }
}
