package org.advisoryhub.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Officials' console preferences, by user name (local accounts and Keycloak officials alike). */
@ApplicationScoped
public class PreferenceRepository {

    private final EntityManager em;

    public PreferenceRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    Optional<String> timeZone(String username) {
        List<String> rows = em.createNativeQuery("select time_zone from official_preference where username = :u")
                .setParameter("u", username)
                .getResultList();
        return rows.stream().findFirst();
    }

    void setTimeZone(String username, String zone, Instant now) {
        em.createNativeQuery("insert into official_preference (username, time_zone, updated_at) values (:u, :z, :now)"
                        + " on conflict (username) do update set time_zone = excluded.time_zone,"
                        + " updated_at = excluded.updated_at")
                .setParameter("u", username)
                .setParameter("z", zone)
                .setParameter("now", now)
                .executeUpdate();
    }

    void clearTimeZone(String username) {
        em.createNativeQuery("delete from official_preference where username = :u")
                .setParameter("u", username)
                .executeUpdate();
    }
}
