package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.advisoryhub.common.time.Timestamps;

/** Partners' sightings as the distribution table holds them: the latest version of each one a partner submitted. */
@ApplicationScoped
public class SubmittedSightingRepository {

    /** The latest version of every sighting a partner submitted; revoked ones too, for their submitter. */
    private static final String SUBMITTED = """
            select date_added, stix_id, submitted_by, body from stix_object
            where type = 'sighting' and latest and collection_id is not null""";
    /** What officials count: the submitted sightings not revoked. */
    private static final String STANDING = SUBMITTED + " and not revoked";

    private final EntityManager em;

    public SubmittedSightingRepository(EntityManager em) {
        this.em = em;
    }

    /** Every sighting of any of these indicators. */
    List<SubmittedSightings.Stored> of(Collection<String> indicatorIds) {
        return read(
                STANDING + " and sighting_of_ref = any(cast(:refs as varchar[])) order by date_added",
                indicatorIds,
                null,
                null,
                null,
                Integer.MAX_VALUE);
    }

    /** Sightings of these indicators added before {@code before} (null: any), newest first. */
    List<SubmittedSightings.Stored> of(Collection<String> indicatorIds, Instant before, int limit) {
        return read(
                STANDING + " and sighting_of_ref = any(cast(:refs as varchar[]))"
                        + " and (cast(:at as timestamptz) is null or date_added < cast(:at as timestamptz))"
                        + " order by date_added desc",
                indicatorIds,
                before,
                null,
                null,
                limit);
    }

    /** Whether this sighting is one of these indicators'. */
    boolean isOf(Collection<String> indicatorIds, String stixId) {
        return !read(
                        STANDING + " and sighting_of_ref = any(cast(:refs as varchar[])) and stix_id = :id",
                        indicatorIds,
                        null,
                        null,
                        stixId,
                        1)
                .isEmpty();
    }

    /** One organization's sightings added before {@code before} (null: any), newest first. */
    List<SubmittedSightings.Stored> by(String organizationId, Instant before, int limit) {
        return read(
                SUBMITTED + " and submitted_by = :org"
                        + " and (cast(:at as timestamptz) is null or date_added < cast(:at as timestamptz))"
                        + " order by date_added desc",
                null,
                before,
                organizationId,
                null,
                limit);
    }

    /** One of the organization's sightings. */
    Optional<SubmittedSightings.Stored> one(String organizationId, String stixId) {
        return read(SUBMITTED + " and submitted_by = :org and stix_id = :id", null, null, organizationId, stixId, 1)
                .stream()
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<SubmittedSightings.Stored> read(
            String sql, Collection<String> refs, Instant before, String org, String id, int limit) {
        var q = em.createNativeQuery(sql + (limit == Integer.MAX_VALUE ? "" : " limit " + limit), Tuple.class);
        if (refs != null) {
            q.setParameter("refs", "{" + String.join(",", refs) + "}");
        }
        if (sql.contains(":at")) {
            q.setParameter("at", before);
        }
        if (org != null) {
            q.setParameter("org", org);
        }
        if (id != null) {
            q.setParameter("id", id);
        }
        return ((List<Tuple>) q.getResultList())
                .stream()
                        .map(t -> new SubmittedSightings.Stored(
                                t.get("stix_id", String.class),
                                t.get("submitted_by", String.class),
                                t.get("body", String.class),
                                Timestamps.of(t.get("date_added"))))
                        .toList();
    }
}
