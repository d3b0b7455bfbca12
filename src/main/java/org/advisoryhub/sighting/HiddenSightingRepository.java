package org.advisoryhub.sighting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The sightings officials hid from their views ({@code sighting_hidden}). */
@ApplicationScoped
public class HiddenSightingRepository {

    private final EntityManager em;

    public HiddenSightingRepository(EntityManager em) {
        this.em = em;
    }

    /** Hides one; false when it was hidden already. */
    boolean hide(String stixId, String username, String organizationId, Instant at, String reason) {
        return em.createNativeQuery("""
                insert into sighting_hidden (stix_id, hidden_by, organization_id, hidden_at, reason)
                values (:id, :by, :org, :at, :reason) on conflict (stix_id) do nothing""")
                        .setParameter("id", stixId)
                        .setParameter("by", username)
                        .setParameter("org", organizationId)
                        .setParameter("at", at)
                        .setParameter("reason", reason)
                        .executeUpdate()
                > 0;
    }

    /** Shows one again; false when it was not hidden. */
    boolean show(String stixId) {
        return em.createNativeQuery("delete from sighting_hidden where stix_id = :id")
                        .setParameter("id", stixId)
                        .executeUpdate()
                > 0;
    }

    /** Which of these sightings are hidden. */
    @SuppressWarnings("unchecked")
    Set<String> among(Collection<String> stixIds) {
        if (stixIds.isEmpty()) {
            return Set.of();
        }
        List<String> hidden = em.createNativeQuery("select stix_id from sighting_hidden where stix_id in (:ids)")
                .setParameter("ids", stixIds)
                .getResultList();
        return new HashSet<>(hidden);
    }
}
