package org.advisoryhub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.actor.ActorService;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryAccess;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.AdvisoryService;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ForbiddenOperationException;
import org.advisoryhub.common.error.JsonErrors;
import org.advisoryhub.common.error.PayloadTooLargeException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.StorableText;
import org.advisoryhub.indicator.IndicatorService;
import org.advisoryhub.indicator.dto.BulkItemResult;
import org.advisoryhub.indicator.dto.BulkReport;
import org.advisoryhub.indicator.dto.BulkRequest;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.intake.dto.IntakeDraft;
import org.advisoryhub.intake.dto.IntakeItem;
import org.advisoryhub.intake.dto.IntakeRecordResponse;
import org.advisoryhub.intake.dto.IntakeReport;
import org.advisoryhub.revision.PublishedRevisions;

/**
 * Starts an advisory from a received STIX 2.1 bundle, or adds a bundle to a draft: every indicator goes through the
 * same validation as typed input (IndicatorService), what cannot be represented is reported, the source's ids,
 * creators and references are kept, and values other published advisories carry are flagged. A dry run answers the
 * same report and saves nothing; a real one saves all of it in one transaction or nothing.
 */
@ApplicationScoped
public class IntakeService {

    private static final String[] DRAFTER = {Roles.DRAFTER};
    /** A dry run changes nothing: reviewers and publishers may see what a bundle holds too. */
    private static final String[] ROLES = {Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER};

    private final HubConfig config;
    private final ObjectMapper json;
    private final AdvisoryService advisories;
    private final AdvisoryAccess access;
    private final IndicatorService indicators;
    private final ActorService actors;
    private final PublishedRevisions published;
    private final IntakeRecordRepository records;
    private final AuditService audit;
    private final Clock clock;

    public IntakeService(
            HubConfig config,
            ObjectMapper json,
            AdvisoryService advisories,
            AdvisoryAccess access,
            IndicatorService indicators,
            ActorService actors,
            PublishedRevisions published,
            IntakeRecordRepository records,
            AuditService audit,
            Clock clock) {
        this.config = config;
        this.json = json;
        this.advisories = advisories;
        this.access = access;
        this.indicators = indicators;
        this.actors = actors;
        this.published = published;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads {@code body} (a STIX 2.1 bundle) and, unless {@code dryRun}, creates a draft from it or adds it to the
     * draft {@code into}. Returns what was read and done.
     */
    @Transactional
    public IntakeReport intake(String body, boolean dryRun, String into, Actor actor) {
        requireDrafter(actor, dryRun);
        BundleReader.Extraction read =
                BundleReader.read(parse(body), config.intake().maxObjects());
        Advisory target = into == null ? null : access.requireCoauthor(into, actor, dryRun ? ROLES : DRAFTER);
        Actors found = actors(read.proposal());
        IntakeDraft draft = draft(read, found);
        List<IndicatorInput> inputs =
                read.candidates().stream().map(BundleReader.Candidate::input).toList();
        BulkReport checked = inputs.isEmpty()
                ? BulkReport.of(List.of(), false)
                : target == null
                        ? indicators.validate(new BulkRequest(inputs, null, null, null))
                        : indicators.validate(target.publicId(), new BulkRequest(inputs, null, null, null), actor);
        String advisoryId = target == null ? null : target.publicId();
        List<BulkItemResult> results = checked.items();
        if (!dryRun) {
            if (target == null) {
                advisoryId =
                        advisories.create(content(read, draft, found), actor).id();
            }
            Origin origin =
                    new Origin(read.bundleId(), read.proposal().reportId(), read.creators(), read.objectCount());
            results = save(advisoryId, origin, read.candidates(), results, actor);
        }
        return report(read, draft, dryRun, advisoryId, results, actor);
    }

    private static void requireDrafter(Actor actor, boolean dryRun) {
        if (!actor.hasAny(dryRun ? ROLES : DRAFTER)) {
            throw new ForbiddenOperationException("Taking a bundle into an advisory needs the drafter role");
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationFailedException.of("body", "a STIX 2.1 bundle is required");
        }
        int max = config.intake().maxBytes();
        if (body.length() > max || body.getBytes(StandardCharsets.UTF_8).length > max) {
            throw new PayloadTooLargeException(max);
        }
        JsonNode bundle;
        try {
            bundle = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ValidationFailedException("The bundle is not valid JSON", List.of(JsonErrors.violation(e)));
        }
        // A NUL or a lone surrogate anywhere would break the draft or a reader later: refused here, by its path.
        StorableText.require("", bundle);
        return bundle;
    }

    /** Adds the valid indicators (all at once: the same bulk add as typed input) and records their provenance. */
    /** Where taken-in indicators came from: a bundle (its id and report), or partners' submissions (no bundle). */
    record Origin(String bundleId, String reportId, List<String> creators, int objects) {}

    /**
     * Adds the candidates that are not INVALID in {@code checked} (all at once: the same bulk add as typed input) and
     * records their provenance; answers each candidate's outcome, at its own index.
     */
    List<BulkItemResult> save(
            String advisoryId,
            Origin origin,
            List<BundleReader.Candidate> candidates,
            List<BulkItemResult> checked,
            Actor actor) {
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i).status() != BulkItemResult.Status.INVALID) {
                valid.add(i);
            }
        }
        List<BulkItemResult> results = new ArrayList<>(checked);
        List<IntakeRecord.Item> items = new ArrayList<>();
        Map<java.util.UUID, org.advisoryhub.indicator.dto.Provenance> cited = new java.util.LinkedHashMap<>();
        if (!valid.isEmpty()) {
            List<IndicatorInput> inputs =
                    valid.stream().map(i -> candidates.get(i).input()).toList();
            BulkReport saved = indicators.addBulk(advisoryId, new BulkRequest(inputs, null, null, null), null, actor);
            for (int j = 0; j < valid.size(); j++) {
                int i = valid.get(j);
                BulkItemResult r = saved.items().get(j);
                results.set(i, renumbered(r, i, checked.get(i)));
                BundleReader.Provenance p = candidates.get(i).provenance();
                items.add(new IntakeRecord.Item(
                        r.indicatorId(), r.kind(), r.normalized(), p.objectId(), p.createdBy(), p.references()));
                if (r.indicatorId() != null) {
                    cited.putIfAbsent(r.indicatorId(), p.indicator());
                }
            }
            indicators.cite(advisoryId, cited, actor);
        }
        Advisory advisory = access.requireCoauthor(advisoryId, actor, DRAFTER);
        records.persist(new IntakeRecord(
                advisory.id(),
                origin.bundleId(),
                origin.reportId(),
                origin.creators(),
                origin.objects(),
                actor.username(),
                clock.instant(),
                items));
        audit.official(
                actor,
                "advisory.intake",
                "advisory",
                advisoryId,
                advisoryId,
                Map.of(
                        "bundle", String.valueOf(origin.bundleId()),
                        "objects", origin.objects(),
                        "indicators", items.size()));
        return results;
    }

    /** The saved item at the index it has in the whole bundle (duplicates point at bundle indexes too). */
    private static BulkItemResult renumbered(BulkItemResult saved, int index, BulkItemResult checked) {
        return new BulkItemResult(
                index,
                null,
                saved.input(),
                saved.status(),
                saved.kind(),
                saved.chain(),
                saved.platform(),
                saved.normalized(),
                saved.indicatorId(),
                checked.duplicateOf(),
                saved.field(),
                saved.reason());
    }

    /** The catalog's actors among the names the bundle gives, each once, and the names the catalog does not know. */
    private record Actors(Map<String, ActorResponse> known, List<String> unknown) {}

    private Actors actors(BundleReader.Proposal p) {
        Map<String, ActorResponse> known = new java.util.LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : p.actorNames()) {
            actors.named(name).ifPresentOrElse(a -> known.putIfAbsent(a.name(), a), () -> unknown.add(name));
        }
        return new Actors(known, unknown);
    }

    private static IntakeDraft draft(BundleReader.Extraction read, Actors found) {
        BundleReader.Proposal p = read.proposal();
        return new IntakeDraft(
                p.reportId(),
                p.title(),
                p.summary(),
                read.tlp().label(),
                read.tlpStated(),
                List.copyOf(found.known().keySet()),
                found.unknown(),
                List.copyOf(p.techniques()),
                p.references());
    }

    private static AdvisoryContent content(BundleReader.Extraction read, IntakeDraft draft, Actors found) {
        BundleReader.Proposal p = read.proposal();
        String title = draft.title() != null
                ? clip(draft.title(), 500)
                : "Received STIX bundle " + (read.bundleId() == null ? "" : read.bundleId());
        String summary = draft.summary() != null ? draft.summary() : "";
        String body = p.body() != null ? clip(p.body(), 190_000) : "";
        List<ThreatActor> picked =
                found.known().values().stream().map(IntakeService::pick).toList();
        return new AdvisoryContent(
                title,
                summary,
                body,
                read.tlp(),
                List.of(),
                picked,
                draft.techniques().stream().limit(200).toList(),
                draft.references().stream().limit(200).toList(),
                Map.of(),
                List.of(),
                null);
    }

    private static ThreatActor pick(ActorResponse a) {
        return new ThreatActor(a.name(), a.aliases(), a.mitreId(), a.attributedTo(), a.id());
    }

    private IntakeReport report(
            BundleReader.Extraction read,
            IntakeDraft draft,
            boolean dryRun,
            String advisoryId,
            List<BulkItemResult> results,
            Actor actor) {
        Set<String> values = new LinkedHashSet<>();
        results.forEach(r -> {
            if (r.normalized() != null) {
                values.add(r.normalized());
            }
        });
        Map<String, List<String>> elsewhere = published.advisoriesWithValues(values, actor, advisoryId);
        List<IntakeItem> items = new ArrayList<>();
        int alreadyPublished = 0;
        for (int i = 0; i < results.size(); i++) {
            BulkItemResult r = results.get(i);
            BundleReader.Candidate c = read.candidates().get(i);
            List<String> in = r.normalized() == null ? List.of() : elsewhere.getOrDefault(r.normalized(), List.of());
            alreadyPublished += in.isEmpty() ? 0 : 1;
            items.add(new IntakeItem(
                    i,
                    c.objectId(),
                    c.pattern(),
                    c.tlp() == null ? null : c.tlp().label(),
                    r.kind() != null ? r.kind() : c.input().kind(),
                    c.input().value(),
                    r.platform(),
                    r.normalized(),
                    r.status(),
                    r.indicatorId(),
                    r.field(),
                    r.reason(),
                    c.provenance().createdBy(),
                    in.isEmpty() ? null : in));
        }
        BulkReport counts = BulkReport.of(results, !dryRun);
        return new IntakeReport(
                dryRun,
                advisoryId,
                read.bundleId(),
                read.objectCount(),
                read.types(),
                read.creators(),
                draft,
                counts.added(),
                counts.merged(),
                counts.duplicates(),
                counts.invalid(),
                alreadyPublished,
                items,
                read.skipped());
    }

    /** The bundles taken into an advisory, for its co-authors and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IntakeRecordResponse> list(String publicId, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "see where its indicators came from");
        return records.listFor(advisory.id()).stream()
                .map(r -> new IntakeRecordResponse(
                        r.id(),
                        r.bundleId(),
                        r.reportId(),
                        r.creators(),
                        r.objectCount(),
                        r.receivedBy(),
                        r.receivedAt(),
                        r.items().stream()
                                .map(i -> new IntakeRecordResponse.Item(
                                        i.indicatorId(),
                                        i.kind(),
                                        i.normalized(),
                                        i.objectId(),
                                        i.createdBy(),
                                        i.references()))
                                .toList()))
                .toList();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
