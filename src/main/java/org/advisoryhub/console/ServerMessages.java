package org.advisoryhub.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Korean of what the services say, in English, about refused input (a field's problem, an indicator's reason):
 * the catalog {@code messages/server_ko.txt}, where {@code {}} in an English text stands for a value put in and the
 * Korean refers to those values as {@code {1}}, {@code {2}}…. The services keep one language; the console translates
 * at the edge, and shows the English, marked as English, for a message the catalog does not know.
 */
final class ServerMessages {

    private static final String CATALOG = "messages/server_ko.txt";
    private static final String SEPARATOR = " => ";
    private static final List<Entry> KOREAN = load();

    /** One catalog line: the English as a pattern with a group per value, and the Korean template. */
    record Entry(String english, Pattern pattern, String korean) {

        String translate(Matcher m) {
            String out = korean;
            for (int i = m.groupCount(); i >= 1; i--) {
                out = out.replace("{" + i + "}", m.group(i));
            }
            return out;
        }
    }

    private ServerMessages() {}

    /** The Korean of a message, if the catalog has it. */
    static Optional<String> korean(String message) {
        if (message == null) {
            return Optional.empty();
        }
        for (Entry e : KOREAN) {
            Matcher m = e.pattern().matcher(message);
            if (m.matches()) {
                return Optional.of(e.translate(m));
            }
        }
        return Optional.empty();
    }

    static List<Entry> entries() {
        return KOREAN;
    }

    /** Compiles {@code english} into a pattern: the text as it is, each {@code {}} any value. */
    static Pattern pattern(String english) {
        StringBuilder regex = new StringBuilder();
        String[] parts = english.split("\\{\\}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("(.+?)");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = ServerMessages.class.getClassLoader().getResourceAsStream(CATALOG);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int at = line.indexOf(SEPARATOR);
                if (line.isBlank() || line.startsWith("#") || at < 0) {
                    continue;
                }
                String english = line.substring(0, at).strip();
                out.add(new Entry(
                        english,
                        pattern(english),
                        line.substring(at + SEPARATOR.length()).strip()));
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read " + CATALOG, e));
        }
        return List.copyOf(out);
    }
}
