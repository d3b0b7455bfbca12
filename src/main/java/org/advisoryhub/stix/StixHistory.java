package org.advisoryhub.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays an advisory's revisions and stamps every owned object with STIX versions (STIX 2.1 §3.6):
 * an unchanged object keeps its {@code created} and {@code modified}; a changed one keeps {@code created} and gets
 * a later {@code modified}; an object that disappears, or every object on withdrawal, is published once more
 * with {@code revoked: true}. A revoked object is never versioned again: if its content comes back it gets a new id.
 */
public final class StixHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The STIX view after one revision: every current object, and the versions this step created. */
    public record Step(int revision, List<ObjectNode> current, List<ObjectNode> newVersions, List<ObjectNode> revoked) {

        /** All objects of a bundle for this revision: current ones and everything revoked so far. */
        public List<ObjectNode> bundleObjects() {
            List<ObjectNode> all = new ArrayList<>(current);
            all.addAll(revoked);
            return all;
        }
    }

    private record State(String created, String modified, String fingerprint, ObjectNode latest, boolean revoked) {}

    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, String> renames = new HashMap<>();
    private final Map<String, ObjectNode> revokedSoFar = new LinkedHashMap<>();
    private final Map<String, ObjectNode> observablesSoFar = new LinkedHashMap<>();
    private Set<String> previousOwned = Set.of();

    private StixHistory() {}

    /** Replays all revisions; when {@code withdrawnAt} is set, a final step revokes everything the advisory owns. */
    public static List<Step> replay(List<AdvisorySnapshot> revisions, Instant withdrawnAt) {
        StixHistory history = new StixHistory();
        List<Step> steps = new ArrayList<>();
        for (AdvisorySnapshot s : revisions) {
            steps.add(history.apply(s));
        }
        if (withdrawnAt != null && !steps.isEmpty()) {
            steps.add(history.withdraw(steps.get(steps.size() - 1), withdrawnAt));
        }
        return steps;
    }

    private Step apply(AdvisorySnapshot s) {
        StixAdvisoryMapper.Mapped mapped = StixAdvisoryMapper.map(s);
        String at = StixTime.format(s.publishedAt());
        List<ObjectNode> current = new ArrayList<>();
        List<ObjectNode> fresh = new ArrayList<>();
        for (ObjectNode shared : mapped.shared()) {
            current.add(shared);
            recordShared(shared, fresh);
        }
        mapped.observables().forEach(o -> recordObservable(o, fresh));
        // Observables stay published: a revoked based-on relationship still points at its observable.
        current.addAll(observablesSoFar.values());
        Set<String> owned = new LinkedHashSet<>();
        for (ObjectNode o : mapped.owned()) {
            current.add(stamp(o, at, fresh));
            owned.add(o.get("id").asText());
        }
        ObjectNode report = mapped.report();
        rename(report);
        sortRefs(report);
        report = stamp(report, at, fresh);
        current.add(report);
        owned.add(report.get("id").asText());
        for (ObjectNode t : mapped.translations()) {
            t.put("object_modified", report.get("modified").asText());
            current.add(stamp(t, at, fresh));
            owned.add(t.get("id").asText());
        }
        for (ObjectNode note : mapped.notes()) {
            current.add(stamp(note, at, fresh));
            owned.add(note.get("id").asText());
        }
        List<ObjectNode> revokedNow = new ArrayList<>();
        for (String gone : previousOwned) {
            if (!owned.contains(gone)) {
                revokedNow.add(revoke(gone, at));
            }
        }
        fresh.addAll(revokedNow);
        previousOwned = owned;
        return new Step(s.revision(), current, fresh, List.copyOf(revokedSoFar.values()));
    }

    private Step withdraw(Step last, Instant at) {
        String when = StixTime.format(at);
        List<ObjectNode> fresh = new ArrayList<>();
        for (String id : previousOwned) {
            fresh.add(revoke(id, when));
        }
        List<ObjectNode> current = new ArrayList<>();
        for (ObjectNode o : last.current()) {
            if (!previousOwned.contains(o.get("id").asText())) {
                current.add(o);
            }
        }
        previousOwned = Set.of();
        return new Step(last.revision(), current, fresh, List.copyOf(revokedSoFar.values()));
    }

    /** Shared objects are stamped by their owner; record them once per version so the store sees each version. */
    private void recordShared(ObjectNode o, List<ObjectNode> fresh) {
        String id = o.get("id").asText();
        String version = o.has("modified")
                ? o.get("modified").asText()
                : o.get("created").asText();
        State prior = states.get(id);
        if (prior == null || !prior.modified().equals(version)) {
            states.put(id, new State(o.get("created").asText(), version, "", o, false));
            fresh.add(o);
        }
    }

    /** An observable has no versions: it is new the first time it appears and never changes or is revoked after. */
    private void recordObservable(ObjectNode o, List<ObjectNode> fresh) {
        String id = o.get("id").asText();
        if (observablesSoFar.putIfAbsent(id, o) == null) {
            fresh.add(o);
        }
    }

    private ObjectNode stamp(ObjectNode o, String at, List<ObjectNode> fresh) {
        String baseId = o.get("id").asText();
        rename(o);
        String id = o.get("id").asText();
        State prior = states.get(id);
        if (prior != null && prior.revoked()) {
            // A revoked object can never get a new version; what comes back is a new object.
            String next = afterRevocation(id);
            renames.put(baseId, next);
            o.put("id", next);
            id = next;
            prior = states.get(id);
        }
        // Taken under the id the object is published with, so that it is unchanged in the next revision.
        String fingerprint = fingerprint(o);
        if (prior != null && prior.fingerprint().equals(fingerprint)) {
            return prior.latest();
        }
        String created = prior == null ? at : prior.created();
        String modified = prior == null ? at : later(at, prior.modified());
        ObjectNode stamped = withVersion(o, created, modified);
        states.put(id, new State(created, modified, fingerprint, stamped, false));
        fresh.add(stamped);
        return stamped;
    }

    private ObjectNode revoke(String id, String at) {
        State prior = states.get(id);
        ObjectNode revoked = prior.latest().deepCopy();
        String modified = later(at, prior.modified());
        revoked.put("modified", modified);
        revoked.put("revoked", true);
        states.put(id, new State(prior.created(), modified, "revoked", revoked, true));
        revokedSoFar.put(id, revoked);
        return revoked;
    }

    private void rename(ObjectNode o) {
        rename(o, renames);
    }

    /** Points references at renamed objects (objects re-created after a revocation). */
    static void rename(ObjectNode o, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = f.getKey();
            if ((name.equals("id") || name.endsWith("_ref")) && f.getValue().isTextual()) {
                String to = renames.get(f.getValue().asText());
                if (to != null) {
                    f.setValue(TextNode.valueOf(to));
                }
            } else if (name.endsWith("_refs") && f.getValue().isArray()) {
                ArrayNode refs = (ArrayNode) f.getValue();
                for (int i = 0; i < refs.size(); i++) {
                    String to = renames.get(refs.get(i).asText());
                    if (to != null) {
                        refs.set(i, TextNode.valueOf(to));
                    }
                }
            }
        }
    }

    /** The id an object gets when its content comes back after it was revoked. */
    static String afterRevocation(String id) {
        return StixIds.of(id.substring(0, id.indexOf("--")), id + "|after-revocation");
    }

    /**
     * A report lists its objects sorted, so that its content depends on the set of objects alone: a publication that
     * only touches some of them can compute the list from the stored one.
     */
    static void sortRefs(ObjectNode report) {
        List<String> refs = new ArrayList<>();
        report.get("object_refs").forEach(r -> refs.add(r.asText()));
        refs.sort(null);
        setRefs(report, refs);
    }

    static void setRefs(ObjectNode report, List<String> refs) {
        ArrayNode array = report.putArray("object_refs");
        refs.forEach(array::add);
    }

    /** Puts created and modified right after id, where readers expect them. */
    static ObjectNode withVersion(ObjectNode o, String created, String modified) {
        ObjectNode out = o.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            out.set(f.getKey(), f.getValue());
            if (f.getKey().equals("id")) {
                out.put("created", created);
                out.put("modified", modified);
            }
        }
        return out;
    }

    static String later(String at, String previous) {
        Instant a = StixTime.parse(at);
        Instant p = StixTime.parse(previous);
        return a.isAfter(p) ? at : StixTime.format(p.plus(1, ChronoUnit.MILLIS));
    }

    static String fingerprint(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
