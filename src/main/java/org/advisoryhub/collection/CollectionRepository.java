package org.advisoryhub.collection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CollectionRepository implements PanacheRepositoryBase<Collection, UUID> {

    public Optional<Collection> findByAlias(String alias) {
        return find("alias", alias).firstResultOptional();
    }

    /** Ordered by id, as TAXII interoperability testing expects. */
    public List<Collection> listById() {
        return listAll(Sort.by("id"));
    }
}
