package org.advisoryhub.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.collection.dto.CollectionRequest;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.Actor;

/** The audiences partners pull from; admins define them. */
@ApplicationScoped
@Transactional
public class CollectionService {

    private final CollectionRepository collections;
    private final AuditService audit;
    private final Clock clock;

    public CollectionService(CollectionRepository collections, AuditService audit, Clock clock) {
        this.collections = collections;
        this.audit = audit;
        this.clock = clock;
    }

    public CollectionResponse upsert(String alias, @NotNull @Valid CollectionRequest request, Actor actor) {
        audit.official(
                actor,
                "collection.saved",
                "collection",
                alias,
                null,
                Map.of(
                        "tlpCeiling",
                        request.tlpCeiling().label(),
                        "acceptsWrites",
                        Boolean.TRUE.equals(request.acceptsWrites()),
                        "addressedOnly",
                        Boolean.TRUE.equals(request.addressedOnly())));
        List<String> types = request.objectTypes() == null ? List.of() : request.objectTypes();
        Optional<Collection> existing = collections.findByAlias(alias);
        Collection c = existing.orElseGet(() -> new Collection(alias, clock.instant()));
        boolean writes = Boolean.TRUE.equals(request.acceptsWrites());
        boolean addressed = Boolean.TRUE.equals(request.addressedOnly());
        if (writes && addressed) {
            throw ValidationFailedException.of(
                    "addressedOnly", "a collection that accepts partner writes cannot also be addressed");
        }
        c.describe(request.title(), request.description(), request.tlpCeiling(), types, writes, addressed);
        if (existing.isEmpty()) {
            collections.persist(c);
        }
        return CollectionMapper.toResponse(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CollectionResponse> list() {
        return collections.listById().stream().map(CollectionMapper::toResponse).toList();
    }

    /** Finds a collection by its id or its alias. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CollectionResponse> find(String idOrAlias) {
        Optional<Collection> byAlias = collections.findByAlias(idOrAlias);
        if (byAlias.isPresent()) {
            return byAlias.map(CollectionMapper::toResponse);
        }
        try {
            return Optional.ofNullable(collections.findById(UUID.fromString(idOrAlias)))
                    .map(CollectionMapper::toResponse);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionResponse require(String idOrAlias) {
        return find(idOrAlias).orElseThrow(() -> new NotFoundException("Collection", idOrAlias));
    }
}
