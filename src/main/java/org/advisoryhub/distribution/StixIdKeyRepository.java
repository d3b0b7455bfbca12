package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The installation's single STIX id key. */
@ApplicationScoped
public class StixIdKeyRepository {

    private final EntityManager em;

    public StixIdKeyRepository(EntityManager em) {
        this.em = em;
    }

    /** The stored key; {@code fresh} becomes it when there is none yet (the first instance to start wins). */
    byte[] keyOrStore(byte[] fresh) {
        em.createNativeQuery("insert into stix_id_key (id, key) values (1, :key) on conflict (id) do nothing")
                .setParameter("key", fresh)
                .executeUpdate();
        return (byte[])
                em.createNativeQuery("select key from stix_id_key where id = 1").getSingleResult();
    }
}
