package org.advisoryhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.advisoryhub.support.KoreanStyle;
import org.junit.jupiter.api.Test;

/**
 * Both languages everywhere: every console message has an English and a Korean text, the Korean one is Korean (not
 * the English copied over) and uses the glossary's terms (KoreanStyle), and no template writes English text around the messages.
 */
class ConsoleLanguageTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Keys whose Korean text may equal the English one (standards' names, codes). */
    private static final Set<String> SAME_IN_BOTH = Set.of("indicator_kind_$URL");

    /** English a template may show as it is: standards' names and codes. */
    private static final Set<String> LITERALS = Set.of(
            "TLP",
            "CLEAR",
            "GREEN",
            "AMBER",
            "AMBER+STRICT",
            "RED",
            "STIX",
            "CSV",
            "URL",
            "HTTP",
            "ID",
            "EN",
            "ATT",
            "CK",
            "amp",
            "KR");

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)\\}");

    @Test
    void shouldHaveEveryMessageInBothLanguages() throws IOException {
        Properties ko = load("msg_ko.properties");
        Properties en = load("msg_en.properties");
        Set<String> expectedKo = new TreeSet<>();
        Set<String> expectedEn = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Method m : ConsoleMessages.class.getDeclaredMethods()) {
            List<String> keys = enumKeys(m);
            if (keys != null) {
                expectedKo.addAll(keys);
                expectedEn.addAll(keys);
                continue;
            }
            Message message = m.getAnnotation(Message.class);
            if (message == null || message.value().isBlank()) {
                problems.add(m.getName() + " has no English text");
            }
            expectedKo.add(m.getName());
        }
        missing(expectedKo, ko, "msg_ko", problems);
        missing(expectedEn, en, "msg_en", problems);
        extra(expectedKo, ko, "msg_ko", problems);
        extra(expectedEn, en, "msg_en", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldWriteKoreanInKoreanWithTheGlossarysTerms() throws Exception {
        Properties ko = load("msg_ko.properties");
        Map<String, String> english = english();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(ko.stringPropertyNames())) {
            String value = ko.getProperty(key);
            if (SAME_IN_BOTH.contains(key)) {
                continue;
            }
            if (value.equals(english.get(key))) {
                problems.add(key + ": the Korean text is the English one");
            }
            if (!HANGUL.matcher(value).find()) {
                problems.add(key + ": no Korean in \"" + value + "\"");
            }
            KoreanStyle.wrongTerms(value).forEach(w -> problems.add(key + ": " + w));
            if (english.containsKey(key) && !parameters(english.get(key)).equals(parameters(value))) {
                problems.add(
                        key + ": parameters " + parameters(value) + " differ from " + parameters(english.get(key)));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The features whose refusals the console shows: forms, the indicator box, accounts, catalog, collections, keys,
     * and the intake report (with the STIX rules and pattern reasons it quotes).
     */
    private static final List<Path> CONSOLE_SOURCES = Stream.of(
                    "advisory",
                    "actor",
                    "collection",
                    "console",
                    "indicator",
                    "intake",
                    "official",
                    "organization",
                    "partner",
                    "revision",
                    "signoff",
                    "stix",
                    "common/text")
            .map(p -> Path.of("src/main/java/org/advisoryhub", p))
            .toList();

    @Test
    void shouldHaveKoreanForEveryMessageTheConsoleCanShow() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String template : MessageSources.in(CONSOLE_SOURCES)) {
            // A value stands in for each {} of the template, as the service would put one in.
            String example = template.replace("{}", "X1");
            if (ServerMessages.korean(example).isEmpty()) {
                missing.add(template);
            }
        }
        assertThat(missing)
                .as("messages without a line in messages/server_ko.txt")
                .isEmpty();
    }

    @Test
    void shouldTranslateServerMessagesPuttingTheirValuesWhereKoreanWantsThem() {
        assertThat(ServerMessages.korean("must be at most 5000 characters")).contains("5000자 이하여야 합니다");
        assertThat(ServerMessages.korean("prefix must be 'bc1', not 'tb1'")).contains("접두사는 'tb1'이 아니라 'bc1'이어야 합니다");
        assertThat(ServerMessages.korean("something no catalog knows")).isEmpty();
        assertThat(MessageSources.of(
                        "throw ValidationFailedException.of(\"x\", \"must be at most \" + MAX + \" bytes\");"))
                .containsExactly("must be at most {} bytes");
        assertThat(MessageSources.of(
                        "throw new InvalidIndicatorException(\"'\" + c + \"' is bad (\" + f(a, b) + \")\");"))
                .containsExactly("'{}' is bad ({})");
        List<String> problems = new ArrayList<>();
        for (ServerMessages.Entry e : ServerMessages.entries()) {
            int values = e.english().split("\\{\\}", -1).length - 1;
            for (int i = 1; i <= values; i++) {
                if (!e.korean().contains("{" + i + "}")) {
                    problems.add(e.english() + ": the Korean leaves out value " + i);
                }
            }
            if (e.korean().contains("{" + (values + 1) + "}")
                    || !HANGUL.matcher(e.korean()).find()) {
                problems.add(e.english() + ": " + e.korean());
            }
            problems.addAll(KoreanStyle.wrongTerms(e.korean()).stream()
                    .map(w -> e.english() + ": " + w)
                    .toList());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldSeeAWrongTermAndEnglishInATemplate() {
        assertThat(KoreanStyle.wrongTerms("새 권고")).hasSize(1);
        assertThat(KoreanStyle.wrongTerms("새 권고문")).isEmpty();
        assertThat(KoreanStyle.wrongTerms("침해지표 추가")).isEmpty();
        assertThat(englishIn("<p>Key id: <code>{k.id}</code></p>")).containsExactly("Key", "id");
        assertThat(englishIn("<th>{msg:name}</th><td>TLP:{t.label}</td><input placeholder=\"Search\">"))
                .containsExactly("Search");
    }

    @Test
    void shouldWriteNoEnglishIntoTemplates() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> words = englishIn(Files.readString(f));
                if (!words.isEmpty()) {
                    problems.add(TEMPLATES.relativize(f) + ": " + words);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Words of English a template shows outside its expressions: text between tags and visible attributes. */
    static List<String> englishIn(String template) {
        String t = template.replaceAll("(?s)\\{!.*?!\\}", "");
        List<String> out = new ArrayList<>();
        Matcher attributes = Pattern.compile("(?:placeholder|title|aria-label|alt)=\"([^\"]*)\"")
                .matcher(t);
        while (attributes.find()) {
            words(attributes.group(1), out);
        }
        words(t.replaceAll("(?s)<[^>]*>", " "), out);
        return out;
    }

    private static void words(String text, List<String> out) {
        // Codes such as T1566.001 or G0032 are identifiers, not English.
        String shown = text.replaceAll("\\{[^}]*\\}", " ").replaceAll("\\b[A-Z]+\\d[\\w.]*", " ");
        Matcher word = Pattern.compile("[A-Za-z][A-Za-z+]*").matcher(shown);
        while (word.find()) {
            if (!LITERALS.contains(word.group())) {
                out.add(word.group());
            }
        }
    }

    /** The keys of a message that labels each constant of its one enum parameter; null for any other message. */
    private static List<String> enumKeys(Method m) {
        if (m.getParameterCount() != 1 || !m.getParameterTypes()[0].isEnum()) {
            return null;
        }
        Object[] constants = m.getParameterTypes()[0].getEnumConstants();
        boolean underscores =
                Arrays.stream(constants).anyMatch(c -> c.toString().contains("_"));
        String separator = underscores ? "_$" : "_";
        return Arrays.stream(constants)
                .map(c -> m.getName() + separator + ((Enum<?>) c).name())
                .toList();
    }

    /** English texts by key: the annotations, and msg_en for enum labels. */
    private static Map<String, String> english() throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        for (Method m : ConsoleMessages.class.getDeclaredMethods()) {
            Message message = m.getAnnotation(Message.class);
            if (message != null && !message.value().isBlank()) {
                out.put(m.getName(), message.value());
            }
        }
        Properties en = load("msg_en.properties");
        en.stringPropertyNames().forEach(k -> out.put(k, en.getProperty(k)));
        return out;
    }

    private static Set<String> parameters(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void missing(Set<String> expected, Properties file, String name, List<String> problems) {
        expected.stream().filter(k -> !file.containsKey(k)).forEach(k -> problems.add(name + " misses " + k));
    }

    private static void extra(Set<String> expected, Properties file, String name, List<String> problems) {
        file.stringPropertyNames().stream()
                .filter(k -> !expected.contains(k))
                .forEach(k -> problems.add(name + " has " + k + ", which no message uses"));
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
