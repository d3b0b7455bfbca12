package org.advisoryhub.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, in Java sources, the English messages a refusal can carry: Bean Validation {@code message = "…"}, the message
 * argument of {@code ValidationFailedException.of}, {@code Violation.of}, {@code InvalidIndicatorException} and
 * {@code IllegalArgumentException}, the reasons intake gives for what it cannot take ({@code skip}, {@code Mapped},
 * {@code Reading.unrepresentable}, {@code Unsupported}), and the texts a {@code problem(…)} method returns. A message built with
 * {@code +} becomes a template with {@code {}} for each value put in; one with no text of its own is left out.
 */
final class MessageSources {

    private static final Pattern ANNOTATION = Pattern.compile("message\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final Pattern CALL = Pattern.compile(
            "(ValidationFailedException\\.of|Violation\\.of|new InvalidIndicatorException|new IllegalArgumentException"
                    + "|skip|new Mapped|Reading\\.unrepresentable|new Unsupported)\\(");
    private static final Pattern PROBLEM_RETURN = Pattern.compile("return (\"(?:[^\"\\\\]|\\\\.)*\"[^;]*);");

    private MessageSources() {}

    static TreeSet<String> in(List<Path> roots) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    out.addAll(of(Files.readString(f)));
                }
            }
        }
        return out;
    }

    static List<String> of(String source) {
        List<String> out = new ArrayList<>();
        Matcher a = ANNOTATION.matcher(source);
        while (a.find()) {
            add(a.group(1), out);
        }
        Matcher c = CALL.matcher(source);
        while (c.find()) {
            List<String> args = arguments(source, c.end());
            if (!args.isEmpty()) {
                add(args.get(args.size() - 1), out);
            }
        }
        if (source.contains("static String problem(")) {
            Matcher r = PROBLEM_RETURN.matcher(source);
            while (r.find()) {
                add(r.group(1), out);
            }
        }
        return out;
    }

    /** A message expression as a template: its texts, and {} for each other operand of {@code +}. */
    static String template(String expression) {
        StringBuilder out = new StringBuilder();
        boolean text = false;
        boolean value = false;
        for (String operand : split(expression, '+')) {
            String o = operand.strip();
            if (o.startsWith("\"") && o.endsWith("\"") && o.length() >= 2) {
                out.append(o, 1, o.length() - 1);
                text = true;
                value = false;
            } else if (!value) {
                out.append("{}");
                value = true;
            }
        }
        return text ? out.toString().replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }

    private static void add(String expression, List<String> out) {
        String t = template(expression);
        if (t != null && !t.isBlank()) {
            out.add(t);
        }
    }

    /** The top-level, comma-separated arguments of the call whose parenthesis opens just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        int depth = 1;
        int i = from;
        StringBuilder current = new StringBuilder();
        List<String> out = new ArrayList<>();
        while (i < source.length() && depth > 0) {
            char ch = source.charAt(i);
            if (ch == '"') {
                int end = stringEnd(source, i);
                current.append(source, i, end);
                i = end;
                continue;
            }
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
                if (depth == 0) {
                    break;
                }
            } else if (ch == ',' && depth == 1) {
                out.add(current.toString());
                current.setLength(0);
                i++;
                continue;
            }
            current.append(ch);
            i++;
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        return out;
    }

    private static List<String> split(String expression, char operator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < expression.length(); i++) {
            char ch = expression.charAt(i);
            if (ch == '"') {
                int end = stringEnd(expression, i);
                current.append(expression, i, end);
                i = end - 1;
                continue;
            }
            if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == operator && depth == 0) {
                out.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(ch);
        }
        out.add(current.toString());
        return out;
    }

    /** The index just after the string literal that starts at {@code start}. */
    private static int stringEnd(String s, int start) {
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != '"') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }
}
