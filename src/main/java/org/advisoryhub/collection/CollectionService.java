package org.advisoryhub.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.collection.dto.CollectionRequest;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.db.CommitNotices;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.Actor;

/** The audiences partners pull from; admins define them. */
@ApplicationScoped
@Transactional
public class CollectionService {

    private final CollectionRepository collections;
    private final CollectionCache cache;
    private final CommitNotices notices;
    private final AuditService audit;
    private final Clock clock;

    public CollectionService(
            CollectionRepository collections,
            CollectionCache cache,
            CommitNotices notices,
            AuditService audit,
            Clock clock) {
        this.collections = collections;
        this.cache = cache;
        this.notices = notices;
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
        notices.afterCommit(cache, "*");
        return CollectionMapper.toResponse(c);
    }

    /** Every collection in id order; from this instance's cache, which edits on any instance empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CollectionResponse> list() {
        List<CollectionResponse> cached = cache.get();
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        List<CollectionResponse> loaded = collections.listById().stream()
                .map(CollectionMapper::toResponse)
                .toList();
        cache.remember(generation, loaded);
        return loaded;
    }

    /** Finds a collection by its alias or its id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CollectionResponse> find(String idOrAlias) {
        List<CollectionResponse> all = list();
        return all.stream()
                .filter(c -> c.alias().equals(idOrAlias))
                .findFirst()
                .or(() -> all.stream()
                        .filter(c -> c.id().toString().equalsIgnoreCase(idOrAlias))
                        .findFirst());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionResponse require(String idOrAlias) {
        return find(idOrAlias).orElseThrow(() -> new NotFoundException("Collection", idOrAlias));
    }
}
