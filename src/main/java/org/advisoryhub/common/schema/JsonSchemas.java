package org.advisoryhub.common.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON Schemas of {@code schemas/}, loaded from the class path where the build puts them. Their
 * {@code $id}s resolve to the same class path, so schemas can refer to each other without network access.
 */
public final class JsonSchemas {

    private static final String ID_PREFIX = "https://advisory-hub.example/schemas/";

    public static final JsonSchemas ADVISORY = new JsonSchemas("advisory.schema.json");
    public static final JsonSchemas ORGANIZATIONS = new JsonSchemas("organizations.schema.json");
    public static final JsonSchemas THREAT_ACTORS = new JsonSchemas("threat-actors.schema.json");
    public static final JsonSchemas STIX_OBJECT = new JsonSchemas("stix/stix-object.schema.json");
    public static final JsonSchemas STIX_BUNDLE = new JsonSchemas("stix/bundle.schema.json");

    /** One violation: where in the document (JSON path) and what is wrong. */
    public record Violation(String path, String message) {}

    private final JsonSchema schema;

    private JsonSchemas(String name) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix(ID_PREFIX, "classpath:schemas/")));
        schema = factory.getSchema(com.networknt.schema.SchemaLocation.of(ID_PREFIX + name));
    }

    /** Every violation of the schema, in document order, without repeats. */
    public List<Violation> validate(JsonNode document) {
        return schema.validate(document).stream()
                .sorted(Comparator.comparing(
                                (ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> new Violation(m.getInstanceLocation().toString(), reason(m)))
                .distinct()
                .toList();
    }

    private static String reason(ValidationMessage m) {
        String prefix = m.getInstanceLocation() + ": ";
        String message = m.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
