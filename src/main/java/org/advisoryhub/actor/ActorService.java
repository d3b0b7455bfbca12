package org.advisoryhub.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.advisoryhub.actor.dto.ActorRequest;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.error.ConflictException;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.PreconditionRequiredException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.VersionMismatchException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.Actor;

/**
 * The shared threat-actor catalog: officials add and edit actors; advisories pick them by id, ATT&CK id, name or
 * alias. One actor is one intrusion-set with one STIX id in every advisory and feed; an edit publishes a new version.
 */
@ApplicationScoped
@Transactional
public class ActorService {

    private final ActorRepository actors;
    private final AuditService audit;
    private final Clock clock;
    private final Event<ActorChanged> changed;

    public ActorService(ActorRepository actors, AuditService audit, Clock clock, Event<ActorChanged> changed) {
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActorResponse> list() {
        return actors.listByName().stream().map(ActorMapper::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActorResponse get(UUID id) {
        return ActorMapper.toResponse(require(id));
    }

    /** The catalog entries behind these ids, as they are now (for the STIX mapping). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ActorResponse> current(Collection<UUID> ids) {
        Map<UUID, ActorResponse> out = new LinkedHashMap<>();
        actors.byIds(ids).forEach(a -> out.put(a.id(), ActorMapper.toResponse(a)));
        return out;
    }

    public ActorResponse create(@NotNull @Valid ActorRequest request, Actor actor) {
        requireUnique(request, null);
        CatalogActor a = new CatalogActor(request, actor.username(), clock.instant());
        actors.persist(a);
        actors.flush();
        audit.official(actor, "threat-actor.created", "threat-actor", a.id().toString(), null, details(a));
        return ActorMapper.toResponse(a);
    }

    public ActorResponse update(UUID id, @NotNull @Valid ActorRequest request, Long expectedVersion, Actor actor) {
        if (expectedVersion == null) {
            throw new PreconditionRequiredException();
        }
        CatalogActor a = require(id);
        if (a.version() != expectedVersion) {
            throw new VersionMismatchException(expectedVersion, a.version());
        }
        return save(a, request, actor);
    }

    /** Creates or updates an actor from the catalog file (matched by ATT&CK id, else name); unchanged ones stay. */
    public ActorResponse upsert(@NotNull @Valid ActorRequest request, Actor actor) {
        Optional<CatalogActor> existing =
                request.mitreId() != null ? actors.byMitreId(request.mitreId()) : Optional.empty();
        CatalogActor a = existing.or(() -> actors.byName(request.name())).orElse(null);
        if (a == null) {
            return create(request, actor);
        }
        return a.sameAs(request) ? ActorMapper.toResponse(a) : save(a, request, actor);
    }

    /**
     * Picks each actor from the catalog, by {@code id}, ATT&CK id, name or alias, and returns the catalog's snapshot
     * of it. An actor the catalog does not know is a 400 naming its place in the list.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActorResponse> resolve(List<ActorPick> picks, String field) {
        List<ActorResponse> out = new ArrayList<>();
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            ActorPick pick = picks.get(i);
            Optional<CatalogActor> found = find(pick);
            if (found.isEmpty()) {
                unknown.add(new Violation(
                        field + "[" + i + "]",
                        "is not in the threat-actor catalog; pick one by "
                                + "ATT&CK id or name from /api/v1/threat-actors, or add it there first",
                        null,
                        label(pick)));
                continue;
            }
            CatalogActor a = found.get();
            if (out.stream().noneMatch(t -> t.id().equals(a.id()))) {
                out.add(ActorMapper.toResponse(a));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationFailedException("Unknown threat actors", unknown);
        }
        return out;
    }

    /** The catalog's actor of this name or alias (as another producer's bundle names it), if the catalog has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActorResponse> named(String name) {
        return find(new ActorPick(null, null, name)).map(ActorMapper::toResponse);
    }

    private Optional<CatalogActor> find(ActorPick pick) {
        if (pick == null) {
            return Optional.empty();
        }
        if (pick.id() != null) {
            return Optional.ofNullable(actors.findById(pick.id()));
        }
        if (pick.mitreId() != null) {
            Optional<CatalogActor> byMitre = actors.byMitreId(pick.mitreId());
            if (byMitre.isPresent() || pick.name() == null) {
                return byMitre;
            }
        }
        if (pick.name() == null || pick.name().isBlank()) {
            return Optional.empty();
        }
        Optional<CatalogActor> byName = actors.byName(pick.name());
        if (byName.isPresent()) {
            return byName;
        }
        List<CatalogActor> byAlias = actors.byAlias(pick.name());
        return byAlias.size() == 1 ? Optional.of(byAlias.get(0)) : Optional.empty();
    }

    private ActorResponse save(CatalogActor a, ActorRequest request, Actor actor) {
        requireUnique(request, a.id());
        a.describe(request, actor.username(), clock.instant());
        actors.flush();
        ActorResponse saved = ActorMapper.toResponse(a);
        audit.official(actor, "threat-actor.updated", "threat-actor", a.id().toString(), null, details(a));
        changed.fire(new ActorChanged(saved));
        return saved;
    }

    private void requireUnique(ActorRequest request, UUID self) {
        actors.byName(request.name()).filter(o -> !o.id().equals(self)).ifPresent(o -> {
            throw new ConflictException("The catalog already has an actor named " + o.name() + " (" + o.id() + ")");
        });
        if (request.mitreId() != null) {
            actors.byMitreId(request.mitreId())
                    .filter(o -> !o.id().equals(self))
                    .ifPresent(o -> {
                        throw new ConflictException(
                                "The catalog already has " + request.mitreId() + ": " + o.name() + " (" + o.id() + ")");
                    });
        }
    }

    private CatalogActor require(UUID id) {
        CatalogActor a = actors.findById(id);
        if (a == null) {
            throw new NotFoundException("Threat actor", String.valueOf(id));
        }
        return a;
    }

    private static Map<String, Object> details(CatalogActor a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", a.name());
        if (a.mitreId() != null) {
            d.put("mitreId", a.mitreId());
        }
        return d;
    }

    private static String label(ActorPick pick) {
        if (pick == null) {
            return null;
        }
        return pick.mitreId() != null ? pick.mitreId() : pick.name() != null ? pick.name() : String.valueOf(pick.id());
    }
}
