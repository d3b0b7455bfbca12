package org.advisoryhub.distribution;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import org.advisoryhub.stix.StixIds;

/**
 * Loads the installation's STIX id key at start, making it on the very first start: every instance sharing the
 * database reads the same key, so all of them give an object the same id. Runs before the advisories are imported.
 */
@ApplicationScoped
public class StixIdKey {

    private final EntityManager em;

    public StixIdKey(EntityManager em) {
        this.em = em;
    }

    @Transactional
    void onStart(@Observes @Priority(5) StartupEvent event) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery("insert into stix_id_key (id, key) values (1, :key) on conflict (id) do nothing")
                .setParameter("key", fresh).executeUpdate();
        byte[] key = (byte[]) em.createNativeQuery("select key from stix_id_key where id = 1").getSingleResult();
        StixIds.useKey(key);
    }
}
