package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Every published indicator by normalized value, so that screening never touches the database. Reads are
 * lock-free; the one updater thread replaces an advisory's entries, or everything, at a time.
 */
@ApplicationScoped
public class ScreeningIndex {

    private static final IndexedIndicator[] NONE = new IndexedIndicator[0];

    private volatile ConcurrentHashMap<String, IndexedIndicator[]> byValue = new ConcurrentHashMap<>();
    private final Map<UUID, Set<String>> valuesByAdvisory = new HashMap<>();
    private final Map<UUID, IndexedAdvisory> advisories = new HashMap<>();
    private volatile boolean loaded;

    IndexedIndicator[] lookup(String normalized) {
        return byValue.getOrDefault(normalized, NONE);
    }

    /** Whether the first full load has finished. */
    public boolean loaded() {
        return loaded;
    }

    /** How many distinct values the index holds. */
    public int size() {
        return byValue.size();
    }

    /** Swaps in a whole new index, built from every published advisory. */
    synchronized void replaceAll(Map<UUID, List<Keyed>> all) {
        ConcurrentHashMap<String, IndexedIndicator[]> values = new ConcurrentHashMap<>(Math.max(16, all.size() * 4));
        valuesByAdvisory.clear();
        advisories.clear();
        all.forEach((advisory, entries) -> {
            for (Keyed e : entries) {
                values.merge(e.normalized(), new IndexedIndicator[] {e.indicator()}, ScreeningIndex::concat);
            }
            valuesByAdvisory.put(advisory, normalizedValues(entries));
            advisories.put(advisory, entries.get(0).indicator().of());
        });
        byValue = values;
        loaded = true;
    }

    /**
     * Replaces one advisory's entries (none: it has no published revision any more). Each value changes in one
     * step, so a value the advisory keeps is never missing from a concurrent lookup.
     */
    synchronized void replace(UUID advisory, List<Keyed> entries) {
        Set<String> touched = new HashSet<>(valuesByAdvisory.getOrDefault(advisory, Set.of()));
        Set<String> kept = swap(touched, entries, h -> h.advisory().id().equals(advisory), advisory);
        if (kept.isEmpty()) {
            valuesByAdvisory.remove(advisory);
            advisories.remove(advisory);
        } else {
            valuesByAdvisory.put(advisory, kept);
            advisories.put(advisory, entries.get(0).indicator().of());
        }
    }

    /** The advisory as the index holds it, or null when it holds no entry of it. */
    synchronized IndexedAdvisory held(UUID advisory) {
        return advisories.get(advisory);
    }

    /**
     * Moves an advisory the index holds to its new head, replacing the entries of the indicators that changed (whose
     * old and new values are {@code values}) with {@code entries}: an amendment costs what it changed. The changed
     * entries are swapped first, each value in one step, then every other entry sees the new head at once.
     */
    synchronized void update(IndexedAdvisory held, PublishedAdvisory head, ScreeningLoader.Changes changes) {
        UUID advisory = head.id();
        Set<String> touched = new HashSet<>(changes.values());
        Set<String> kept = swap(
                touched,
                changes.entries(),
                h -> h.of() == held && changes.keys().contains(h.key()),
                advisory);
        Set<String> advisoryValues = valuesByAdvisory.computeIfAbsent(advisory, a -> new HashSet<>());
        advisoryValues.removeAll(touched);
        advisoryValues.addAll(kept);
        held.moveTo(head);
    }

    /**
     * Swaps, value by value and each in one step, the hits {@code replaced} picks for {@code entries}. {@code touched}
     * holds the values the replaced hits may have and gains those of the entries; returns the touched values that still
     * have a hit of {@code advisory}.
     */
    private Set<String> swap(
            Set<String> touched, List<Keyed> entries, Predicate<IndexedIndicator> replaced, UUID advisory) {
        Map<String, List<IndexedIndicator>> fresh = new HashMap<>();
        entries.forEach(e ->
                fresh.computeIfAbsent(e.normalized(), v -> new ArrayList<>()).add(e.indicator()));
        touched.addAll(fresh.keySet());
        Set<String> kept = new HashSet<>();
        ConcurrentHashMap<String, IndexedIndicator[]> values = byValue;
        for (String value : touched) {
            IndexedIndicator[] added = fresh.getOrDefault(value, List.of()).toArray(IndexedIndicator[]::new);
            IndexedIndicator[] all = values.compute(value, (v, hits) -> {
                IndexedIndicator[] others = hits == null
                        ? NONE
                        : Arrays.stream(hits).filter(replaced.negate()).toArray(IndexedIndicator[]::new);
                IndexedIndicator[] merged = concat(others, added);
                return merged.length == 0 ? null : merged;
            });
            if (all != null
                    && Arrays.stream(all).anyMatch(h -> h.advisory().id().equals(advisory))) {
                kept.add(value);
            }
        }
        return kept;
    }

    /** An index entry with the value it is found by. */
    record Keyed(String normalized, IndexedIndicator indicator) {}

    private static Set<String> normalizedValues(List<Keyed> entries) {
        Set<String> values = new HashSet<>();
        entries.forEach(e -> values.add(e.normalized()));
        return values;
    }

    private static IndexedIndicator[] concat(IndexedIndicator[] a, IndexedIndicator[] b) {
        IndexedIndicator[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
