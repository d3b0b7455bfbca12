package org.advisoryhub.stix;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advisoryhub.advisory.Tlp;

/**
 * The official TLP 2.0 marking definitions and their extension definition, from OASIS
 * {@code cti-stix-common-objects} (extension {@code extension-definition--60a3c5c5-…}). They are emitted verbatim
 * and included wherever they are referenced, because consumers cannot be assumed to know them.
 */
public final class TlpMarkings {

    public static final String EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** The identity that created the TLP 2.0 extension definition. */
    public static final String EXTENSION_AUTHOR_ID = "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01";

    static final String CREATED = "2022-10-01T00:00:00.000Z";

    private static final Map<Tlp, String> IDS = Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    private TlpMarkings() {}

    public static String id(Tlp tlp) {
        return IDS.get(tlp);
    }

    /** The most restrictive TLP level among an object's {@code object_marking_refs}; CLEAR when it has none. */
    public static Tlp levelOf(com.fasterxml.jackson.databind.JsonNode object) {
        Tlp level = Tlp.CLEAR;
        for (com.fasterxml.jackson.databind.JsonNode ref : object.path("object_marking_refs")) {
            Tlp t = levelOf(ref.asText());
            if (t != null && !t.atMost(level)) {
                level = t;
            }
        }
        return level;
    }

    /** The TLP level a marking-definition id stands for, or null for other markings. */
    public static Tlp levelOf(String markingId) {
        for (Map.Entry<Tlp, String> e : IDS.entrySet()) {
            if (e.getValue().equals(markingId)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** OASIS's TLP 1.0 marking definitions (STIX 2.1 §7.2.1.4), which producers still use, and their TLP 2.0 levels. */
    private static final Map<String, Tlp> TLP_1 = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);

    /**
     * The TLP levels a received bundle's markings stand for, by marking id: OASIS's TLP 2.0 and 1.0 ids, and the
     * bundle's own definitions that state a TLP level the ways producers write it (a TLP 1.0 {@code definition_type:
     * tlp}, or a name or OpenCTI definition such as {@code TLP:AMBER+STRICT}). Other markings (statements, ISA
     * markings) name no level and are left out.
     */
    public static Map<String, Tlp> levelsIn(Iterable<com.fasterxml.jackson.databind.JsonNode> objects) {
        Map<String, Tlp> levels = new java.util.HashMap<>(TLP_1);
        IDS.forEach((tlp, id) -> levels.put(id, tlp));
        for (com.fasterxml.jackson.databind.JsonNode o : objects) {
            if ("marking-definition".equals(o.path("type").asText())
                    && !levels.containsKey(o.path("id").asText())) {
                Tlp stated = stated(o);
                if (stated != null) {
                    levels.put(o.path("id").asText(), stated);
                }
            }
        }
        return levels;
    }

    private static Tlp stated(com.fasterxml.jackson.databind.JsonNode definition) {
        List<String> candidates = new java.util.ArrayList<>();
        if ("tlp".equalsIgnoreCase(definition.path("definition_type").asText())) {
            candidates.add(definition.path("definition").path("tlp").asText());
        }
        candidates.add(definition.path("x_opencti_definition").asText());
        candidates.add(definition.path("name").asText());
        for (String text : candidates) {
            String t = text.trim();
            boolean tlp = t.regionMatches(true, 0, "TLP:", 0, 4)
                    || "tlp".equalsIgnoreCase(definition.path("definition_type").asText());
            if (!t.isEmpty() && tlp) {
                try {
                    return Tlp.parse(t);
                } catch (IllegalArgumentException e) {
                    // Not a level this hub knows (a vendor's own colour): the next candidate may be.
                }
            }
        }
        return null;
    }

    /** The most restrictive level among an object's markings, as {@link #levelsIn} reads them; null when none. */
    public static Tlp levelOf(com.fasterxml.jackson.databind.JsonNode object, Map<String, Tlp> levels) {
        Tlp level = null;
        for (com.fasterxml.jackson.databind.JsonNode ref : object.path("object_marking_refs")) {
            Tlp t = levels.get(ref.asText());
            if (t != null && (level == null || !t.atMost(level))) {
                level = t;
            }
        }
        return level;
    }

    /** The marking-definition object of one TLP level, exactly as OASIS publishes it. */
    public static ObjectNode marking(Tlp tlp) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", "marking-definition");
        o.put("spec_version", "2.1");
        o.put("id", id(tlp));
        o.put("created", CREATED);
        o.put("name", "TLP:" + tlp.label());
        ObjectNode ext = o.putObject("extensions").putObject(EXTENSION_ID);
        ext.put("extension_type", "property-extension");
        ext.put("tlp_2_0", tlp.label().toLowerCase(Locale.ROOT));
        return o;
    }

    /**
     * The author the TLP 2.0 extension-definition names (CISA, which wrote the extension in OASIS
     * {@code cti-stix-common-objects}), shipped so that its {@code created_by_ref} resolves in every collection.
     */
    public static ObjectNode extensionAuthor() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", "identity");
        o.put("spec_version", "2.1");
        o.put("id", EXTENSION_AUTHOR_ID);
        o.put("created", CREATED);
        o.put("modified", CREATED);
        o.put("name", "Cybersecurity and Infrastructure Security Agency");
        o.put("identity_class", "organization");
        return o;
    }

    /** The TLP 2.0 extension-definition object. */
    public static ObjectNode extensionDefinition() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", EXTENSION_ID);
        o.put("type", "extension-definition");
        o.put("spec_version", "2.1");
        o.put("name", "TLP 2.0");
        o.put("description", "This defines TLP 2.0 as a STIX extension");
        o.put("created", CREATED);
        o.put("modified", CREATED);
        o.put("created_by_ref", EXTENSION_AUTHOR_ID);
        o.put(
                "schema",
                "https://github.com/oasis-open/cti-stix-common-objects/tree/master/extension-definition-specifications/tlp-2.0");
        o.put("version", "1.0.0");
        o.putArray("extension_types").add("property-extension");
        return o;
    }
}
