package org.advisoryhub.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {

    public List<Organization> listByIds(Collection<String> ids) {
        return list("id in ?1", ids);
    }

    public List<Organization> listByName() {
        return listAll(Sort.by("name").and("id"));
    }
}
