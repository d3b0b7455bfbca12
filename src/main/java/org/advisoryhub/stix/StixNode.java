package org.advisoryhub.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;

/**
 * Builds one STIX object as JSON in property order, enforcing the rules every object shares: no null values,
 * no empty strings, and no empty lists (STIX 2.1 §2.6: "lists MUST NOT be empty").
 */
final class StixNode {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    private StixNode(String type, String id) {
        node.put("type", type);
        node.put("spec_version", "2.1");
        node.put("id", id);
    }

    static StixNode of(String type, String id) {
        return new StixNode(type, id);
    }

    StixNode str(String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
        return this;
    }

    StixNode num(String name, Integer value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    StixNode list(String name, Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
        return this;
    }

    StixNode objects(String name, Collection<ObjectNode> values) {
        if (values != null && !values.isEmpty()) {
            node.putArray(name).addAll(values);
        }
        return this;
    }

    /** A property extension of the given extension definition. */
    StixNode extension(String definitionId, Map<String, String> properties) {
        ObjectNode ext = node.putObject("extensions").putObject(definitionId);
        ext.put("extension_type", "property-extension");
        properties.forEach((k, v) -> {
            if (v != null) {
                ext.put(k, v);
            }
        });
        return this;
    }

    ObjectNode build() {
        return node;
    }

    /** An external reference (STIX 2.1 §2.5); {@code source_name} is required. */
    static ObjectNode reference(String sourceName, String url, String externalId, String description) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("source_name", sourceName);
        if (description != null && !description.isBlank()) {
            ref.put("description", description);
        }
        if (url != null) {
            ref.put("url", url);
        }
        if (externalId != null) {
            ref.put("external_id", externalId);
        }
        return ref;
    }
}
