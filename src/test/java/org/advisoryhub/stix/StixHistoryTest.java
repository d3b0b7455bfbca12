package org.advisoryhub.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
import org.junit.jupiter.api.Test;

class StixHistoryTest {

    @org.junit.jupiter.api.BeforeAll
    static void idKey() {
        // A Quarkus test in the same JVM may have installed the database's key already; any key will do here.
        if (!StixIds.hasKey()) {
            StixIds.useKey(new byte[32]);
        }
    }

    private static final Instant T1 = Instant.parse("2024-01-10T09:00:00.123456Z");
    private static final Instant T2 = Instant.parse("2024-02-10T09:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-10T09:00:00Z");
    private static final Instant WITHDRAWN = Instant.parse("2024-04-10T09:00:00Z");
    private static final Map<String, AdvisorySnapshot.Org> ORGS = Map.of(
            "wg", new AdvisorySnapshot.Org("wg", "Working group", null, OrganizationKind.WORKING_GROUP, T1, T1),
            "fbi", new AdvisorySnapshot.Org("fbi", "FBI", "US", OrganizationKind.AGENCY, T1, T1));

    static final ActorResponse LAZARUS = new ActorResponse(
            UUID.fromString("0b6c3a52-9f1e-4d77-8a43-2e5f0c9d1b64"),
            "Lazarus Group",
            List.of("HIDDEN COBRA"),
            "G0032",
            "Democratic People's Republic of Korea",
            null,
            "intrusion-set--6f0e2b1c-8d4a-4c3e-9b7f-1a2d3e4f5a6b",
            T1,
            T1,
            "test",
            0);

    private static final IndicatorResponse WALLET =
            indicator("crypto_address", "0x51e9d833ecae4e8d9d8be17300aee6d3398c135d", "ETH", null);
    private static final IndicatorResponse DOMAIN = indicator("domain", "npmjscloud.com", null, null);
    private static final IndicatorResponse CVE = indicator("cve", "CVE-2021-44228", null, null);
    private static final IndicatorResponse HASH =
            indicator("file_hash", "abca3253c003af67113f83df2242a7078d5224870b619489015e4fde060acad0", null, null);

    private static IndicatorResponse indicator(String kind, String value, String chain, String description) {
        return new IndicatorResponse(
                null,
                UUID.nameUUIDFromBytes((kind + value).getBytes()),
                IndicatorKind.parse(kind),
                value,
                value,
                chain == null ? null : Chain.valueOf(chain),
                null,
                null,
                "file_hash".equals(kind) ? HashAlgorithm.SHA256 : null,
                null,
                null,
                T1,
                null,
                null,
                description,
                "Source",
                "https://example.org/source",
                null,
                null);
    }

    private static IndicatorResponse described(IndicatorResponse i, String description) {
        return edited(i, i.confidence(), description);
    }

    /** The indicator with another confidence and description. */
    static IndicatorResponse edited(IndicatorResponse i, Integer confidence, String description) {
        return new IndicatorResponse(
                i.id(),
                i.key(),
                i.kind(),
                i.value(),
                i.normalized(),
                i.chain(),
                i.chainName(),
                i.asset(),
                i.hashAlgorithm(),
                i.fileName(),
                i.platform(),
                i.validFrom(),
                i.validUntil(),
                confidence,
                description,
                i.sourceName(),
                i.sourceUrl(),
                null,
                null);
    }

    private static AdvisorySnapshot snapshot(int n, Instant at, String title, List<IndicatorResponse> indicators) {
        AdvisoryContent content = new AdvisoryContent(
                title,
                "Summary",
                "Body",
                Tlp.AMBER,
                List.of("wg", "fbi"),
                List.of(new ThreatActor(
                        "Lazarus Group",
                        List.of("HIDDEN COBRA"),
                        "G0032",
                        "Democratic People's Republic of Korea",
                        LAZARUS.id())),
                List.of("T1566.001"),
                List.of(new Reference("https://example.org/advisory", "Advisory", "FBI")),
                Map.of("ko", new Translation("제목", "요약", null)),
                List.of(),
                null);
        return new AdvisorySnapshot(
                "HUB-2024-0001", n, at, "wg", content, ORGS, Map.of(LAZARUS.id(), LAZARUS), indicators);
    }

    private static List<StixHistory.Step> history(boolean withdrawn) {
        return StixHistory.replay(
                List.of(
                        snapshot(1, T1, "Title", List.of(WALLET, DOMAIN, CVE)),
                        snapshot(2, T2, "Title", List.of(described(WALLET, "Now with a description"), CVE, HASH)),
                        snapshot(
                                3,
                                T3,
                                "Title v3",
                                List.of(described(WALLET, "Now with a description"), CVE, HASH, DOMAIN))),
                withdrawn ? WITHDRAWN : null);
    }

    private static ObjectNode bundle(StixHistory.Step step) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        b.put("type", "bundle");
        b.put("id", "bundle--" + UUID.randomUUID());
        b.putArray("objects").addAll(step.bundleObjects());
        return b;
    }

    private static JsonNode find(List<ObjectNode> objects, Predicate<JsonNode> p) {
        return objects.stream().filter(p).findFirst().orElseThrow();
    }

    private static Predicate<JsonNode> pattern(String fragment) {
        return o -> o.path("pattern").asText().contains(fragment)
                && !o.path("revoked").asBoolean();
    }

    @Test
    void shouldProduceValidBundlesForEveryRevision() {
        history(true).forEach(step -> StixChecks.assertValidBundle(bundle(step)));
    }

    @Test
    void shouldGiveTheSameIdsOnEveryExport() {
        List<String> first = history(false).get(2).bundleObjects().stream()
                .map(o -> o.get("id").asText())
                .toList();
        List<String> second = history(false).get(2).bundleObjects().stream()
                .map(o -> o.get("id").asText())
                .toList();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldVersionChangedObjectsAndKeepUnchangedOnes() {
        List<StixHistory.Step> steps = history(false);
        JsonNode walletV1 = find(steps.get(0).current(), pattern("0x51e9"));
        JsonNode walletV2 = find(steps.get(1).current(), pattern("0x51e9"));
        assertThat(walletV1.get("created").asText())
                .isEqualTo("2024-01-10T09:00:00.123Z")
                .isEqualTo(walletV1.get("modified").asText());
        assertThat(walletV2.get("id")).isEqualTo(walletV1.get("id"));
        assertThat(walletV2.get("created")).isEqualTo(walletV1.get("created"));
        assertThat(walletV2.get("modified").asText()).isEqualTo("2024-02-10T09:00:00.000Z");

        JsonNode cveV1 =
                find(steps.get(0).current(), o -> o.path("name").asText().equals("CVE-2021-44228"));
        JsonNode cveV3 =
                find(steps.get(2).current(), o -> o.path("name").asText().equals("CVE-2021-44228"));
        assertThat(cveV3).isEqualTo(cveV1);
        assertThat(steps.get(1).newVersions()).noneMatch(o -> o.get("id").equals(cveV1.get("id")));

        JsonNode reportV1 =
                find(steps.get(0).current(), o -> o.get("type").asText().equals("report"));
        JsonNode reportV3 =
                find(steps.get(2).current(), o -> o.get("type").asText().equals("report"));
        assertThat(reportV3.get("id")).isEqualTo(reportV1.get("id"));
        assertThat(reportV3.get("modified").asText()).isEqualTo("2024-03-10T09:00:00.000Z");
        assertThat(reportV3.get("published").asText()).isEqualTo("2024-03-10T09:00:00.000Z");
        JsonNode translation =
                find(steps.get(2).current(), o -> o.get("type").asText().equals("language-content"));
        assertThat(translation.get("object_modified")).isEqualTo(reportV3.get("modified"));
        assertThat(translation.at("/contents/ko/name").asText()).isEqualTo("제목");
        // The same translation as a note on the report, which MISP and OpenCTI import (they drop language-content).
        JsonNode note = find(steps.get(2).current(), o -> o.get("type").asText().equals("note"));
        assertThat(note.get("lang").asText()).isEqualTo("ko");
        assertThat(note.get("abstract").asText()).isEqualTo("제목");
        assertThat(note.get("object_refs").get(0)).isEqualTo(reportV3.get("id"));
        assertThat(note.get("object_marking_refs")).isEqualTo(reportV3.get("object_marking_refs"));
        JsonNode noteV1 =
                find(steps.get(0).current(), o -> o.get("type").asText().equals("note"));
        assertThat(noteV1.get("id"))
                .as("one note per language, versioned like the report")
                .isEqualTo(note.get("id"));
    }

    @Test
    void shouldRevokeRemovedIndicatorsAndNeverVersionThemAgain() {
        List<StixHistory.Step> steps = history(false);
        JsonNode domainV1 = find(steps.get(0).current(), pattern("npmjscloud"));
        JsonNode revoked = find(steps.get(1).newVersions(), o -> o.get("id").equals(domainV1.get("id")));
        assertThat(revoked.get("revoked").asBoolean()).isTrue();
        assertThat(revoked.get("created")).isEqualTo(domainV1.get("created"));
        assertThat(revoked.get("modified").asText()).isEqualTo("2024-02-10T09:00:00.000Z");
        assertThat(revoked.get("pattern")).isEqualTo(domainV1.get("pattern"));
        JsonNode reportV2 =
                find(steps.get(1).current(), o -> o.get("type").asText().equals("report"));
        assertThat(reportV2.get("object_refs").toString())
                .doesNotContain(domainV1.get("id").asText());

        JsonNode readded = find(steps.get(2).current(), pattern("npmjscloud"));
        assertThat(readded.get("id"))
                .as("a revoked object is not versioned again")
                .isNotEqualTo(domainV1.get("id"));
        assertThat(readded.get("created").asText()).isEqualTo("2024-03-10T09:00:00.000Z");
        JsonNode reportV3 =
                find(steps.get(2).current(), o -> o.get("type").asText().equals("report"));
        assertThat(reportV3.get("object_refs").toString())
                .contains(readded.get("id").asText());
        assertThat(steps.get(2).revoked()).anyMatch(o -> o.get("id").equals(domainV1.get("id")));
    }

    @Test
    void shouldRevokeEverythingTheAdvisoryOwnsOnWithdrawal() {
        List<StixHistory.Step> steps = history(true);
        StixHistory.Step withdrawal = steps.get(3);
        assertThat(withdrawal.newVersions())
                .isNotEmpty()
                .allMatch(o -> o.get("revoked").asBoolean());
        assertThat(withdrawal.newVersions())
                .extracting(o -> o.get("type").asText())
                .contains("report", "indicator", "vulnerability", "relationship", "language-content", "note")
                .as("catalog actors belong to no advisory")
                .doesNotContain("intrusion-set", "threat-actor");
        assertThat(withdrawal.newVersions())
                .allMatch(o -> o.get("modified").asText().equals("2024-04-10T09:00:00.000Z"));
        assertThat(withdrawal.current()).noneMatch(o -> o.get("type").asText().equals("report"));
    }

    @Test
    void shouldUseTheOpenCtiWalletPatternAndCarryTheChain() {
        JsonNode wallet = find(history(false).get(0).current(), pattern("0x51e9"));
        assertThat(wallet.get("pattern").asText())
                .isEqualTo("[cryptocurrency-wallet:value = '0x51e9d833ecae4e8d9d8be17300aee6d3398c135d']");
        assertThat(wallet.get("pattern_type").asText()).isEqualTo("stix");
        // Partners are told this id in the README; it must never change.
        assertThat(HubObjects.WALLET_EXTENSION_ID)
                .isEqualTo("extension-definition--8d145ae8-5efa-4235-b115-fd6f96e906d6");
        JsonNode ext = wallet.get("extensions").get(HubObjects.WALLET_EXTENSION_ID);
        assertThat(ext.get("extension_type").asText()).isEqualTo("property-extension");
        assertThat(ext.get("chain").asText()).isEqualTo("ETH");
        assertThat(ext.get("caip2").asText()).isEqualTo("eip155:1");
        JsonNode hash = find(history(false).get(1).current(), pattern("file:hashes"));
        assertThat(hash.get("pattern").asText())
                .isEqualTo(
                        "[file:hashes.'SHA-256' = 'abca3253c003af67113f83df2242a7078d5224870b619489015e4fde060acad0']");
        assertThat(StixPatterns.quote("it's \\ odd")).isEqualTo("'it\\'s \\\\ odd'");
    }

    @Test
    void shouldMakeTheJointAuthorTheCreatorAndRelateCoauthors() {
        List<ObjectNode> objects = history(false).get(0).current();
        JsonNode report = find(objects, o -> o.get("type").asText().equals("report"));
        JsonNode wg = find(objects, o -> o.path("name").asText().equals("Working group"));
        assertThat(report.get("created_by_ref")).isEqualTo(wg.get("id"));
        assertThat(wg.get("identity_class").asText()).isEqualTo("group");
        JsonNode fbi = find(objects, o -> o.path("name").asText().equals("FBI"));
        assertThat(objects)
                .anyMatch(o -> o.path("relationship_type").asText().equals("related-to")
                        && o.get("source_ref").equals(fbi.get("id"))
                        && o.get("target_ref").equals(wg.get("id")));
        JsonNode set = find(objects, o -> o.get("type").asText().equals("intrusion-set"));
        assertThat(set.at("/external_references/0/external_id").asText()).isEqualTo("G0032");
        assertThat(set.get("id").asText()).as("the catalog's id").isEqualTo(LAZARUS.stixId());
        assertThat(objects).anyMatch(o -> o.path("relationship_type").asText().equals("attributed-to"));
        assertThat(objects)
                .filteredOn(o -> o.path("relationship_type").asText().equals("indicates"))
                .hasSize(2);
        assertThat(objects).anyMatch(o -> o.get("id").asText().equals(TlpMarkings.id(Tlp.AMBER)));
        assertThat(objects).anyMatch(o -> o.get("id").asText().equals(TlpMarkings.EXTENSION_ID));
    }

    @Test
    void shouldCatchObjectsThatBreakTheRules() {
        ObjectNode good = (ObjectNode)
                find(history(false).get(0).current(), pattern("0x51e9")).deepCopy();
        assertThat(org.advisoryhub.common.schema.JsonSchemas.STIX_OBJECT.validate(good))
                .isEmpty();
        ObjectNode seconds = good.deepCopy().put("modified", "2024-01-10T09:00:00Z");
        ObjectNode emptyList = good.deepCopy();
        emptyList.putArray("indicator_types");
        ObjectNode custom = good.deepCopy().put("x_custom", "deprecated");
        ObjectNode noSpec = good.deepCopy();
        noSpec.remove("spec_version");
        for (ObjectNode bad : List.of(seconds, emptyList, custom, noSpec)) {
            assertThat(org.advisoryhub.common.schema.JsonSchemas.STIX_OBJECT.validate(bad))
                    .as(bad.toString())
                    .isNotEmpty();
        }
    }
}
