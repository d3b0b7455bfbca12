package org.advisoryhub.console;

import java.util.Map;
import org.advisoryhub.advisory.Translation;

/**
 * An advisory's title, summary and body in the reader's language where a translation has them, in English
 * otherwise; each part says its language (for the page's {@code lang} attributes), and {@code complete} is false when
 * a part the original has is shown untranslated (the page then shows a "no translation" badge).
 */
public record LocalizedText(
        String title,
        String titleLang,
        String summary,
        String summaryLang,
        String body,
        String bodyLang,
        boolean complete) {

    static final String ORIGINAL = "en";

    static LocalizedText of(
            String title, String summary, String body, Map<String, Translation> translations, String lang) {
        Translation t = ORIGINAL.equals(lang) ? null : translations.get(lang);
        Part titled = Part.of(title, t == null ? null : t.title(), lang);
        Part summarized = Part.of(summary, t == null ? null : t.summary(), lang);
        Part bodied = Part.of(body, t == null ? null : t.body(), lang);
        return new LocalizedText(
                titled.text,
                titled.lang,
                summarized.text,
                summarized.lang,
                bodied.text,
                bodied.lang,
                ORIGINAL.equals(lang) || (titled.translated && summarized.translated && bodied.translated));
    }

    private record Part(String text, String lang, boolean translated) {

        /** The translation when it has text; the original otherwise (translated when there is nothing to translate). */
        static Part of(String original, String translation, String lang) {
            if (translation != null && !translation.isBlank()) {
                return new Part(translation, lang, true);
            }
            return new Part(original, ORIGINAL, original == null || original.isBlank());
        }
    }
}
