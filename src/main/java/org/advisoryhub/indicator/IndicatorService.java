package org.advisoryhub.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryAccess;
import org.advisoryhub.advisory.PublicationPorts;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ConflictException;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.indicator.dto.BulkItemResult;
import org.advisoryhub.indicator.dto.BulkReport;
import org.advisoryhub.indicator.dto.BulkRequest;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.indicator.validation.InvalidIndicatorException;

/** An advisory's working indicator set: validated, de-duplicated by normalized value, changed atomically. */
@ApplicationScoped
@Transactional
public class IndicatorService implements PublicationPorts.IndicatorCounts {

    private final IndicatorRepository indicators;
    private final AdvisoryAccess access;
    private final HubConfig config;
    private final Clock clock;
    private final AuditService audit;

    public IndicatorService(
            IndicatorRepository indicators, AdvisoryAccess access, HubConfig config, Clock clock, AuditService audit) {
        this.indicators = indicators;
        this.access = access;
        this.config = config;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Adds many indicators at once. Any invalid item refuses the whole request (nothing is saved) with a
     * problem listing every bad item; duplicates merge into the existing indicator.
     */
    public BulkReport addBulk(String publicId, BulkRequest request, Long expectedVersion, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.DRAFTER);
        advisory.checkVersion(expectedVersion);
        Instant now = clock.instant();
        Plan plan = plan(advisory, BulkParser.parse(request), now);
        if (plan.hasInvalid()) {
            throw new ValidationFailedException(
                    plan.invalidCount() + " of " + plan.results.size() + " indicators are invalid; nothing was saved",
                    plan.violations());
        }
        List<BulkItemResult> saved = apply(advisory, plan, now);
        advisory.indicatorsChanged(actor, now);
        BulkReport report = BulkReport.of(saved, true);
        audit.official(
                actor,
                "indicators.bulk-added",
                "advisory",
                advisory.publicId(),
                advisory.publicId(),
                Map.of("added", report.added(), "merged", report.merged(), "duplicates", report.duplicates()));
        return report;
    }

    /** The report {@link #addBulk} would give, without saving anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BulkReport validate(String publicId, BulkRequest request, Actor actor) {
        Advisory advisory = access.requireReadable(publicId, actor);
        return BulkReport.of(plan(advisory, BulkParser.parse(request), clock.instant()).results, false);
    }

    /** Detects and checks values with no advisory involved (nothing can be merged). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BulkReport validate(BulkRequest request) {
        return BulkReport.of(plan(null, BulkParser.parse(request), clock.instant()).results, false);
    }

    public IndicatorResponse add(String publicId, IndicatorInput input, Long expectedVersion, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.DRAFTER);
        advisory.checkVersion(expectedVersion);
        Instant now = clock.instant();
        NormalizedIndicator n = normalizeOne(input, now);
        requireAccounts(advisory, n, input);
        UUID key = IndicatorKeys.of(advisory.publicId(), n.dedupeKey());
        Indicator existing = indicators.findByKeys(advisory.id(), List.of(key)).get(key);
        if (existing != null) {
            throw new ConflictException("The advisory already has this indicator (id " + existing.id() + ")");
        }
        Indicator indicator = new Indicator(advisory.id(), key, n, now);
        indicators.persist(indicator);
        advisory.indicatorsChanged(actor, now);
        audit.official(
                actor,
                "indicator.added",
                "indicator",
                indicator.id().toString(),
                advisory.publicId(),
                Map.of("kind", n.kind().label(), "normalized", n.normalized()));
        return IndicatorMapper.toResponse(indicator);
    }

    public IndicatorResponse update(String publicId, UUID id, IndicatorInput input, Long expectedVersion, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.DRAFTER);
        advisory.checkVersion(expectedVersion);
        Indicator indicator = require(advisory, id);
        Instant now = clock.instant();
        NormalizedIndicator n = normalizeOne(input, indicator.validFrom());
        requireAccounts(advisory, n, input);
        UUID key = IndicatorKeys.of(advisory.publicId(), n.dedupeKey());
        Indicator clash = indicators.findByKeys(advisory.id(), List.of(key)).get(key);
        if (clash != null && !clash.id().equals(id)) {
            throw new ConflictException("The advisory already has this indicator (id " + clash.id() + ")");
        }
        indicator.replace(key, n, now);
        advisory.indicatorsChanged(actor, now);
        audit.official(
                actor,
                "indicator.changed",
                "indicator",
                id.toString(),
                advisory.publicId(),
                Map.of("kind", n.kind().label(), "normalized", n.normalized()));
        return IndicatorMapper.toResponse(indicator);
    }

    public void delete(String publicId, UUID id, Long expectedVersion, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.DRAFTER);
        advisory.checkVersion(expectedVersion);
        Indicator indicator = require(advisory, id);
        indicators.delete(indicator);
        advisory.indicatorsChanged(actor, clock.instant());
        audit.official(
                actor,
                "indicator.deleted",
                "indicator",
                id.toString(),
                advisory.publicId(),
                Map.of("normalized", indicator.values().normalized()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorResponse get(String publicId, UUID id, Actor actor) {
        Advisory advisory = requireWorkingCopy(publicId, actor);
        return IndicatorMapper.toResponse(require(advisory, id));
    }

    /** The working set, keyset-paged by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IndicatorResponse> list(String publicId, IndicatorKind kind, String cursor, int limit, Actor actor) {
        Advisory advisory = requireWorkingCopy(publicId, actor);
        Cursor after = Cursor.decode(cursor);
        return Keyset.page(
                limit,
                n -> indicators.page(advisory.id(), kind, after == null ? null : after.id(), n),
                i -> Cursor.after(i.id()),
                IndicatorMapper::toResponse);
    }

    /**
     * Records where indicators taken in from outside came from (a bundle's objects, partners' submissions); an
     * indicator that already has a source of record keeps it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cite(String publicId, Map<UUID, org.advisoryhub.indicator.dto.Provenance> sources, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.DRAFTER);
        Instant now = clock.instant();
        for (Map.Entry<UUID, org.advisoryhub.indicator.dto.Provenance> e : sources.entrySet()) {
            Indicator indicator = indicators.findById(e.getKey());
            if (indicator != null && indicator.advisoryId().equals(advisory.id())) {
                indicator.cite(e.getValue(), now);
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countFor(UUID advisoryId) {
        return indicators.countFor(advisoryId);
    }

    /**
     * Makes the working set exactly {@code wanted} (the importer's view of a file): removes what is gone,
     * adds what is new and replaces what changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceAll(Advisory advisory, List<NormalizedIndicator> wanted, Instant now) {
        Map<UUID, NormalizedIndicator> byKey = new LinkedHashMap<>();
        wanted.forEach(n -> byKey.putIfAbsent(IndicatorKeys.of(advisory.publicId(), n.dedupeKey()), n));
        Map<UUID, Indicator> current = new HashMap<>();
        indicators.listFor(advisory.id()).forEach(i -> current.put(i.key(), i));
        current.forEach((key, indicator) -> {
            if (!byKey.containsKey(key)) {
                indicators.delete(indicator);
            }
        });
        byKey.forEach((key, n) -> {
            Indicator existing = current.get(key);
            if (existing == null) {
                indicators.persist(new Indicator(advisory.id(), key, n, now));
            } else {
                existing.replace(key, n, now);
            }
        });
    }

    private Advisory requireWorkingCopy(String publicId, Actor actor) {
        Advisory advisory = access.requireReadable(publicId, actor);
        if (!access.seesWorkingCopy(advisory, actor)) {
            // Other organizations read published indicators through the revisions.
            throw new NotFoundException("Working indicator set of advisory", publicId);
        }
        return advisory;
    }

    private Indicator require(Advisory advisory, UUID id) {
        Indicator indicator = indicators.findById(id);
        if (indicator == null || !indicator.advisoryId().equals(advisory.id())) {
            throw new NotFoundException("Indicator", String.valueOf(id));
        }
        return indicator;
    }

    private void requireAccounts(Advisory advisory, NormalizedIndicator n, IndicatorInput input) {
        String missing = missingAccount(advisory, n, java.util.Set.of());
        if (missing != null) {
            throw new ValidationFailedException(
                    "The indicator is invalid: " + missing,
                    List.of(new Violation("persona.accounts", missing, null, input.value())));
        }
    }

    private static NormalizedIndicator normalizeOne(IndicatorInput input, Instant defaultValidFrom) {
        if (input == null) {
            throw ValidationFailedException.of("body", "an indicator is required");
        }
        try {
            return IndicatorNormalizer.normalize(input, defaultValidFrom);
        } catch (InvalidIndicatorException e) {
            throw new ValidationFailedException(
                    "The indicator is invalid: " + e.getMessage(),
                    List.of(new Violation(e.field(), e.getMessage(), null, input.value())));
        }
    }

    private Plan plan(Advisory advisory, List<BulkParser.Submitted> submitted, Instant now) {
        int max = config.indicators().maxBulkItems();
        if (submitted.isEmpty()) {
            throw ValidationFailedException.of("items", "no indicators were given");
        }
        if (submitted.size() > max) {
            throw ValidationFailedException.of(
                    "items", "at most " + max + " indicators per request, got " + submitted.size());
        }
        Plan plan = new Plan();
        Map<String, Integer> firstByKey = new HashMap<>();
        Map<UUID, NormalizedIndicator> toCheck = new LinkedHashMap<>();
        for (BulkParser.Submitted s : submitted) {
            NormalizedIndicator n;
            try {
                n = IndicatorNormalizer.normalize(s.input(), now);
            } catch (InvalidIndicatorException e) {
                plan.add(s, null, null, BulkItemResult.Status.INVALID, null, null, e.field(), e.getMessage());
                continue;
            }
            Integer first = firstByKey.putIfAbsent(n.dedupeKey(), s.index());
            if (first != null) {
                plan.add(s, n, null, BulkItemResult.Status.DUPLICATE, null, first, null, null);
                continue;
            }
            UUID key = advisory == null ? null : IndicatorKeys.of(advisory.publicId(), n.dedupeKey());
            plan.add(s, n, key, BulkItemResult.Status.ADDED, null, null, null, null);
            if (key != null) {
                toCheck.put(key, n);
            }
        }
        if (advisory != null) {
            Map<UUID, Indicator> existing = indicators.findByKeys(advisory.id(), toCheck.keySet());
            plan.markMerged(existing);
            for (int i = 0; i < plan.results.size(); i++) {
                NormalizedIndicator n = plan.normalized.get(i);
                String missing = n == null ? null : missingAccount(advisory, n, firstByKey.keySet());
                if (missing != null && plan.results.get(i).status() != BulkItemResult.Status.INVALID) {
                    plan.invalidate(i, submitted.get(i), "persona.accounts", missing);
                }
            }
        }
        return plan;
    }

    /**
     * A persona's accounts are indicators of the same advisory, already there or added in the same request: the first
     * that is neither, as the reason, or null.
     */
    private String missingAccount(Advisory advisory, NormalizedIndicator n, java.util.Set<String> inRequest) {
        if (n.persona() == null || n.persona().accounts().isEmpty()) {
            return null;
        }
        Map<UUID, String> keys = new LinkedHashMap<>();
        n.persona().accounts().stream()
                .filter(a -> !inRequest.contains(a))
                .forEach(a -> keys.put(IndicatorKeys.of(advisory.publicId(), a), a));
        Map<UUID, Indicator> found = keys.isEmpty() ? Map.of() : indicators.findByKeys(advisory.id(), keys.keySet());
        return keys.entrySet().stream()
                .filter(k -> !found.containsKey(k.getKey()))
                .findFirst()
                .map(k ->
                        "the advisory has no indicator " + k.getValue() + "; add the account first or in the same list")
                .orElse(null);
    }

    private List<BulkItemResult> apply(Advisory advisory, Plan plan, Instant now) {
        List<BulkItemResult> out = new ArrayList<>(plan.results.size());
        for (int i = 0; i < plan.results.size(); i++) {
            BulkItemResult r = plan.results.get(i);
            NormalizedIndicator n = plan.normalized.get(i);
            UUID id = r.indicatorId();
            if (r.status() == BulkItemResult.Status.ADDED) {
                Indicator indicator = new Indicator(advisory.id(), plan.keys.get(i), n, now);
                indicators.persist(indicator);
                id = indicator.id();
            } else if (r.status() == BulkItemResult.Status.MERGED) {
                plan.existing.get(plan.keys.get(i)).mergeFrom(n, now);
            }
            out.add(Plan.withId(r, id));
        }
        return out;
    }

    /** The outcome per item, before anything is written. */
    private static final class Plan {
        final List<BulkItemResult> results = new ArrayList<>();
        final List<NormalizedIndicator> normalized = new ArrayList<>();
        final List<UUID> keys = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();
        Map<UUID, Indicator> existing = Map.of();

        void add(
                BulkParser.Submitted s,
                NormalizedIndicator n,
                UUID key,
                BulkItemResult.Status status,
                UUID id,
                Integer duplicateOf,
                String field,
                String reason) {
            results.add(new BulkItemResult(
                    s.index(),
                    s.line(),
                    s.input().value(),
                    status,
                    n == null ? null : n.kind().label(),
                    n == null || n.chain() == null ? null : n.chain().name(),
                    n == null ? null : n.platform(),
                    n == null ? null : n.normalized(),
                    id,
                    duplicateOf,
                    field,
                    reason));
            normalized.add(n);
            keys.add(key);
            if (status == BulkItemResult.Status.INVALID) {
                String path = s.line() != null ? s.field() : s.field() + "." + field;
                violations.add(new Violation(path, reason, s.line(), s.input().value()));
            }
        }

        /** Refuses an item found valid on its own (a persona naming an account the advisory lacks). */
        void invalidate(int i, BulkParser.Submitted s, String field, String reason) {
            BulkItemResult r = results.get(i);
            results.set(
                    i,
                    new BulkItemResult(
                            r.index(),
                            r.line(),
                            r.input(),
                            BulkItemResult.Status.INVALID,
                            r.kind(),
                            r.chain(),
                            r.platform(),
                            r.normalized(),
                            null,
                            null,
                            field,
                            reason));
            String path = s.line() != null ? s.field() : s.field() + "." + field;
            violations.add(new Violation(path, reason, s.line(), s.input().value()));
        }

        void markMerged(Map<UUID, Indicator> found) {
            existing = found;
            for (int i = 0; i < results.size(); i++) {
                Indicator hit = keys.get(i) == null ? null : found.get(keys.get(i));
                if (hit != null && results.get(i).status() == BulkItemResult.Status.ADDED) {
                    BulkItemResult r = results.get(i);
                    results.set(
                            i,
                            new BulkItemResult(
                                    r.index(),
                                    r.line(),
                                    r.input(),
                                    BulkItemResult.Status.MERGED,
                                    r.kind(),
                                    r.chain(),
                                    r.platform(),
                                    r.normalized(),
                                    hit.id(),
                                    null,
                                    null,
                                    null));
                }
            }
        }

        boolean hasInvalid() {
            return !violations.isEmpty();
        }

        int invalidCount() {
            return violations.size();
        }

        List<Violation> violations() {
            return violations;
        }

        static BulkItemResult withId(BulkItemResult r, UUID id) {
            return new BulkItemResult(
                    r.index(),
                    r.line(),
                    r.input(),
                    r.status(),
                    r.kind(),
                    r.chain(),
                    r.platform(),
                    r.normalized(),
                    id,
                    r.duplicateOf(),
                    r.field(),
                    r.reason());
        }
    }
}
