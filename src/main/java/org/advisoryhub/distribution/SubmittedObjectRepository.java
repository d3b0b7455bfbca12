package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import org.advisoryhub.common.time.Timestamps;

/** Partners' submitted objects of any type: the latest, unrevoked version of each. */
@ApplicationScoped
public class SubmittedObjectRepository {

    private static final String STANDING = """
            select date_added, stix_id, submitted_by, body from stix_object
            where latest and not revoked and collection_id is not null""";

    private final EntityManager em;

    public SubmittedObjectRepository(EntityManager em) {
        this.em = em;
    }

    List<SubmittedObjects.Stored> newest(String type, int limit) {
        return rows(em.createNativeQuery(
                        STANDING + " and type = :type order by date_added desc, stix_id limit :limit", Tuple.class)
                .setParameter("type", type)
                .setParameter("limit", limit)
                .getResultList());
    }

    List<SubmittedObjects.Stored> byIds(String organizationId, Collection<String> ids) {
        return rows(em.createNativeQuery(
                        STANDING + " and submitted_by = :org and stix_id = any(cast(:ids as varchar[]))", Tuple.class)
                .setParameter("org", organizationId)
                .setParameter("ids", "{" + String.join(",", ids) + "}")
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<SubmittedObjects.Stored> rows(List<?> found) {
        return ((List<Tuple>) found)
                .stream()
                        .map(t -> new SubmittedObjects.Stored(
                                t.get("stix_id", String.class),
                                t.get("submitted_by", String.class),
                                t.get("body", String.class),
                                Timestamps.of(t.get("date_added"))))
                        .toList();
    }
}
