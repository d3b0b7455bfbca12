package org.advisoryhub.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.Reference;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Translation;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.HashAlgorithm;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.organization.OrganizationKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A publication stamped from what it changed must store exactly what replaying every revision stores: the same
 * versions with the same bodies, revision after revision, through removals, re-additions after revocation, shared
 * observables, and changes to title, level, actors, co-authors and translations.
 */
class StixAmendmentTest {

    private static final Instant T0 = Instant.parse("2025-01-10T09:00:00.123456Z");
    private static final Map<String, AdvisorySnapshot.Org> ORGS = Map.of(
            "wg", new AdvisorySnapshot.Org("wg", "Working group", null, OrganizationKind.WORKING_GROUP, T0, T0),
            "fbi", new AdvisorySnapshot.Org("fbi", "FBI", "US", OrganizationKind.AGENCY, T0, T0),
            "nis", new AdvisorySnapshot.Org("nis", "NIS", "KR", OrganizationKind.AGENCY, T0, T0));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADDRESS = "0x51e9d833ecae4e8d9d8be17300aee6d3398c135d";

    @BeforeAll
    static void idKey() {
        if (!StixIds.hasKey()) {
            StixIds.useKey(new byte[32]);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void storesWhatTheReplayStores(long seed) {
        Random random = new Random(seed);
        List<IndicatorResponse> pool = pool();
        Map<UUID, IndicatorResponse> current = new LinkedHashMap<>();
        pool.stream().limit(5).forEach(i -> current.put(i.key(), i));
        List<AdvisorySnapshot> revisions = new ArrayList<>();
        Store replayed = new Store();
        Store amended = new Store();
        String title = "Title";
        Tlp tlp = Tlp.AMBER;
        List<String> coauthors = new ArrayList<>(List.of("wg", "fbi"));
        boolean actor = true;
        Map<String, Translation> translations = new TreeMap<>(Map.of("ko", new Translation("제목", "요약", null)));
        for (int n = 1; n <= 12; n++) {
            if (n > 1) {
                change(random, pool, current);
                int r = random.nextInt(10);
                if (r == 0) {
                    title = "Title " + n;
                } else if (r == 1) {
                    tlp = tlp == Tlp.AMBER ? Tlp.GREEN : Tlp.AMBER;
                } else if (r == 2) {
                    actor = !actor;
                } else if (r == 3) {
                    if (coauthors.remove("nis") == false) {
                        coauthors.add("nis");
                    }
                } else if (r == 4) {
                    if (translations.remove("ja") == null) {
                        translations.put("ja", new Translation("題名", null, "本文 " + n));
                    }
                }
            }
            Instant at = T0.plus(n, ChronoUnit.DAYS).plusMillis(n % 3 == 0 ? 0 : 250);
            AdvisorySnapshot now = snapshot(n, at, title, tlp, coauthors, actor, translations, current.values());
            AdvisorySnapshot before = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
            revisions.add(now);

            List<StixHistory.Step> steps = StixHistory.replay(revisions, null);
            replayed.add(steps.get(steps.size() - 1).newVersions());
            amended.add(StixAmendment.newVersions(
                    before == null ? null : touched(before, now, before),
                    before == null ? now : touched(before, now, now),
                    amended::latest));
            assertThat(amended.differences(replayed))
                    .as("seed %d, revision %d", seed, n)
                    .isEmpty();
        }
    }

    /**
     * An advisory large enough that its indicators are mapped and stamped on both cores: its first publication and an
     * amendment still store what the replay stores, in the same order.
     */
    @org.junit.jupiter.api.Test
    void largeAdvisoriesStoreWhatTheReplayStores() {
        Map<UUID, IndicatorResponse> current = new LinkedHashMap<>();
        for (int i = 0; i < 6_000; i++) {
            IndicatorResponse wallet =
                    indicator("crypto_address", String.format("0x%040x", 0x5eed_0000L + i), Chain.ETH);
            current.put(wallet.key(), wallet);
        }
        List<AdvisorySnapshot> revisions = new ArrayList<>();
        Store replayed = new Store();
        Store amended = new Store();
        Map<String, Translation> translations = Map.of("ko", new Translation("제목", "요약", null));
        for (int n = 1; n <= 2; n++) {
            if (n == 2) {
                List<UUID> keys = new ArrayList<>(current.keySet());
                current.remove(keys.get(10));
                current.computeIfPresent(keys.get(4_321), (k, v) -> confidence(v, 7));
                IndicatorResponse added = indicator("domain", "added-in-v2.example", null);
                current.put(added.key(), added);
            }
            Instant at = T0.plus(n, ChronoUnit.DAYS);
            AdvisorySnapshot now =
                    snapshot(n, at, "Title", Tlp.GREEN, List.of("wg", "fbi"), true, translations, current.values());
            AdvisorySnapshot before = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
            revisions.add(now);
            List<StixHistory.Step> steps = StixHistory.replay(revisions, null);
            replayed.add(steps.get(steps.size() - 1).newVersions());
            List<ObjectNode> stamped = StixAmendment.newVersions(
                    before == null ? null : touched(before, now, before),
                    before == null ? now : touched(before, now, now),
                    amended::latest);
            amended.add(stamped);
            assertThat(amended.differences(replayed)).as("revision %d", n).isEmpty();
            if (n == 1) {
                assertThat(stamped).hasSizeGreaterThan(18_000);
                assertThat(stamped.stream()
                                .filter(o -> o.get("type").asText().equals("indicator"))
                                .map(o -> o.get("id").asText())
                                .toList())
                        .as("indicators come out in the advisory's order")
                        .isEqualTo(now.indicators().stream()
                                .map(i -> StixIds.of("indicator", i.key().toString()))
                                .toList());
            }
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** Removes, re-adds and edits a few indicators. */
    private static void change(Random random, List<IndicatorResponse> pool, Map<UUID, IndicatorResponse> current) {
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            IndicatorResponse i = pool.get(random.nextInt(pool.size()));
            switch (random.nextInt(3)) {
                case 0 -> current.remove(i.key());
                case 1 -> current.put(i.key(), i);
                default -> current.computeIfPresent(i.key(), (key, v) -> confidence(v, random.nextInt(100)));
            }
        }
    }

    /**
     * {@code of} cut down to what the hub hands the amendment: the indicators whose rows differ between the two
     * revisions, and those sharing a value with them; all of them when the indicator context changed.
     */
    private static AdvisorySnapshot touched(AdvisorySnapshot before, AdvisorySnapshot now, AdvisorySnapshot of) {
        if (!StixAmendment.sameIndicatorContext(before, now)) {
            return of;
        }
        Map<UUID, IndicatorResponse> a = byKey(before);
        Map<UUID, IndicatorResponse> b = byKey(now);
        Set<UUID> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        keys.removeIf(k -> Objects.equals(a.get(k), b.get(k)));
        Set<String> values = new HashSet<>();
        keys.forEach(k -> {
            if (a.containsKey(k)) {
                values.add(a.get(k).normalized());
            }
            if (b.containsKey(k)) {
                values.add(b.get(k).normalized());
            }
        });
        b.values().stream().filter(i -> values.contains(i.normalized())).forEach(i -> keys.add(i.key()));
        List<IndicatorResponse> kept =
                of.indicators().stream().filter(i -> keys.contains(i.key())).toList();
        return new AdvisorySnapshot(
                of.publicId(),
                of.revision(),
                of.publishedAt(),
                of.ownerOrganization(),
                of.content(),
                of.organizations(),
                of.actors(),
                kept);
    }

    private static Map<UUID, IndicatorResponse> byKey(AdvisorySnapshot s) {
        return s.indicators().stream().collect(Collectors.toMap(IndicatorResponse::key, i -> i));
    }

    /** Stored versions as the distribution table keeps them: each hub version once, observables once. */
    private static final class Store {
        final Map<String, Map<String, String>> versions = new TreeMap<>();

        void add(List<ObjectNode> objects) {
            for (ObjectNode o : objects) {
                String id = o.get("id").asText();
                String version = o.has("modified")
                        ? o.get("modified").asText()
                        : o.has("created") ? o.get("created").asText() : "";
                Map<String, String> byVersion = versions.computeIfAbsent(id, k -> new TreeMap<>());
                if (!(version.isEmpty() && !byVersion.isEmpty())) {
                    byVersion.putIfAbsent(version, o.toString());
                }
            }
        }

        /** Each version one store has that the other has not, or has with another body. */
        List<String> differences(Store other) {
            List<String> out = new ArrayList<>();
            Set<String> ids = new TreeSet<>(versions.keySet());
            ids.addAll(other.versions.keySet());
            for (String id : ids) {
                Map<String, String> mine = versions.getOrDefault(id, Map.of());
                Map<String, String> theirs = other.versions.getOrDefault(id, Map.of());
                Set<String> all = new TreeSet<>(mine.keySet());
                all.addAll(theirs.keySet());
                for (String v : all) {
                    if (!Objects.equals(mine.get(v), theirs.get(v))) {
                        out.add(id + " @" + v + ":\n  amended  " + mine.get(v) + "\n  replayed " + theirs.get(v));
                    }
                }
            }
            return out;
        }

        Map<String, ObjectNode> latest(Collection<String> ids) {
            Map<String, ObjectNode> out = new HashMap<>();
            for (String id : ids) {
                Map<String, String> byVersion = versions.get(id);
                if (byVersion != null) {
                    out.put(
                            id,
                            parse(((TreeMap<String, String>) byVersion)
                                    .lastEntry()
                                    .getValue()));
                }
            }
            return out;
        }

        private static ObjectNode parse(String json) {
            try {
                return (ObjectNode) JSON.readTree(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<IndicatorResponse> pool() {
        List<IndicatorResponse> pool = new ArrayList<>();
        pool.add(indicator("crypto_address", ADDRESS, Chain.ETH));
        pool.add(indicator("crypto_address", ADDRESS, Chain.BSC));
        pool.add(indicator("domain", "npmjscloud.com", null));
        pool.add(indicator("cve", "CVE-2021-44228", null));
        pool.add(indicator("file_hash", "abca3253c003af67113f83df2242a7078d5224870b619489015e4fde060acad0", null));
        pool.add(indicator("domain", "example-exchange.net", null));
        pool.add(indicator("ipv4", "203.0.113.7", null));
        pool.add(indicator("email", "hr@example-jobs.org", null));
        return pool;
    }

    private static IndicatorResponse indicator(String kind, String value, Chain chain) {
        return new IndicatorResponse(
                null,
                UUID.nameUUIDFromBytes((kind + value + chain).getBytes()),
                IndicatorKind.parse(kind),
                value,
                value,
                chain,
                null,
                null,
                "file_hash".equals(kind) ? HashAlgorithm.SHA256 : null,
                null,
                null,
                T0,
                T0.plus(400, ChronoUnit.DAYS),
                null,
                null,
                "Source",
                "https://example.org/source",
                null,
                null);
    }

    private static IndicatorResponse confidence(IndicatorResponse i, int confidence) {
        return StixHistoryTest.edited(i, confidence, i.description());
    }

    private static AdvisorySnapshot snapshot(
            int n,
            Instant at,
            String title,
            Tlp tlp,
            List<String> coauthors,
            boolean actor,
            Map<String, Translation> translations,
            Collection<IndicatorResponse> indicators) {
        AdvisoryContent content = new AdvisoryContent(
                title,
                "Summary",
                "Body",
                tlp,
                List.copyOf(coauthors),
                actor
                        ? List.of(new ThreatActor(
                                "Lazarus Group",
                                List.of("HIDDEN COBRA"),
                                "G0032",
                                "Democratic People's Republic of Korea",
                                StixHistoryTest.LAZARUS.id()))
                        : List.of(),
                List.of("T1566.001"),
                List.of(new Reference("https://example.org/advisory", "Advisory", "FBI")),
                new TreeMap<>(translations),
                List.of(),
                null);
        List<IndicatorResponse> sorted = indicators.stream()
                .sorted(Comparator.comparing(IndicatorResponse::key))
                .toList();
        ActorResponse lazarus = StixHistoryTest.LAZARUS;
        return new AdvisorySnapshot("HUB-2025-0001", n, at, "wg", content, ORGS, Map.of(lazarus.id(), lazarus), sorted);
    }
}
