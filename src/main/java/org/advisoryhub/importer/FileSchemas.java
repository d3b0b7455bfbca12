package org.advisoryhub.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** The JSON Schemas of {@code schemas/}, loaded from the class path where the build puts them. */
public final class FileSchemas {

    public static final FileSchemas ADVISORY = new FileSchemas("schemas/advisory.schema.json");
    public static final FileSchemas ORGANIZATIONS = new FileSchemas("schemas/organizations.schema.json");

    private final JsonSchema schema;

    private FileSchemas(String resource) {
        try (InputStream in = FileSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + resource);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the schema, as JSON path and message, in document order. */
    public List<ImportProblem> validate(String file, JsonNode document) {
        return schema.validate(document).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> new ImportProblem(file, m.getInstanceLocation().toString(), reason(m)))
                .distinct()
                .toList();
    }

    private static String reason(ValidationMessage m) {
        String prefix = m.getInstanceLocation() + ": ";
        String message = m.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
