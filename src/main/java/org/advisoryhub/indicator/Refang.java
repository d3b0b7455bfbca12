package org.advisoryhub.indicator;

import java.util.regex.Pattern;

/** Undoes the defanging advisories use so readers cannot click an indicator ({@code hxxp}, {@code [.]}). */
final class Refang {

    private static final Pattern DOT =
            Pattern.compile("\\[\\.]|\\(\\.\\)|\\{\\.}|\\[dot]|\\(dot\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("\\[@]|\\[at]|\\(at\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HXXP = Pattern.compile("^hxxp", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLON = Pattern.compile("\\[:]");

    private Refang() {}

    static String apply(String raw) {
        String s = raw.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("<") && s.endsWith(">"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = DOT.matcher(s).replaceAll(".");
        s = AT.matcher(s).replaceAll("@");
        s = COLON.matcher(s).replaceAll(":");
        return HXXP.matcher(s).replaceFirst("http");
    }
}
