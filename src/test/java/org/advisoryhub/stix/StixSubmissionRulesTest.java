package org.advisoryhub.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** What partners may submit: what STIX 2.1 allows, refused only where the specification forbids it. */
class StixSubmissionRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode malware() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"type":"malware","spec_version":"2.1","id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
                 "created":"2016-04-06T20:07:09Z","modified":"2016-04-06T20:07:09.1234567Z","name":"Poison Ivy",
                 "is_family":true,"x_acme_confidence":"high","extensions":{"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e":
                 {"extension_type":"property-extension","rank":5}}}""");
    }

    @Test
    void shouldAcceptAnyTypeCustomPropertiesExtensionsAndAnyPrecision() throws Exception {
        assertThat(StixSubmissionRules.problem(malware())).isNull();
        assertThat(StixSubmissionRules.problem(JSON.readTree("""
                {"type":"ipv4-addr","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}""")))
                .as("an observable: no created, no spec_version needed")
                .isNull();
        assertThat(StixSubmissionRules.problem(JSON.readTree("""
                {"type":"x-acme-widget","spec_version":"2.1","id":"x-acme-widget--1f1b7bd1-7b0a-4a8b-9d53-3d0b8e7a2c11",
                 "created":"2020-01-01T00:00:00.5Z","modified":"2020-01-01T00:00:00.5Z","x_acme_size":3}""")))
                .as("a custom object")
                .isNull();
        assertThat(StixSubmissionRules.problem(JSON.readTree("""
                {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
                 "created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","definition":{"tlp":"green"}}""")))
                .as("a TLP 1.0 marking, which has no modified")
                .isNull();
    }

    @Test
    void shouldRefuseWhatTheSpecificationForbidsSayingWhy() throws Exception {
        assertThat(StixSubmissionRules.problem(malware().put("id", "tool--31b940d4-6f7f-459a-80ea-9c1f17b5891b")))
                .contains("malware--");
        assertThat(StixSubmissionRules.problem(malware().put("modified", "2016-04-05T00:00:00Z")))
                .contains("modified must not be before created");
        assertThat(StixSubmissionRules.problem(malware().put("created", "2016-04-06 20:07:09")))
                .contains("RFC 3339");
        assertThat(StixSubmissionRules.problem(malware().put("created", "2016-02-30T20:07:09Z")))
                .contains("real date");
        assertThat(StixSubmissionRules.problem(malware().put("spec_version", "2.0")))
                .contains("2.1");
        ObjectNode noVersion = malware();
        noVersion.remove("spec_version");
        assertThat(StixSubmissionRules.problem(noVersion)).contains("spec_version is required");
        assertThat(StixSubmissionRules.problem(malware().put("X-Bad", 1))).contains("property name");
        ObjectNode empty = malware();
        empty.putArray("aliases");
        assertThat(StixSubmissionRules.problem(empty)).contains("empty list");
        assertThat(StixSubmissionRules.problem(malware().put("created_by_ref", "ACME")))
                .contains("identifier");
        assertThat(StixSubmissionRules.problem(malware().put("type", "Malware")))
                .contains("type");
        assertThat(StixSubmissionRules.problem(JSON.readTree("[1]"))).contains("JSON object");
    }
}
