package org.advisoryhub.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.common.schema.JsonSchemas;

/** The STIX 2.1 rules a strict validator checks, applied to whole bundles in tests. */
public final class StixChecks {

    private static final Map<String, String> TLP2 = Map.of(
            "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR",
            "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN",
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER",
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "TLP:AMBER+STRICT",
            "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED");

    private StixChecks() {}

    public static void assertValidBundle(JsonNode bundle) {
        assertThat(JsonSchemas.STIX_BUNDLE.validate(bundle)).as("bundle schema").isEmpty();
        assertThat(bundle.has("spec_version"))
                .as("a bundle has no spec_version")
                .isFalse();
        Set<String> ids = new HashSet<>();
        Set<String> uuids = new HashSet<>();
        for (JsonNode o : bundle.get("objects")) {
            String id = o.get("id").asText();
            assertThat(ids.add(id + "|" + o.path("modified").asText()))
                    .as("one version of " + id + " per bundle")
                    .isTrue();
            ids.add(id);
            uuids.add(id.substring(id.indexOf("--") + 2) + "|" + o.get("type").asText());
        }
        assertThat(uuids.stream()
                        .map(u -> u.substring(0, u.indexOf('|')))
                        .distinct()
                        .count())
                .as("no UUID is shared between object types")
                .isEqualTo(uuids.size());
        for (JsonNode o : bundle.get("objects")) {
            assertValidObject(o);
            o.fields().forEachRemaining(f -> {
                if (f.getKey().endsWith("_ref")) {
                    assertThat(ids)
                            .as(o.get("id") + " ." + f.getKey() + " resolves in the bundle")
                            .contains(f.getValue().asText());
                }
                if (f.getKey().endsWith("_refs")) {
                    f.getValue()
                            .forEach(r -> assertThat(ids)
                                    .as(o.get("id") + " ." + f.getKey() + " resolves")
                                    .contains(r.asText()));
                }
            });
        }
    }

    public static void assertValidObject(JsonNode o) {
        assertThat(JsonSchemas.STIX_OBJECT.validate(o))
                .as("schema of " + o.get("id"))
                .isEmpty();
        if (o.has("modified")) {
            assertThat(o.get("modified").asText())
                    .as("modified >= created")
                    .isGreaterThanOrEqualTo(o.get("created").asText());
        }
        if (o.has("valid_until")) {
            assertThat(o.get("valid_until").asText())
                    .isGreaterThan(o.get("valid_from").asText());
        }
        o.path("object_marking_refs")
                .forEach(m -> assertThat(TLP2).as("TLP 2.0 marking").containsKey(m.asText()));
        if ("marking-definition".equals(o.get("type").asText()) && o.has("extensions")) {
            assertThat(TLP2.get(o.get("id").asText())).isEqualTo(o.get("name").asText());
        }
    }
}
