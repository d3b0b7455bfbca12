package org.advisoryhub.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.advisoryhub.advisory.Reference;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.intake.dto.IntakeSkipped;
import org.advisoryhub.stix.StixPatternReader;
import org.advisoryhub.stix.StixSubmissionRules;
import org.advisoryhub.stix.TlpMarkings;

/**
 * Reads a received STIX 2.1 bundle into what an advisory can take (no database): the indicators its patterns and
 * vulnerabilities give, each with its provenance; what a draft would say (from its report, threat actors and attack
 * patterns); and every indicator, observable or vulnerability it could not use, with the reason. Only a body that is
 * not a bundle, or an object without a type and id, refuses the whole bundle (a 400 naming it); anything else a real
 * producer writes (custom properties, extensions, TLP 1.0 or vendor markings) is read or reported, never fatal.
 */
final class BundleReader {

    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern TECHNIQUE = Pattern.compile("T\\d{4}(\\.\\d{3})?");
    private static final Pattern TECHNIQUE_IN_NAME = Pattern.compile("\\[(T\\d{4}(?:\\.\\d{3})?)]");
    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S{1,1990}");
    /** Observable types whose values an indicator could carry: listed when the bundle has them as observables only. */
    private static final Set<String> VALUE_OBSERVABLES = Set.of(
            "domain-name",
            "ipv4-addr",
            "ipv6-addr",
            "url",
            "email-addr",
            "file",
            "cryptocurrency-wallet",
            "user-account",
            "phone-number");

    private final Map<String, Tlp> levels;
    private final Map<String, String> creators = new LinkedHashMap<>();
    /** The identities that authored objects of the bundle. */
    private final Set<String> authors = new java.util.HashSet<>();

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<IntakeSkipped> skipped = new ArrayList<>();
    private final Map<String, Integer> types = new TreeMap<>();
    private final Set<String> actorNames = new LinkedHashSet<>();
    private final Set<String> techniques = new LinkedHashSet<>();
    private Tlp strictest;

    private BundleReader(List<JsonNode> objects) {
        this.levels = TlpMarkings.levelsIn(objects);
        for (JsonNode o : objects) {
            if (o.path("created_by_ref").isTextual()) {
                authors.add(o.path("created_by_ref").asText());
            }
            if ("identity".equals(o.path("type").asText()) && o.path("name").isTextual()) {
                creators.put(o.path("id").asText(), o.path("name").asText());
            }
        }
    }

    /** An indicator the bundle gives, with where it came from. */
    record Candidate(String objectId, String pattern, Tlp tlp, IndicatorInput input, Provenance provenance) {}

    /** Where an indicator came from: the source object, its creator and its external references, as received. */
    record Provenance(
            String objectId,
            String createdBy,
            List<org.advisoryhub.indicator.dto.Provenance.SourceReference> references) {

        org.advisoryhub.indicator.dto.Provenance indicator() {
            return new org.advisoryhub.indicator.dto.Provenance(objectId, createdBy, references);
        }
    }

    /** What a draft made from the bundle would say. */
    record Proposal(
            String reportId,
            String title,
            String summary,
            String body,
            Set<String> actorNames,
            Set<String> techniques,
            List<Reference> references) {}

    /** Everything read from one bundle. */
    record Extraction(
            String bundleId,
            int objectCount,
            Map<String, Integer> types,
            List<String> creators,
            Tlp tlp,
            boolean tlpStated,
            Proposal proposal,
            List<Candidate> candidates,
            List<IntakeSkipped> skipped) {}

    static Extraction read(JsonNode bundle, int maxObjects) {
        if (bundle == null
                || !bundle.isObject()
                || !"bundle".equals(bundle.path("type").asText())) {
            throw ValidationFailedException.of("type", "the body must be a STIX 2.1 bundle (\"type\": \"bundle\")");
        }
        JsonNode objects = bundle.path("objects");
        if (!objects.isArray() || objects.isEmpty()) {
            throw ValidationFailedException.of("objects", "the bundle has no objects");
        }
        if (objects.size() > maxObjects) {
            throw ValidationFailedException.of(
                    "objects", "at most " + maxObjects + " objects per bundle, this one has " + objects.size());
        }
        List<JsonNode> list = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode o = objects.get(i);
            if (!o.isObject() || !o.path("type").isTextual() || !o.path("id").isTextual()) {
                throw ValidationFailedException.of(
                        "objects[" + i + "]", "every object of a bundle is a JSON object with a type and an id");
            }
            list.add(o);
        }
        BundleReader reader = new BundleReader(list);
        JsonNode report = reader.mainReport(list);
        for (JsonNode o : list) {
            reader.take(o, report);
        }
        boolean stated = reader.strictest != null;
        return new Extraction(
                bundle.path("id").asText(null),
                list.size(),
                reader.types,
                List.copyOf(new LinkedHashSet<>(reader.candidates.stream()
                        .map(c -> c.provenance().createdBy())
                        .filter(c -> c != null)
                        .toList())),
                stated ? reader.strictest : Tlp.AMBER,
                stated,
                reader.proposal(report),
                reader.candidates,
                reader.skipped);
    }

    private void take(JsonNode o, JsonNode report) {
        String type = o.path("type").asText();
        types.merge(type, 1, Integer::sum);
        String problem = StixSubmissionRules.problem(o);
        boolean carriesValues =
                type.equals("indicator") || type.equals("vulnerability") || VALUE_OBSERVABLES.contains(type);
        if (problem != null && carriesValues) {
            skip(o, "not valid STIX 2.1: " + problem);
            return;
        }
        switch (type) {
            case "indicator" -> indicator(o, report);
            case "vulnerability" -> vulnerability(o, report);
            case "identity" -> individual(o, report);
            case "threat-actor", "intrusion-set" -> {
                actorNames.add(o.path("name").asText());
                o.path("aliases").forEach(a -> actorNames.add(a.asText()));
            }
            case "attack-pattern" -> technique(o);
            default -> {
                if (VALUE_OBSERVABLES.contains(type)) {
                    skip(
                            o,
                            "an observable (something seen), not an indicator: add its value by hand if it is"
                                    + " malicious");
                }
            }
        }
    }

    /** The ATT&CK id of an attack pattern: its MITRE reference, or (as CISA writes it) in brackets in its name. */
    private void technique(JsonNode o) {
        for (JsonNode r : o.path("external_references")) {
            String id = r.path("external_id").asText();
            if (r.path("source_name").asText().startsWith("mitre")
                    && TECHNIQUE.matcher(id).matches()) {
                techniques.add(id);
                return;
            }
        }
        java.util.regex.Matcher named = TECHNIQUE_IN_NAME.matcher(o.path("name").asText());
        if (named.find()) {
            techniques.add(named.group(1));
        }
    }

    private void indicator(JsonNode o, JsonNode report) {
        String patternType = o.path("pattern_type").asText("stix");
        if (!"stix".equalsIgnoreCase(patternType)) {
            skip(o, "a " + patternType + " rule, not a STIX pattern: the hub keeps values, not detection rules");
            return;
        }
        String pattern = o.path("pattern").asText();
        StixPatternReader.Reading reading = StixPatternReader.read(pattern);
        if (reading.problem() != null) {
            skip(o, reading.problem());
            return;
        }
        for (StixPatternReader.Observation observation : reading.observations()) {
            ObservationInputs.Mapped mapped = ObservationInputs.of(observation);
            if (mapped.problem() != null) {
                skip(o, mapped.problem());
                continue;
            }
            for (ObservationInputs.Input in : mapped.inputs()) {
                add(o, report, pattern, in);
            }
        }
    }

    /**
     * A person the bundle names (an individual identity that authored nothing in it): a persona indicator. The authors'
     * own identities are where the bundle came from, not what it is about.
     */
    private void individual(JsonNode o, JsonNode report) {
        if ("individual".equals(o.path("identity_class").asText())
                && !authors.contains(o.path("id").asText())) {
            add(
                    o,
                    report,
                    null,
                    new ObservationInputs.Input(
                            org.advisoryhub.indicator.IndicatorKind.PERSONA,
                            o.path("name").asText(),
                            null,
                            null,
                            null));
        }
    }

    private void vulnerability(JsonNode o, JsonNode report) {
        String cve = null;
        for (JsonNode r : o.path("external_references")) {
            if ("cve".equalsIgnoreCase(r.path("source_name").asText())) {
                cve = r.path("external_id").asText();
            }
        }
        if (cve == null && CVE.matcher(o.path("name").asText()).matches()) {
            cve = o.path("name").asText();
        }
        if (cve == null) {
            skip(o, "a vulnerability without a CVE id: the hub keeps vulnerabilities as CVE ids");
            return;
        }
        add(
                o,
                report,
                null,
                new ObservationInputs.Input(org.advisoryhub.indicator.IndicatorKind.CVE, cve, null, null, null));
    }

    private void add(JsonNode o, JsonNode report, String pattern, ObservationInputs.Input in) {
        Tlp tlp = TlpMarkings.levelOf(o, levels);
        if (tlp != null && (strictest == null || !tlp.atMost(strictest))) {
            strictest = tlp;
        }
        List<Reference> refs = references(o);
        String creator = creator(o.path("created_by_ref").asText(null));
        String url = refs.isEmpty() ? reportUrl(report) : refs.get(0).url();
        String description = text(o, "description");
        IndicatorInput input = in.indicator(
                text(o, "valid_from"),
                text(o, "valid_until"),
                o.path("confidence").isInt() ? o.path("confidence").intValue() : null,
                clip(description != null ? description : text(o, "name"), 10_000),
                creator,
                url);
        candidates.add(new Candidate(
                o.path("id").asText(),
                pattern,
                tlp,
                input,
                new Provenance(o.path("id").asText(), creator, sources(o))));
    }

    private String creator(String ref) {
        return ref == null ? null : creators.getOrDefault(ref, ref);
    }

    private void skip(JsonNode o, String reason) {
        skipped.add(new IntakeSkipped(o.path("id").asText(), o.path("type").asText(), reason));
    }

    /** The report the draft is made from: the one that refers to the most objects (real bundles have one). */
    private JsonNode mainReport(List<JsonNode> objects) {
        JsonNode best = null;
        for (JsonNode o : objects) {
            if ("report".equals(o.path("type").asText())
                    && (best == null
                            || o.path("object_refs").size()
                                    > best.path("object_refs").size())) {
                best = o;
            }
        }
        if (best != null) {
            Tlp tlp = TlpMarkings.levelOf(best, levels);
            if (tlp != null && (strictest == null || !tlp.atMost(strictest))) {
                strictest = tlp;
            }
        }
        return best;
    }

    private Proposal proposal(JsonNode report) {
        if (report == null) {
            return new Proposal(null, null, null, null, actorNames, techniques, List.of());
        }
        String description = text(report, "description");
        return new Proposal(
                report.path("id").asText(),
                text(report, "name"),
                description == null ? null : firstParagraph(description),
                description,
                actorNames,
                techniques,
                references(report));
    }

    private static String firstParagraph(String text) {
        String first = text.strip().split("\\R\\s*\\R", 2)[0];
        return first.length() > 2000 ? first.substring(0, 1999) + "…" : first;
    }

    private static String reportUrl(JsonNode report) {
        List<Reference> refs = report == null ? List.of() : references(report);
        return refs.isEmpty() ? null : refs.get(0).url();
    }

    /** An object's external references as STIX has them (those naming a source and saying something of it). */
    static List<org.advisoryhub.indicator.dto.Provenance.SourceReference> sources(JsonNode o) {
        List<org.advisoryhub.indicator.dto.Provenance.SourceReference> out = new ArrayList<>();
        for (JsonNode r : o.path("external_references")) {
            String name = text(r, "source_name");
            String url = text(r, "url");
            String id = text(r, "external_id");
            String description = text(r, "description");
            if (name != null && (url != null || id != null || description != null)) {
                out.add(new org.advisoryhub.indicator.dto.Provenance.SourceReference(
                        clip(name, 200), clip(url, 2000), clip(id, 200), clip(description, 1000)));
            }
        }
        return out;
    }

    /** An object's external references that are links, as the advisory keeps references. */
    static List<Reference> references(JsonNode o) {
        List<Reference> out = new ArrayList<>();
        for (JsonNode r : o.path("external_references")) {
            String url = r.path("url").asText();
            if (HTTP_URL.matcher(url).matches()) {
                out.add(new Reference(url, clip(text(r, "description"), 500), clip(text(r, "source_name"), 200)));
            }
        }
        return out;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isTextual() && !v.textValue().isBlank() ? v.textValue().strip() : null;
    }
}
