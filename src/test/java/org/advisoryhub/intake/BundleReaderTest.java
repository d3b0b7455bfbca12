package org.advisoryhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.indicator.dto.Provenance;
import org.advisoryhub.intake.dto.IntakeSkipped;
import org.junit.jupiter.api.Test;

/** What a received bundle gives, the ways real producers write it: their markings, rule types and observables. */
class BundleReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String T = "2024-03-01T00:00:00.000Z";

    @Test
    void shouldReadTheLevelOfEveryWayProducersMarkTlp() {
        // OASIS TLP 2.0, OASIS TLP 1.0, a TLP 1.0-style definition of a vendor's own, and a name as OpenCTI writes it.
        assertThat(levelOf("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"))
                .isEqualTo(Tlp.AMBER);
        assertThat(levelOf("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"))
                .isEqualTo(Tlp.GREEN);
        ObjectNode vendor = marking("marking-definition--11111111-1111-4111-8111-111111111111");
        vendor.put("definition_type", "tlp").putObject("definition").put("tlp", "red");
        assertThat(levelOf(vendor)).isEqualTo(Tlp.RED);
        ObjectNode named = marking("marking-definition--22222222-2222-4222-8222-222222222222");
        named.put("definition_type", "statement").put("name", "TLP:AMBER+STRICT");
        named.putObject("definition").put("statement", "TLP:AMBER+STRICT");
        assertThat(levelOf(named)).isEqualTo(Tlp.AMBER_STRICT);
        ObjectNode opencti = marking("marking-definition--33333333-3333-4333-8333-333333333333");
        opencti.put("definition_type", "TLP")
                .put("x_opencti_definition", "TLP:CLEAR")
                .put("name", "TLP:CLEAR");
        assertThat(levelOf(opencti)).isEqualTo(Tlp.CLEAR);
        // A copyright statement names no level: the bundle states none, and the draft starts at AMBER.
        ObjectNode statement = marking("marking-definition--44444444-4444-4444-8444-444444444444");
        statement.put("definition_type", "statement").putObject("definition").put("statement", "Copyright 2024");
        BundleReader.Extraction read = read(statement, indicator("[domain-name:value = 'a.example']", statement));
        assertThat(read.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(read.tlpStated()).isFalse();
    }

    @Test
    void shouldTakeTheStrictestLevelOfWhatItUses() {
        BundleReader.Extraction read = read(
                indicator(
                        "[domain-name:value = 'a.example']",
                        "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
                indicator(
                        "[domain-name:value = 'b.example']",
                        "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"));
        assertThat(read.tlp()).isEqualTo(Tlp.RED);
        assertThat(read.candidates()).extracting(BundleReader.Candidate::tlp).containsExactly(Tlp.GREEN, Tlp.RED);
    }

    @Test
    void shouldListEveryObjectItCannotUseWithTheReason() {
        ObjectNode yara = indicator("rule x { condition: true }", null);
        yara.put("pattern_type", "yara");
        ObjectNode observable = object("domain-name", "domain-name--55555555-5555-4555-8555-555555555555");
        observable.put("value", "seen.example");
        ObjectNode vulnerability = sdo("vulnerability", "vulnerability--66666666-6666-4666-8666-666666666666");
        vulnerability.put("name", "CVE-2023-4966");
        ObjectNode nameless = sdo("vulnerability", "vulnerability--77777777-7777-4777-8777-777777777777");
        nameless.put("name", "Citrix Bleed");
        ObjectNode broken = indicator("[domain-name:value = 'c.example']", null);
        broken.put("valid_from", "yesterday");
        BundleReader.Extraction read = read(yara, observable, vulnerability, nameless, broken);
        assertThat(read.candidates()).extracting(c -> c.input().value()).containsExactly("CVE-2023-4966");
        assertThat(read.skipped())
                .extracting(IntakeSkipped::reason)
                .anySatisfy(r -> assertThat(r).contains("yara rule"))
                .anySatisfy(r -> assertThat(r).contains("an observable"))
                .anySatisfy(r -> assertThat(r).contains("without a CVE id"))
                .anySatisfy(r -> assertThat(r).contains("valid_from must be an RFC 3339 timestamp"));
        assertThat(read.skipped()).hasSize(4);
    }

    @Test
    void shouldKeepEachIndicatorsSourceCreatorAndLinks() {
        ObjectNode cisa = sdo("identity", "identity--88888888-8888-4888-8888-888888888888");
        cisa.put("name", "CISA").put("identity_class", "organization");
        ObjectNode i = indicator("[url:value = 'http://bad.example/x']", null);
        i.put("created_by_ref", cisa.get("id").asText()).put("confidence", 80).put("name", "Bad URL");
        ArrayNode refs = i.putArray("external_references");
        refs.addObject().put("source_name", "cisa").put("url", "https://www.cisa.gov/aa23-325a");
        refs.addObject().put("source_name", "capec").put("external_id", "CAPEC-163");
        BundleReader.Candidate c = read(cisa, i).candidates().get(0);
        assertThat(c.input().sourceName()).isEqualTo("CISA");
        assertThat(c.input().sourceUrl()).isEqualTo("https://www.cisa.gov/aa23-325a");
        assertThat(c.input().confidence()).isEqualTo(80);
        assertThat(c.input().description()).isEqualTo("Bad URL");
        assertThat(c.input().validFrom()).isEqualTo(T);
        assertThat(c.provenance().objectId()).isEqualTo(i.get("id").asText());
        // Every reference is kept as received, the CAPEC id without a link too.
        assertThat(c.provenance().references())
                .containsExactly(
                        new Provenance.SourceReference("cisa", "https://www.cisa.gov/aa23-325a", null, null),
                        new Provenance.SourceReference("capec", null, "CAPEC-163", null));
    }

    @Test
    void shouldReadTheITWorkerKindsAsTheHubWritesThem() {
        ObjectNode author = sdo("identity", "identity--aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
        author.put("name", "Analyst").put("identity_class", "individual");
        ObjectNode persona = sdo("identity", "identity--bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
        persona.put("name", "Jane Doe")
                .put("identity_class", "individual")
                .put("created_by_ref", author.get("id").asText());
        BundleReader.Extraction read = read(
                author,
                persona,
                indicator("[phone-number:value = '+821023456789']", null),
                indicator(
                        "[user-account:account_type = 'payoneer' AND user-account:account_login = 'jd@example.com']",
                        null),
                indicator("[user-account:account_type = 'linkedin' AND user-account:account_login = 'jane-doe']", null),
                indicator("[user-account:account_type = 'github' AND user-account:account_login = 'octo']", null));
        assertThat(read.candidates())
                .extracting(c -> c.input().kind() + " " + c.input().value())
                .containsExactly(
                        "persona Jane Doe",
                        "phone +821023456789",
                        "payment_account jd@example.com",
                        "profile jane-doe",
                        "account octo");
    }

    @Test
    void shouldReadProducersQuirksAsTheValuesTheyMean() {
        BundleReader.Extraction read = read(
                // MISP exports ip-dst and ip-src as network traffic to or from the address.
                indicator(
                        "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '198.51.100.7']",
                        null),
                indicator("[network-traffic:src_ref.value = '2001:db8::1']", null),
                // A one-host network is the address.
                indicator("[ipv4-addr:value = '203.0.113.9/32']", null),
                indicator("[network-traffic:dst_ref.value = '198.51.100.8' AND network-traffic:dst_port = 443]", null),
                indicator("[network-traffic:dst_ref.type = 'mac-addr' AND network-traffic:dst_ref.value = 'x']", null));
        assertThat(read.candidates())
                .extracting(c -> c.input().kind() + " " + c.input().value())
                .containsExactly("ipv4 198.51.100.7", "null 2001:db8::1", "ipv4 203.0.113.9");
        assertThat(read.skipped())
                .extracting(IntakeSkipped::reason)
                .anySatisfy(r -> assertThat(r).contains("dst_port"))
                .anySatisfy(r -> assertThat(r).contains("mac-addr"));
    }

    @Test
    void shouldRefuseOnlyWhatIsNotABundleNamingThePlace() {
        assertThatThrownBy(() -> BundleReader.read(JSON.createObjectNode().put("type", "report"), 10))
                .isInstanceOf(ValidationFailedException.class);
        ObjectNode bundle = JSON.createObjectNode().put("type", "bundle");
        bundle.putArray("objects")
                .add(indicator("[domain-name:value = 'a.example']", null))
                .addObject()
                .put("type", "x");
        assertThatThrownBy(() -> BundleReader.read(bundle, 10))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations())
                                .anySatisfy(v -> assertThat(v.field()).isEqualTo("objects[1]")));
        assertThatThrownBy(() -> BundleReader.read(bundle, 1))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations())
                                .anySatisfy(v -> assertThat(v.field()).isEqualTo("objects")));
    }

    private static Tlp levelOf(String markingId) {
        return read(indicator("[domain-name:value = 'a.example']", markingId)).tlp();
    }

    private static Tlp levelOf(ObjectNode definition) {
        BundleReader.Extraction read = read(definition, indicator("[domain-name:value = 'a.example']", definition));
        assertThat(read.tlpStated()).isTrue();
        return read.tlp();
    }

    private static BundleReader.Extraction read(JsonNode... objects) {
        ObjectNode bundle =
                JSON.createObjectNode().put("type", "bundle").put("id", "bundle--99999999-9999-4999-8999-999999999999");
        ArrayNode list = bundle.putArray("objects");
        for (JsonNode o : objects) {
            list.add(o);
        }
        return BundleReader.read(bundle, 100);
    }

    private static ObjectNode marking(String id) {
        ObjectNode m = object("marking-definition", id);
        m.put("spec_version", "2.1").put("created", T);
        return m;
    }

    private static ObjectNode indicator(String pattern, Object marking) {
        ObjectNode i = sdo("indicator", "indicator--" + java.util.UUID.nameUUIDFromBytes(pattern.getBytes()));
        i.put("pattern", pattern).put("pattern_type", "stix").put("valid_from", T);
        if (marking != null) {
            String id = marking instanceof JsonNode n ? n.get("id").asText() : (String) marking;
            i.putArray("object_marking_refs").add(id);
        }
        return i;
    }

    private static ObjectNode sdo(String type, String id) {
        ObjectNode o = object(type, id);
        o.put("spec_version", "2.1").put("created", T).put("modified", T);
        return o;
    }

    private static ObjectNode object(String type, String id) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", type).put("id", id);
        return o;
    }
}
