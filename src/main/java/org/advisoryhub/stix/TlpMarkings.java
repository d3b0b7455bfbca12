package org.advisoryhub.stix;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
