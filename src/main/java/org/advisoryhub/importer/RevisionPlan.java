package org.advisoryhub.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.Reference;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Translation;
import org.advisoryhub.importer.dto.ImportProblem;
import org.advisoryhub.indicator.IndicatorNormalizer;
import org.advisoryhub.indicator.NormalizedIndicator;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.validation.InvalidIndicatorException;

/**
 * Replays a file's revisions: each entry adds and removes indicators on top of the previous state.
 * Every invalid indicator in the file is reported with its JSON path; nothing is returned then.
 */
final class RevisionPlan {

    /** The advisory as revision {@code number} of the file describes it. */
    record State(int number, String changeNote, Instant publishedAt, List<NormalizedIndicator> indicators) {}

    private RevisionPlan() {}

    static AdvisoryContent content(AdvisoryFile f) {
        List<ThreatActor> actors = f.threatActors() == null
                ? List.of()
                : f.threatActors().stream()
                        .map(a -> ThreatActor.named(a.name(), a.mitreId()))
                        .toList();
        List<Reference> refs = f.references() == null
                ? List.of()
                : f.references().stream()
                        .map(r -> new Reference(r.url(), r.title(), r.source()))
                        .toList();
        Map<String, Translation> translations = new LinkedHashMap<>();
        if (f.translations() != null) {
            f.translations()
                    .forEach((lang, t) -> translations.put(lang, new Translation(t.title(), t.summary(), t.body())));
        }
        return new AdvisoryContent(
                f.title(),
                f.summary(),
                f.body(),
                Tlp.parse(f.tlp()),
                f.coauthors(),
                actors,
                f.techniques(),
                refs,
                translations,
                f.recipients(),
                f.reviewBy() == null ? null : LocalDate.parse(f.reviewBy()));
    }

    static List<State> replay(String file, AdvisoryFile f, ObjectMapper mapper) {
        List<ImportProblem> problems = new ArrayList<>();
        List<State> states = new ArrayList<>();
        Map<String, NormalizedIndicator> current = new LinkedHashMap<>();
        if (f.reviewBy() != null) {
            try {
                LocalDate.parse(f.reviewBy());
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(file, "$.review_by", f.reviewBy() + ": is not a calendar date"));
            }
        }
        for (int k = 0; k < f.revisions().size(); k++) {
            AdvisoryFile.Revision r = f.revisions().get(k);
            Instant published = IndicatorNormalizer.timestamp("published", r.published());
            IndicatorInput defaults = toInput(r.defaults());
            String at = "$.revisions[" + k + "]";
            for (int i = 0; r.remove() != null && i < r.remove().size(); i++) {
                NormalizedIndicator n = normalize(
                        file, at + ".remove[" + i + "]", r.remove().get(i), null, published, mapper, problems);
                if (n != null && current.remove(n.dedupeKey()) == null) {
                    problems.add(new ImportProblem(
                            file,
                            at + ".remove[" + i + "]",
                            "removes " + n.value() + ", which the advisory does not contain at this revision"));
                }
            }
            for (int i = 0; r.add() != null && i < r.add().size(); i++) {
                NormalizedIndicator n =
                        normalize(file, at + ".add[" + i + "]", r.add().get(i), defaults, published, mapper, problems);
                if (n != null) {
                    current.put(n.dedupeKey(), n);
                }
            }
            states.add(new State(k + 1, r.changeNote(), published, List.copyOf(current.values())));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return states;
    }

    private static NormalizedIndicator normalize(
            String file,
            String path,
            JsonNode node,
            IndicatorInput defaults,
            Instant published,
            ObjectMapper mapper,
            List<ImportProblem> problems) {
        IndicatorInput input = node.isTextual()
                ? IndicatorInput.ofValue(node.asText())
                : toInput(mapper.convertValue(node, AdvisoryFile.IndicatorFields.class));
        try {
            return IndicatorNormalizer.normalize(input.withDefaults(defaults), published);
        } catch (InvalidIndicatorException e) {
            String where = "value".equals(e.field()) || !node.isObject() ? path : path + "." + snake(e.field());
            problems.add(new ImportProblem(
                    file, where, (input.value() == null ? "" : input.value() + ": ") + e.getMessage()));
            return null;
        }
    }

    private static IndicatorInput toInput(AdvisoryFile.IndicatorFields f) {
        if (f == null) {
            return null;
        }
        return new IndicatorInput(
                f.kind(),
                f.value(),
                f.chain(),
                f.chainName(),
                f.asset(),
                f.hashAlgorithm(),
                f.fileName(),
                f.platform(),
                f.validFrom(),
                f.validUntil(),
                f.confidence(),
                f.description(),
                f.sourceName(),
                f.sourceUrl(),
                f.persona() == null
                        ? null
                        : new org.advisoryhub.indicator.dto.PersonaDetails(
                                f.persona().aliases(), f.persona().accounts()));
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
