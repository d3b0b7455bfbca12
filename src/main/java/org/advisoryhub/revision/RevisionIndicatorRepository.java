package org.advisoryhub.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.common.db.JdbcRows;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.HashAlgorithm;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.indicator.dto.PersonaDetails;
import org.advisoryhub.indicator.dto.Provenance;
import org.hibernate.Session;

/**
 * A revision's indicators read whole, in key order, as plain rows on the transaction's connection: a publication, a
 * bundle or a diff of a large advisory reads 100,000 of them, which as managed entities cost more than the mapping.
 */
@ApplicationScoped
class RevisionIndicatorRepository {

    private static final String COLUMNS = """
            select indicator_key, kind, value, normalized, chain, chain_name, asset, hash_algorithm, file_name, platform,
                valid_from, valid_until, confidence, description, source_name, source_url, persona, provenance
            from revision_indicator where revision_id = ?""";
    private static final int KEYS_PER_QUERY = 10_000;

    private final EntityManager em;

    RevisionIndicatorRepository(EntityManager em) {
        this.em = em;
    }

    /** Every indicator of the revision, in key order. */
    List<IndicatorResponse> all(UUID revisionId) {
        List<IndicatorResponse> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " order by indicator_key")) {
                ps.setObject(1, revisionId);
                read(ps, out);
            }
        });
        return out;
    }

    /**
     * The advisory's working indicators as a revision frozen now would have them, in key order: an indicator without an
     * end of its own ends at {@code reviewBy}.
     */
    List<IndicatorResponse> working(UUID advisoryId, Instant reviewBy) {
        List<IndicatorResponse> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select indicator_key, kind, value, normalized, chain, chain_name, asset, hash_algorithm, file_name,
                        platform, valid_from, coalesce(valid_until, ?) as valid_until, confidence, description,
                        source_name, source_url, persona, provenance
                    from working_indicator where advisory_id = ? order by indicator_key""")) {
                ps.setObject(1, OffsetDateTime.ofInstant(reviewBy, ZoneOffset.UTC));
                ps.setObject(2, advisoryId);
                read(ps, out);
            }
        });
        return out;
    }

    /** These indicators of the revision (those it has), in key order. */
    List<IndicatorResponse> some(UUID revisionId, Collection<UUID> keys) {
        List<UUID> all = List.copyOf(keys);
        List<IndicatorResponse> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
                try (PreparedStatement ps = c.prepareStatement(COLUMNS + " and indicator_key = any(?)")) {
                    ps.setObject(1, revisionId);
                    ps.setArray(
                            2,
                            c.createArrayOf(
                                    "uuid",
                                    all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY))
                                            .toArray()));
                    read(ps, out);
                }
            }
        });
        out.sort(java.util.Comparator.comparing(IndicatorResponse::key));
        return out;
    }

    private static void read(PreparedStatement ps, List<IndicatorResponse> out) throws SQLException {
        ps.setFetchSize(5_000);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(indicator(rs));
            }
        }
    }

    private static IndicatorResponse indicator(ResultSet rs) throws SQLException {
        String chain = rs.getString("chain");
        String hash = rs.getString("hash_algorithm");
        return new IndicatorResponse(
                null,
                rs.getObject("indicator_key", UUID.class),
                IndicatorKind.valueOf(rs.getString("kind")),
                rs.getString("value"),
                rs.getString("normalized"),
                chain == null ? null : Chain.valueOf(chain),
                rs.getString("chain_name"),
                rs.getString("asset"),
                hash == null ? null : HashAlgorithm.valueOf(hash),
                rs.getString("file_name"),
                rs.getString("platform"),
                JdbcRows.instant(rs, "valid_from"),
                JdbcRows.instant(rs, "valid_until"),
                rs.getObject("confidence", Integer.class),
                rs.getString("description"),
                rs.getString("source_name"),
                rs.getString("source_url"),
                json(rs.getString("persona"), PersonaDetails.class),
                json(rs.getString("provenance"), Provenance.class));
    }

    /** Reads what the hub wrote, and what a later version may add beside it. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Details stored as JSON (written by the hub from these records), or null. */
    private static <T> T json(String json, Class<T> type) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable " + type.getSimpleName(), e);
        }
    }
}
