package org.advisoryhub.common.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;

/**
 * The one rule for text entering the hub, from any door (JSON, forms, CSV, YAML, STIX, paths and queries):
 * it must be text PostgreSQL can store and every reader (JSON, HTML, CSV, STIX consumers) can render.
 * PostgreSQL refuses NUL in text and {@code \u0000} in jsonb; an unpaired surrogate is not Unicode at all;
 * other C0 control characters break CSV, XML-based tools and terminals. Tab, line feed and carriage return stay.
 */
public final class StorableText {

    private StorableText() {}

    /** Why this text cannot be stored, or null when it can. */
    public static String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (" + codePoint(c) + "), which is not valid Unicode";
            } else if (c == 0) {
                return "contains a NUL character (U+0000), which cannot be stored";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return "contains the control character " + codePoint(c) + ", which readers cannot render";
            }
        }
        return null;
    }

    /**
     * Text from outside that the hub keeps but nobody typed into a form (a webhook receiver's error answer): what
     * cannot be stored becomes U+FFFD instead of being refused.
     */
    public static String sanitize(String text) {
        if (text == null || problem(text) == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(problem(String.valueOf(c)) == null ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    /** True when the text (null included) may be stored. */
    public static boolean isStorable(CharSequence text) {
        return text == null || problem(text) == null;
    }

    /** Refuses the text with a 400 naming the field. */
    public static String require(String field, String text) {
        String problem = text == null ? null : problem(text);
        if (problem != null) {
            throw ValidationFailedException.of(field, problem);
        }
        return text;
    }

    /** Every field name and string in a JSON tree that cannot be stored, each named by its path. */
    public static List<Violation> problems(String path, JsonNode node) {
        List<Violation> out = new ArrayList<>();
        collect(path, node, out);
        return out;
    }

    /** Refuses a JSON tree with a 400 listing every bad string by its path. */
    public static void require(String path, JsonNode node) {
        List<Violation> problems = problems(path, node);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(
                    "The request has " + problems.size() + " text(s) that cannot be stored", problems);
        }
    }

    private static void collect(String path, JsonNode node, List<Violation> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            add(path, node.textValue(), out);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), out);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String nameProblem = problem(field.getKey());
                if (nameProblem != null) {
                    out.add(Violation.of(path.isEmpty() ? "body" : path, "a field name " + nameProblem));
                    continue;
                }
                collect(child, field.getValue(), out);
            }
        }
    }

    private static void add(String path, String text, List<Violation> out) {
        String problem = problem(text);
        if (problem != null) {
            out.add(Violation.of(path.isEmpty() ? "body" : path, problem));
        }
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
