package org.advisoryhub.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Locale;
import java.util.TreeSet;

/** Says what is wrong with a JSON body in client terms, without Java class names. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            TreeSet<String> known = new TreeSet<>();
            u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return "unknown field; expected one of " + String.join(", ", known);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null && v.getCause().getMessage() != null) {
            return v.getCause().getMessage();
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
        return "an object (" + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ")";
    }
}
