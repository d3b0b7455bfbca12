package org.advisoryhub.official;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OfficialRepository implements PanacheRepositoryBase<Official, UUID> {

    public Optional<Official> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public List<Official> listByUsername() {
        return listAll(Sort.by("username"));
    }

    /** Locks every enabled administrator's row until the transaction ends. */
    public void lockAdmins() {
        getEntityManager()
                .createNativeQuery("select id from official where enabled and 'admin' = any(roles) for update")
                .getResultList();
    }

    public long countOtherEnabledAdmins(String username) {
        return ((Number) getEntityManager()
                        .createNativeQuery(
                                "select count(*) from official where enabled and 'admin' = any(roles) and username <> :u")
                        .setParameter("u", username)
                        .getSingleResult())
                .longValue();
    }

    public boolean anyAdmin() {
        Object exists = getEntityManager()
                .createNativeQuery("select exists(select 1 from official where 'admin' = any(roles))", Boolean.class)
                .getSingleResult();
        return Boolean.TRUE.equals(exists);
    }
}
