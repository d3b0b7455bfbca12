package org.advisoryhub.actor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<CatalogActor, UUID> {

    public List<CatalogActor> listByName() {
        return listAll(Sort.by("name"));
    }

    public List<CatalogActor> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public Optional<CatalogActor> byMitreId(String mitreId) {
        return find("mitreId", mitreId).firstResultOptional();
    }

    public Optional<CatalogActor> byName(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** Actors one of whose aliases is this name (case-insensitive). */
    @SuppressWarnings("unchecked")
    public List<CatalogActor> byAlias(String alias) {
        return getEntityManager()
                .createNativeQuery("""
                select * from threat_actor where exists (
                    select 1 from jsonb_array_elements_text(aliases) x where lower(x) = lower(:alias))""", CatalogActor.class)
                .setParameter("alias", alias.strip())
                .getResultList();
    }
}
