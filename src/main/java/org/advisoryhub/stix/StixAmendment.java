package org.advisoryhub.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stamps one publication against the versions already stored, looking only at the objects it touches: the objects of
 * the indicators it adds, edits or removes, the report and the advisory's own small objects. It follows
 * {@link StixHistory}'s rules exactly (the replay of all revisions stays the definition, and the tests hold the two
 * equal), so a revision's bundle and the distributed versions always agree.
 */
public final class StixAmendment {

    /** The latest stored version of objects. */
    public interface Stored {
        /** The latest stored version of each of these ids that has one. */
        Map<String, ObjectNode> latest(Collection<String> ids);
    }

    /** Above this many objects, both cores stamp them: a first publication of 100,000 indicators stamps 200,000. */
    private static final int PARALLEL_FROM = 4_000;

    private final Stored stored;
    private final Map<String, String> renames = new HashMap<>();
    private final Map<String, ObjectNode> latest = new HashMap<>();

    private StixAmendment(Stored stored) {
        this.stored = stored;
    }

    /** Whether every indicator's objects are as they were unless the indicator changed (see the mapper's context). */
    public static boolean sameIndicatorContext(AdvisorySnapshot before, AdvisorySnapshot now) {
        return StixAdvisoryMapper.indicatorContext(before).equals(StixAdvisoryMapper.indicatorContext(now));
    }

    /**
     * The new versions that publishing {@code now} makes. {@code now} holds the indicators the publication touched as
     * they are in it, and every other indicator of it sharing a normalized value with one of them (they may share an
     * observable); {@code before} (null for a first publication) holds the same indicators as the previous revision
     * had them. Shared objects and observables come out whole: the store keeps each version once.
     */
    public static List<ObjectNode> newVersions(AdvisorySnapshot before, AdvisorySnapshot now, Stored stored) {
        return new StixAmendment(stored)
                .stamp(before == null ? null : StixAdvisoryMapper.map(before), StixAdvisoryMapper.map(now), now);
    }

    /** A first publication mapped ahead of its stamping, which may run on another thread meanwhile. */
    public static final class Mapped {
        private final AdvisorySnapshot snapshot;
        private final StixAdvisoryMapper.Mapped objects;

        private Mapped(AdvisorySnapshot snapshot) {
            this.snapshot = snapshot;
            this.objects = StixAdvisoryMapper.map(snapshot);
        }
    }

    /** Maps a first publication; its objects are fresh and used by one {@link #newVersions(Mapped, Stored)}. */
    public static Mapped map(AdvisorySnapshot first) {
        return new Mapped(first);
    }

    /** The new versions of a first publication mapped ahead: as {@code newVersions(null, first, stored)}. */
    public static List<ObjectNode> newVersions(Mapped first, Stored stored) {
        return new StixAmendment(stored).stamp(null, first.objects, first.snapshot);
    }

    private List<ObjectNode> stamp(
            StixAdvisoryMapper.Mapped previous, StixAdvisoryMapper.Mapped mapped, AdvisorySnapshot now) {
        Set<String> current = new LinkedHashSet<>();
        ownedWithReport(mapped).forEach(o -> current.add(id(o)));
        Set<String> gone = new LinkedHashSet<>();
        if (previous != null) {
            ownedWithReport(previous).stream()
                    .map(StixAmendment::id)
                    .filter(id -> !current.contains(id))
                    .forEach(gone::add);
        }
        Set<String> bases = new LinkedHashSet<>(current);
        bases.addAll(gone);
        resolve(bases);

        String at = StixTime.format(now.publishedAt());
        List<ObjectNode> fresh = new ArrayList<>(mapped.shared());
        fresh.addAll(mapped.observables());
        List<String> finals = new ArrayList<>(mapped.owned().size());
        for (Stamped o : stampAll(mapped.owned(), at)) {
            finals.add(id(o.node()));
            if (o.fresh()) {
                fresh.add(o.node());
            }
        }
        ObjectNode report = mapped.report();
        StixHistory.rename(report, renames);
        StixHistory.setRefs(report, refs(report, previous, mapped, finals, gone));
        report = stampOne(report, at, fresh);
        for (ObjectNode t : mapped.translations()) {
            t.put("object_modified", report.get("modified").asText());
            stampOne(t, at, fresh);
        }
        for (ObjectNode note : mapped.notes()) {
            stampOne(note, at, fresh);
        }
        for (String base : gone) {
            ObjectNode prior = latest.get(renames.getOrDefault(base, base));
            if (prior != null) {
                fresh.add(revoked(prior, at));
            }
        }
        return fresh;
    }

    private static List<ObjectNode> ownedWithReport(StixAdvisoryMapper.Mapped m) {
        List<ObjectNode> all = new ArrayList<>(m.owned());
        all.add(m.report());
        all.addAll(m.translations());
        all.addAll(m.notes());
        return all;
    }

    /**
     * Follows each id through its re-creations: an id whose latest version is revoked is published under the id
     * {@link StixHistory#afterRevocation} gives it, and so on, until one that is stored unrevoked or not at all.
     */
    private void resolve(Set<String> bases) {
        Map<String, String> pending = new LinkedHashMap<>();
        bases.forEach(b -> pending.put(b, b));
        while (!pending.isEmpty()) {
            Map<String, ObjectNode> found = stored.latest(pending.values());
            Map<String, String> next = new LinkedHashMap<>();
            pending.forEach((base, candidate) -> {
                ObjectNode l = found.get(candidate);
                if (l != null && l.path("revoked").asBoolean(false)) {
                    next.put(base, StixHistory.afterRevocation(candidate));
                    return;
                }
                if (l != null) {
                    latest.put(candidate, l);
                }
                if (!candidate.equals(base)) {
                    renames.put(base, candidate);
                }
            });
            pending.clear();
            pending.putAll(next);
        }
    }

    /** The stored latest version if the object is unchanged, else its next version (which joins {@code fresh}). */
    private ObjectNode stampOne(ObjectNode o, String at, List<ObjectNode> fresh) {
        Stamped stamped = stamp(o, at);
        if (stamped.fresh()) {
            fresh.add(stamped.node());
        }
        return stamped.node();
    }

    /** An object as published: its stored latest version, or a {@code fresh} next one. */
    private record Stamped(ObjectNode node, boolean fresh) {}

    /**
     * Stamps objects in their order. Each is stamped on its own against what {@link #resolve} read (which nothing
     * changes any more), so many are stamped in parallel.
     */
    private List<Stamped> stampAll(List<ObjectNode> objects, String at) {
        var stream = objects.size() >= PARALLEL_FROM ? objects.parallelStream() : objects.stream();
        return stream.map(o -> stamp(o, at)).toList();
    }

    private Stamped stamp(ObjectNode o, String at) {
        StixHistory.rename(o, renames);
        ObjectNode prior = latest.get(id(o));
        if (prior != null && sameContent(prior, o)) {
            return new Stamped(prior, false);
        }
        String created = prior == null ? at : prior.get("created").asText();
        String modified =
                prior == null ? at : StixHistory.later(at, prior.get("modified").asText());
        return new Stamped(StixHistory.withVersion(o, created, modified), true);
    }

    /**
     * The report's objects: the stored list, less what the previous revision's touched indicators, organizations and
     * removed objects contributed, plus what this revision's contribute.
     */
    private List<String> refs(
            ObjectNode report,
            StixAdvisoryMapper.Mapped previous,
            StixAdvisoryMapper.Mapped mapped,
            List<String> finals,
            Set<String> gone) {
        Set<String> added = new HashSet<>(finals);
        mapped.report().get("object_refs").forEach(r -> added.add(r.asText()));
        List<String> sortedAdded = new ArrayList<>(added);
        sortedAdded.sort(null);
        ObjectNode prior = latest.get(id(report));
        if (prior == null || previous == null) {
            return sortedAdded;
        }
        List<String> stored = new ArrayList<>(prior.get("object_refs").size());
        prior.get("object_refs").forEach(r -> stored.add(r.asText()));
        if (!sorted(stored)) {
            // A report stored before lists were sorted: sort it once.
            stored.sort(null);
        }
        Set<String> removed = new HashSet<>();
        previous.report().get("object_refs").forEach(r -> removed.add(renames.getOrDefault(r.asText(), r.asText())));
        gone.forEach(g -> removed.add(renames.getOrDefault(g, g)));
        removed.removeAll(added);
        // The stored list is sorted: merge the few additions into it rather than sorting it again.
        List<String> merged = new ArrayList<>(stored.size() + sortedAdded.size());
        int a = 0;
        for (String ref : stored) {
            while (a < sortedAdded.size() && sortedAdded.get(a).compareTo(ref) < 0) {
                merged.add(sortedAdded.get(a++));
            }
            if (a < sortedAdded.size() && sortedAdded.get(a).equals(ref)) {
                a++;
            }
            if (!removed.contains(ref)) {
                merged.add(ref);
            }
        }
        merged.addAll(sortedAdded.subList(a, sortedAdded.size()));
        return merged;
    }

    private static boolean sorted(List<String> refs) {
        for (int i = 1; i < refs.size(); i++) {
            if (refs.get(i - 1).compareTo(refs.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode revoked(ObjectNode prior, String at) {
        ObjectNode revoked = prior.deepCopy();
        revoked.put("modified", StixHistory.later(at, prior.get("modified").asText()));
        revoked.put("revoked", true);
        return revoked;
    }

    /**
     * Whether a stored version says what the unstamped object says, field by field (the first difference ends it, so
     * a report listing every object of a large advisory is not written out to be compared).
     */
    private static boolean sameContent(ObjectNode stamped, ObjectNode o) {
        if (stamped.size() != o.size() + 2 || !stamped.has("created") || !stamped.has("modified")) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getValue().equals(stamped.get(f.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static String id(JsonNode o) {
        return o.get("id").asText();
    }
}
