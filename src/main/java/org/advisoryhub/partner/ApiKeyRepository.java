package org.advisoryhub.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public Optional<ApiKey> findByKeyId(String keyId) {
        return find("keyId", keyId).firstResultOptional();
    }

    public List<ApiKey> listFor(String organizationId) {
        return list("organizationId", Sort.by("createdAt"), organizationId);
    }
}
