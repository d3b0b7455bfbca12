package org.advisoryhub.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Applies {@link StorableText} to every string of every JSON request body the REST layer reads, and refuses
 * duplicate keys (which parsers disagree on: first wins, last wins or error). The failure carries the JSON path,
 * so the problem names the field.
 */
@Singleton
public class StorableTextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same rules for mappers the hub builds itself (STIX submissions, advisory files). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule module = new SimpleModule("storable-text");
        module.addDeserializer(String.class, new CheckedString());
        module.addKeyDeserializer(String.class, new CheckedKey());
        mapper.registerModule(module);
        return mapper;
    }

    /** Text that cannot be stored, as a mapping failure at the current JSON path. */
    public static final class UnstorableTextException extends JsonMappingException {
        UnstorableTextException(JsonParser p, String problem) {
            super(p, problem);
        }
    }

    private static final class CheckedString extends StdScalarDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, StringDeserializer.instance.deserialize(p, ctxt));
        }
    }

    private static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return checked(ctxt.getParser(), key);
        }
    }

    private static String checked(JsonParser p, String value) throws UnstorableTextException {
        String problem = value == null ? null : StorableText.problem(value);
        if (problem != null) {
            throw new UnstorableTextException(p, problem);
        }
        return value;
    }
}
