package org.advisoryhub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.advisory.AdvisoryService;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.distribution.SubmittedObjects;
import org.advisoryhub.indicator.IndicatorService;
import org.advisoryhub.indicator.dto.BulkItemResult;
import org.advisoryhub.indicator.dto.BulkReport;
import org.advisoryhub.indicator.dto.BulkRequest;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.intake.dto.SubmissionChoice;
import org.advisoryhub.intake.dto.SubmissionChoices;
import org.advisoryhub.sighting.SightingService;
import org.advisoryhub.stix.StixPatternReader;
import org.advisoryhub.stix.TlpMarkings;

/**
 * "Add from partner submissions": the values partners gave that an advisory does not have yet, to pick from. They are
 * the indicators partners submitted (the newest {@value #NEWEST}) and the observables partners reported seeing with
 * the advisory's own indicators. Each is read and validated as intake reads a bundle; a value keeps the level the
 * partner gave it: it may go only into an advisory at that level or a stricter one, and TLP:RED submissions, which
 * name no recipient here, are never offered.
 */
@ApplicationScoped
public class PartnerSubmissions {

    /** Submitted indicators offered at most, newest first. */
    static final int NEWEST = 500;
    /** The level of a submission that carries no TLP marking: not for everyone until someone decides. */
    private static final Tlp UNMARKED = Tlp.AMBER;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SubmittedObjects submitted;
    private final SightingService sightings;
    private final AdvisoryService advisories;
    private final IndicatorService indicators;
    private final IntakeService intake;

    public PartnerSubmissions(
            SubmittedObjects submitted,
            SightingService sightings,
            AdvisoryService advisories,
            IndicatorService indicators,
            IntakeService intake) {
        this.submitted = submitted;
        this.sightings = sightings;
        this.advisories = advisories;
        this.indicators = indicators;
        this.intake = intake;
    }

    /** The choices for one advisory, for its co-authors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionChoices choices(String publicId, Actor actor) {
        return read(publicId, actor).choices(publicId);
    }

    /**
     * Adds the picked choices to the advisory (a draft or an amendment in progress) with their provenance: a pick that
     * is unknown or above the advisory's level refuses the whole request, naming it.
     */
    @Transactional
    public BulkReport add(String publicId, List<String> keys, Actor actor) {
        if (keys == null || keys.isEmpty()) {
            throw ValidationFailedException.of("keys", "pick at least one value");
        }
        Read read = read(publicId, actor);
        List<Violation> problems = new ArrayList<>();
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer at = read.byKey.get(keys.get(i));
            SubmissionChoice choice = at == null ? null : read.choice(at);
            if (choice == null) {
                problems.add(new Violation(
                        "keys[" + i + "]", "is not a value partners gave that the advisory lacks", null, keys.get(i)));
            } else if (!choice.allowed()) {
                problems.add(new Violation("keys[" + i + "]", choice.reason(), null, keys.get(i)));
            } else if (!picked.contains(at)) {
                picked.add(at);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException("Some picks cannot be added; nothing was added", problems);
        }
        List<BundleReader.Candidate> candidates =
                picked.stream().map(read.candidates::get).toList();
        List<BulkItemResult> checked = picked.stream().map(read.results::get).toList();
        List<String> partners = new ArrayList<>(new LinkedHashSet<>(
                candidates.stream().map(c -> c.provenance().createdBy()).toList()));
        List<BulkItemResult> saved = intake.save(
                publicId,
                new IntakeService.Origin(null, null, partners, candidates.size()),
                candidates,
                checked,
                actor);
        return BulkReport.of(saved, true);
    }

    /** Everything partners gave, read and checked against the advisory. */
    private Read read(String publicId, Actor actor) {
        Tlp level = advisories.get(publicId, actor).tlp();
        Read read = new Read(level);
        // The sightings' observables first: only co-authors may see them, so this also checks the reader.
        for (SightingService.Observed o : sightings.observed(publicId, actor)) {
            JsonNode sco = parse(o.body());
            if (sco != null) {
                read.observation(
                        SubmissionChoice.Source.SIGHTING,
                        o.partner(),
                        sco,
                        ObservationInputs.observable(sco),
                        o.reportedAt());
            }
        }
        for (SubmittedObjects.Stored s : submitted.newest("indicator", NEWEST)) {
            JsonNode indicator = parse(s.body());
            if (indicator == null
                    || !"stix".equalsIgnoreCase(indicator.path("pattern_type").asText("stix"))) {
                continue;
            }
            StixPatternReader.Reading pattern =
                    StixPatternReader.read(indicator.path("pattern").asText());
            for (StixPatternReader.Observation observation : pattern.observations()) {
                read.observation(
                        SubmissionChoice.Source.INDICATOR, s.submittedBy(), indicator, observation, s.dateAdded());
            }
        }
        List<IndicatorInput> inputs =
                read.candidates.stream().map(BundleReader.Candidate::input).toList();
        read.results = inputs.isEmpty()
                ? List.of()
                : indicators
                        .validate(publicId, new BulkRequest(inputs, null, null, null), actor)
                        .items();
        return read;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The candidates partners gave, with where they came from, their level and their check against the advisory. */
    private static final class Read {
        final Tlp level;
        final List<BundleReader.Candidate> candidates = new ArrayList<>();
        final List<SubmissionChoice.Source> sources = new ArrayList<>();
        final List<Instant> times = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final Map<String, Integer> byKey = new HashMap<>();
        final Set<String> seen = new java.util.HashSet<>();
        List<BulkItemResult> results = List.of();

        Read(Tlp level) {
            this.level = level;
        }

        void observation(
                SubmissionChoice.Source source,
                String partner,
                JsonNode object,
                StixPatternReader.Observation observation,
                Instant at) {
            Tlp tlp = TlpMarkings.levelOf(object, TlpMarkings.levelsIn(List.of(object)));
            if (tlp == Tlp.RED) {
                return;
            }
            ObservationInputs.Mapped mapped = ObservationInputs.of(observation);
            for (int n = 0; n < mapped.inputs().size(); n++) {
                ObservationInputs.Input in = mapped.inputs().get(n);
                String id = object.path("id").asText();
                String key = source.name().toLowerCase(java.util.Locale.ROOT) + ":" + partner + ":" + id + "#" + n;
                if (!seen.add(key)) {
                    continue;
                }
                String description = object.path("description").isTextual()
                        ? object.path("description").asText()
                        : object.path("name").asText(null);
                candidates.add(new BundleReader.Candidate(
                        id,
                        object.path("pattern").asText(null),
                        tlp == null ? UNMARKED : tlp,
                        in.indicator(
                                null,
                                null,
                                null,
                                description == null || description.length() > 10_000 ? null : description,
                                partner,
                                null),
                        new BundleReader.Provenance(id, partner, BundleReader.sources(object))));
                sources.add(source);
                times.add(at);
                byKey.put(key, keys.size());
                keys.add(key);
            }
        }

        /** The choice at index {@code i}, or null when the advisory has the value or it is not valid. */
        SubmissionChoice choice(int i) {
            BulkItemResult r = results.get(i);
            if (r.status() != BulkItemResult.Status.ADDED) {
                return null;
            }
            BundleReader.Candidate c = candidates.get(i);
            boolean allowed = c.tlp().atMost(level);
            return new SubmissionChoice(
                    keys.get(i),
                    sources.get(i),
                    c.provenance().createdBy(),
                    c.objectId(),
                    r.kind(),
                    c.input().value(),
                    r.platform(),
                    r.normalized(),
                    c.tlp().label(),
                    times.get(i),
                    allowed,
                    allowed
                            ? null
                            : "the partner shared it at TLP:" + c.tlp().label() + "; the advisory is TLP:"
                                    + level.label() + ", so it cannot take it");
        }

        SubmissionChoices choices(String publicId) {
            List<SubmissionChoice> out = new ArrayList<>();
            int inAdvisory = 0;
            int invalid = 0;
            for (int i = 0; i < results.size(); i++) {
                BulkItemResult.Status status = results.get(i).status();
                inAdvisory += status == BulkItemResult.Status.MERGED ? 1 : 0;
                invalid += status == BulkItemResult.Status.INVALID ? 1 : 0;
                SubmissionChoice choice = choice(i);
                if (choice != null) {
                    out.add(choice);
                }
            }
            return new SubmissionChoices(publicId, level.label(), out, inAdvisory, invalid);
        }
    }
}
