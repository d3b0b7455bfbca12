package org.advisoryhub.stix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads STIX 2.1 patterns (Part 5, §9) into what the hub can keep: one or more alternatives, each a single object
 * described by equality comparisons ({@code [domain-name:value = 'x']}, {@code [file:name = 'a' AND
 * file:hashes.'SHA-256' = 'b']}, and the OR of such). Everything else the grammar allows (other operators, NOT,
 * several observations joined by AND or FOLLOWEDBY, qualifiers) parses, but comes back with the reason the hub cannot
 * represent it, so that nothing is silently dropped.
 */
public final class StixPatternReader {

    /** One object the pattern matches: its type and the property paths compared for equality. */
    public record Observation(String type, Map<String, String> values) {}

    /** The alternatives a pattern matches, or why the hub cannot represent it (then {@code observations} is empty). */
    public record Reading(List<Observation> observations, String problem) {

        static Reading of(List<Observation> observations) {
            return new Reading(List.copyOf(observations), null);
        }

        static Reading unrepresentable(String problem) {
            return new Reading(List.of(), problem);
        }
    }

    private interface Node {}

    private record Or(List<Node> parts) implements Node {}

    private record And(List<Node> parts) implements Node {}

    private record Comparison(String type, String path, String value) implements Node {}

    /** An observation expression {@code [ ... ]}; joined ones become Or/And of these. */
    private record Observed(Node comparison) implements Node {}

    private record Unsupported(String reason) implements Node {}

    private final String text;
    private int at;

    private StixPatternReader(String text) {
        this.text = text;
    }

    /** Reads a pattern; a pattern that does not follow the grammar is unrepresentable too, with where it broke. */
    public static Reading read(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Reading.unrepresentable("the pattern is empty");
        }
        StixPatternReader reader = new StixPatternReader(pattern);
        try {
            Node node = reader.observationOr();
            reader.space();
            if (reader.at < pattern.length()) {
                throw reader.broken("unexpected text");
            }
            return reading(node);
        } catch (IllegalArgumentException e) {
            return Reading.unrepresentable("not a valid STIX pattern: " + e.getMessage());
        }
    }

    private static Reading reading(Node node) {
        List<Observation> out = new ArrayList<>();
        String problem = collect(node, out);
        return problem == null ? Reading.of(out) : Reading.unrepresentable(problem);
    }

    /** Top level: observations joined by OR, each one object's comparisons joined by AND or OR. */
    private static String collect(Node node, List<Observation> out) {
        if (node instanceof Or or) {
            for (Node part : or.parts()) {
                String problem = collect(part, out);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (node instanceof And) {
            return "observations joined by AND (several objects seen together) have no single indicator value";
        }
        if (node instanceof Unsupported u) {
            return u.reason();
        }
        return alternatives(((Observed) node).comparison(), out);
    }

    /** Inside brackets: an OR of alternatives, each an AND of equality comparisons on one object. */
    private static String alternatives(Node node, List<Observation> out) {
        if (node instanceof Or or) {
            for (Node part : or.parts()) {
                String problem = alternatives(part, out);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<Node> parts = node instanceof And and ? and.parts() : List.of(node);
        String type = null;
        for (Node part : parts) {
            if (part instanceof Unsupported u) {
                return u.reason();
            }
            if (!(part instanceof Comparison c)) {
                return "OR inside AND within one observation is not a single value";
            }
            if (type != null && !type.equals(c.type())) {
                return "comparisons of two object types (" + type + ", " + c.type() + ") in one observation";
            }
            type = c.type();
            if (values.putIfAbsent(c.path(), c.value()) != null) {
                return c.type() + ":" + c.path() + " is compared twice";
            }
        }
        out.add(new Observation(type, values));
        return null;
    }

    // The grammar, lowest precedence first (§9.3): OR, AND, FOLLOWEDBY, then qualified observations.

    private Node observationOr() {
        List<Node> parts = new ArrayList<>(List.of(observationAnd()));
        while (keyword("OR")) {
            parts.add(observationAnd());
        }
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private Node observationAnd() {
        List<Node> parts = new ArrayList<>(List.of(followedBy()));
        while (keyword("AND")) {
            parts.add(followedBy());
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private Node followedBy() {
        Node first = qualified();
        boolean sequence = false;
        while (keyword("FOLLOWEDBY")) {
            qualified();
            sequence = true;
        }
        return sequence
                ? new Unsupported("FOLLOWEDBY (a sequence of observations) has no single indicator value")
                : first;
    }

    private Node qualified() {
        Node node;
        space();
        if (take('[')) {
            node = new Observed(comparisonOr());
            expect(']');
        } else if (take('(')) {
            node = observationOr();
            expect(')');
        } else {
            throw broken("expected [ or (");
        }
        String qualifier = null;
        while (true) {
            if (keyword("WITHIN")) {
                number();
                expectKeyword("SECONDS");
                qualifier = "WITHIN";
            } else if (keyword("REPEATS")) {
                number();
                expectKeyword("TIMES");
                qualifier = "REPEATS";
            } else if (keyword("START")) {
                literal();
                expectKeyword("STOP");
                literal();
                qualifier = "START/STOP";
            } else {
                break;
            }
        }
        return qualifier == null
                ? node
                : new Unsupported("the " + qualifier + " qualifier limits when the pattern matches; an indicator value"
                        + " cannot keep that");
    }

    private Node comparisonOr() {
        List<Node> parts = new ArrayList<>(List.of(comparisonAnd()));
        while (keyword("OR")) {
            parts.add(comparisonAnd());
        }
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private Node comparisonAnd() {
        List<Node> parts = new ArrayList<>();
        addFlattened(parts, comparison());
        while (keyword("AND")) {
            addFlattened(parts, comparison());
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private static void addFlattened(List<Node> parts, Node node) {
        if (node instanceof And and) {
            parts.addAll(and.parts());
        } else {
            parts.add(node);
        }
    }

    private Node comparison() {
        space();
        if (take('(')) {
            Node inner = comparisonOr();
            expect(')');
            return inner;
        }
        String[] path = objectPath();
        boolean negated = keyword("NOT");
        String operator = operator();
        if ("IN".equals(operator)) {
            expect('(');
            do {
                literal();
            } while (take(','));
            expect(')');
        } else {
            String value = literal();
            if (!negated && "=".equals(operator) && value != null) {
                return new Comparison(path[0], path[1], value);
            }
        }
        String what = (negated ? "NOT " : "") + operator;
        return what.equals("=")
                ? new Unsupported("the = comparison on " + path[0] + ":" + path[1] + " is not with a string")
                : new Unsupported(
                        "the " + what + " comparison on " + path[0] + ":" + path[1] + " matches more than one value");
    }

    private String operator() {
        space();
        for (String op : List.of("!=", "<=", ">=", "=", "<", ">")) {
            if (text.startsWith(op, at)) {
                at += op.length();
                return op;
            }
        }
        for (String op : List.of("LIKE", "MATCHES", "IN", "ISSUBSET", "ISSUPERSET")) {
            if (keyword(op)) {
                return op;
            }
        }
        throw broken("expected a comparison operator");
    }

    /** {@code type:property.sub.'quoted'[*]} as the type and a dotted path with quotes removed. */
    private String[] objectPath() {
        space();
        int start = at;
        while (at < text.length()
                && (Character.isLowerCase(text.charAt(at))
                        || Character.isDigit(text.charAt(at))
                        || text.charAt(at) == '-'
                        || text.charAt(at) == '_')) {
            at++;
        }
        if (at == start || !take(':')) {
            throw broken("expected an object path such as domain-name:value");
        }
        String type = text.substring(start, at - 1);
        StringBuilder path = new StringBuilder();
        do {
            if (!path.isEmpty()) {
                path.append('.');
            }
            if (at < text.length() && text.charAt(at) == '\'') {
                path.append(string());
            } else {
                int s = at;
                while (at < text.length()
                        && (Character.isLetterOrDigit(text.charAt(at))
                                || text.charAt(at) == '_'
                                || text.charAt(at) == '-')) {
                    at++;
                }
                if (s == at) {
                    throw broken("expected a property name");
                }
                path.append(text, s, at);
            }
            if (at < text.length() && text.charAt(at) == '[') {
                int close = text.indexOf(']', at);
                if (close < 0) {
                    throw broken("unclosed list index");
                }
                path.append(text, at, close + 1);
                at = close + 1;
            }
        } while (take('.'));
        return new String[] {type, path.toString()};
    }

    /** A constant: a string (returned), or a number, boolean, t'', h'' or b'' literal (null). */
    private String literal() {
        space();
        if (at < text.length() && text.charAt(at) == '\'') {
            return string();
        }
        if (at + 1 < text.length() && "thb".indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == '\'') {
            at++;
            string();
            return null;
        }
        if (keyword("true") || keyword("false")) {
            return null;
        }
        number();
        return null;
    }

    private void number() {
        space();
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw broken("expected a constant");
        }
    }

    /** A quoted string with its {@code \\} and {@code \'} escapes undone. */
    private String string() {
        at++;
        StringBuilder s = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                s.append(text.charAt(at++));
            } else if (c == '\'') {
                return s.toString();
            } else {
                s.append(c);
            }
        }
        throw broken("unclosed string");
    }

    private boolean keyword(String word) {
        space();
        int end = at + word.length();
        if (text.startsWith(word, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            at = end;
            return true;
        }
        return false;
    }

    private void expectKeyword(String word) {
        if (!keyword(word)) {
            throw broken("expected " + word);
        }
    }

    private boolean take(char c) {
        space();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw broken("expected " + c);
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException broken(String what) {
        return new IllegalArgumentException(what + " at character " + (at + 1));
    }
}
