package org.advisoryhub.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.HashAlgorithm;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.organization.OrganizationKind;
import org.junit.jupiter.api.Test;

/** Observables beside patterns: one complete SCO per indicator, with the ids STIX 2.1 §2.9 defines. */
class StixObservablesTest {

    @org.junit.jupiter.api.BeforeAll
    static void idKey() {
        // A Quarkus test in the same JVM may have installed the database's key already; any key will do here.
        if (!StixIds.hasKey()) {
            StixIds.useKey(new byte[32]);
        }
    }

    private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");
    private static final String CLEAR = TlpMarkings.id(Tlp.CLEAR);

    private static IndicatorResponse indicator(String kind, String value, String platform, String hash) {
        return new IndicatorResponse(
                null,
                UUID.nameUUIDFromBytes((kind + value).getBytes()),
                IndicatorKind.parse(kind),
                value,
                value,
                "crypto_address".equals(kind) ? Chain.BTC : null,
                null,
                null,
                hash == null ? null : HashAlgorithm.parse(hash),
                null,
                platform,
                T,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void shouldGiveClearObservablesTheIdsEveryProducerComputes() {
        // Expected ids computed independently: uuid5(00abedb4-…, canonical JSON of the ID-contributing properties).
        assertThat(id(indicator("crypto_address", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", null, null)))
                .isEqualTo("cryptocurrency-wallet--bfa4b8d0-956b-5468-b03d-be19bb5163dd");
        assertThat(id(indicator("domain", "npmjscloud.com", null, null)))
                .isEqualTo("domain-name--3c7eddeb-59cd-5ecb-8e86-3d472813dc9c");
        assertThat(id(indicator("account", "octo-dev", "github", null)))
                .isEqualTo("user-account--c146e0a6-37c6-5a64-b52c-64d73eeaa86f");
        assertThat(id(indicator(
                        "file_hash",
                        "abca3253c003af67113f83df2242a7078d5224870b619489015e4fde060acad0",
                        null,
                        "SHA-256")))
                .isEqualTo("file--e54d1126-b242-50ec-9bfe-a9afeca22802");
        assertThat(id(indicator("ipv4", "198.51.100.7", null, null)))
                .isEqualTo("ipv4-addr--12592121-be4c-5a93-a813-5a5af16e50db");
    }

    @Test
    void shouldGiveRestrictedAdvisoriesTheirOwnMarkedCopy() {
        IndicatorResponse domain = indicator("domain", "npmjscloud.com", null, null);
        String amber = TlpMarkings.id(Tlp.AMBER);
        ObjectNode a = StixObservables.of(domain, "HUB-2024-0001", Tlp.AMBER, amber);
        ObjectNode b = StixObservables.of(domain, "HUB-2024-0002", Tlp.AMBER, amber);
        assertThat(a.get("id").asText())
                .isNotEqualTo(b.get("id").asText())
                .isNotEqualTo(id(domain))
                .matches("domain-name--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(a.get("object_marking_refs").get(0).asText()).isEqualTo(amber);
        assertThat(a.get("value").asText()).isEqualTo("npmjscloud.com");
        StixChecks.assertValidObject(a);
    }

    @Test
    void shouldShipEveryPropertyACompoundPatternCompares() {
        ObjectNode account =
                StixObservables.of(indicator("account", "octo-dev", "github", null), "HUB-1", Tlp.CLEAR, CLEAR);
        assertThat(account.get("account_type").asText()).isEqualTo("github");
        assertThat(account.get("account_login").asText()).isEqualTo("octo-dev");
        ObjectNode software =
                StixObservables.of(indicator("package", "ethers-provider2", "npm", null), "HUB-1", Tlp.CLEAR, CLEAR);
        assertThat(software.get("name").asText()).isEqualTo("ethers-provider2");
        assertThat(software.get("vendor").asText()).isEqualTo("npm");
        ObjectNode wallet = StixObservables.of(
                indicator("crypto_address", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", null, null),
                "HUB-1",
                Tlp.CLEAR,
                CLEAR);
        assertThat(wallet.get("extensions").has(HubObjects.WALLET_OBSERVABLE_EXTENSION_ID))
                .isTrue();
        List.of(account, software, wallet).forEach(StixChecks::assertValidObject);
    }

    @Test
    void shouldLinkEveryIndicatorToItsObservableWithBasedOn() {
        List<IndicatorResponse> indicators = List.of(
                indicator("crypto_address", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", null, null),
                indicator("domain", "npmjscloud.com", null, null),
                indicator("account", "octo-dev", "github", null),
                indicator("package", "ethers-provider2", "npm", null),
                indicator("cve", "CVE-2021-44228", null, null));
        AdvisoryContent content = new AdvisoryContent(
                "Title",
                "Summary",
                "",
                Tlp.CLEAR,
                List.of(),
                List.of(new ThreatActor("Lazarus Group", List.of(), "G0032", null, StixHistoryTest.LAZARUS.id())),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                null);
        AdvisorySnapshot s = new AdvisorySnapshot(
                "HUB-2024-0009",
                1,
                T,
                "wg",
                content,
                Map.of(
                        "wg",
                        new AdvisorySnapshot.Org("wg", "Working group", null, OrganizationKind.WORKING_GROUP, T, T)),
                Map.of(StixHistoryTest.LAZARUS.id(), StixHistoryTest.LAZARUS),
                indicators);
        List<ObjectNode> objects = StixHistory.replay(List.of(s), null).get(0).bundleObjects();
        Map<String, JsonNode> byId =
                objects.stream().collect(Collectors.toMap(o -> o.get("id").asText(), o -> o));
        List<JsonNode> found = objects.stream()
                .filter(o -> "indicator".equals(o.get("type").asText()))
                .map(i -> {
                    JsonNode basedOn = objects.stream()
                            .filter(r -> "based-on"
                                            .equals(r.path("relationship_type").asText())
                                    && r.get("source_ref")
                                            .asText()
                                            .equals(i.get("id").asText()))
                            .findFirst()
                            .orElseThrow();
                    return byId.get(basedOn.get("target_ref").asText());
                })
                .map(JsonNode.class::cast)
                .toList();
        assertThat(found).hasSize(4).doesNotContainNull();
        assertThat(found)
                .extracting(o -> o.get("type").asText())
                .containsExactlyInAnyOrder("cryptocurrency-wallet", "domain-name", "user-account", "software");
        JsonNode report = objects.stream()
                .filter(o -> "report".equals(o.get("type").asText()))
                .findFirst()
                .orElseThrow();
        List<String> refs = StreamSupport.stream(report.get("object_refs").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
        assertThat(refs)
                .containsAll(found.stream().map(o -> o.get("id").asText()).toList());
        assertThat(found)
                .allSatisfy(o -> assertThat(o.has("created"))
                        .as("observables have no versions")
                        .isFalse());
    }

    private static String id(IndicatorResponse i) {
        return StixObservables.of(i, "HUB-2024-0001", Tlp.CLEAR, CLEAR)
                .get("id")
                .asText();
    }
}
