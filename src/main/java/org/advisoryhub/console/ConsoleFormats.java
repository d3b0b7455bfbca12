package org.advisoryhub.console;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.dto.AdvisoryResponse;
import org.advisoryhub.advisory.dto.AdvisorySummary;
import org.advisoryhub.indicator.IndicatorKind;

/** How pages show times and advisory text to the reader: in their time zone and, where translated, their language. */
@TemplateExtension
final class ConsoleFormats {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private ConsoleFormats() {}

    /** {@code 2026-11-30 23:12 KST}: to the minute, in the reader's zone, naming it. */
    static String local(Instant at, ConsoleView view) {
        return at == null ? "" : MINUTE.withZone(view.zone()).format(at);
    }

    /** The reader's calendar day of an instant. */
    static String day(Instant at, ConsoleView view) {
        return at == null ? "" : DAY.withZone(view.zone()).format(at);
    }

    /** The full ISO instant, for a {@code datetime} attribute or a tooltip. */
    static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    /** A long value (an address, a URL) shortened in the middle, for a narrow box; give the full one as its title. */
    static String shortened(String value) {
        return value == null ? "" : RankedChart.shorten(value);
    }

    /** The console's labels in a language, for text put together outside a template. */
    static ConsoleMessages labels(String lang) {
        return "en".equals(lang)
                ? MessageBundles.get(ConsoleMessages.class)
                : MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(lang));
    }

    /** An indicator kind as the API names it ({@code crypto_address}), labelled in the reader's language. */
    static String kindLabel(String kind, ConsoleView view) {
        return kind == null ? "" : kindIn(kind, labels(view.lang()));
    }

    /** An indicator kind's label among these labels; a kind the hub does not know is shown as it is. */
    static String kindIn(String kind, ConsoleMessages labels) {
        try {
            return labels.indicator_kind(IndicatorKind.parse(kind));
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    /** A message of the services in the reader's language where the catalog has it, in English otherwise. */
    static Said said(String message, ConsoleView view) {
        if ("ko".equals(view.lang())) {
            Optional<String> korean = ServerMessages.korean(message);
            if (korean.isPresent()) {
                return new Said(korean.get(), "ko");
            }
        }
        return new Said(message == null ? "" : message, LocalizedText.ORIGINAL);
    }

    /** A message as shown, and the language it is shown in (for its {@code lang} attribute). */
    record Said(String text, String lang) {}

    static LocalizedText text(AdvisorySummary a, ConsoleView view) {
        return LocalizedText.of(a.title(), a.summary(), null, a.translations(), view.lang());
    }

    static LocalizedText text(AdvisoryContent c, ConsoleView view) {
        return LocalizedText.of(c.title(), c.summary(), c.body(), c.translations(), view.lang());
    }

    static LocalizedText text(AdvisoryResponse a, ConsoleView view) {
        return LocalizedText.of(a.title(), a.summary(), a.body(), a.translations(), view.lang());
    }
}
