package org.advisoryhub.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Locale;
import java.util.TreeSet;
import org.advisoryhub.common.text.StorableTextJson;

/** Says what is wrong with a JSON body in client terms, without Java class names. */
public final class JsonErrors {

    private JsonErrors() {}

    /** The bad field of a JSON body and what is wrong with it, for bodies parsed outside the REST layer. */
    public static Violation violation(JsonProcessingException e) {
        String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                ? BeanPaths.field(m.getPath())
                : parserPath(e);
        return Violation.of(field.isEmpty() ? "body" : field, describe(e));
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof StorableTextJson.UnstorableTextException) {
            return e.getOriginalMessage();
        }
        if (isDuplicateKey(e)) {
            return "appears more than once; each field may be given once";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            TreeSet<String> known = new TreeSet<>();
            u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return "unknown field; expected one of " + String.join(", ", known);
        }
        if (e instanceof ValueInstantiationException v
                && v.getCause() != null
                && v.getCause().getMessage() != null) {
            return v.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            return "'" + f.getValue() + "' is not one of "
                    + java.util.Arrays.stream(f.getTargetType().getEnumConstants())
                            .map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not a valid " + typeName(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + typeName(m.getTargetType());
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return "malformed JSON";
        }
        int nl = message.indexOf('\n');
        return "malformed JSON: " + (nl < 0 ? message : message.substring(0, nl));
    }

    static boolean isDuplicateKey(JsonProcessingException e) {
        return e instanceof JsonParseException
                && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate field");
    }

    /** Where the parser stood when it failed ({@code items[2].value}), or empty at the top. */
    static String parserPath(JsonProcessingException e) {
        if (!(e instanceof JsonParseException p) || p.getProcessor() == null) {
            return "";
        }
        java.util.LinkedList<String> steps = new java.util.LinkedList<>();
        for (JsonStreamContext c = p.getProcessor().getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                steps.addFirst(c.getCurrentName());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String step : steps) {
            out.append(out.isEmpty() || step.startsWith("[") ? "" : ".").append(step);
        }
        return out.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object ("
                + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ")";
    }
}
