package org.advisoryhub.console;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs axe-core (installed by the build into target/a11y from the pinned lock file) on a page and returns its serious
 * and critical WCAG 2.1 A/AA violations. The script is evaluated through the browser's debugging protocol, so the
 * console's Content-Security-Policy stays on while it runs.
 */
final class Accessibility {

    private static final Path AXE = Path.of("target/a11y/node_modules/axe-core/axe.min.js");
    private static String source;

    private Accessibility() {}

    static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(source());
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        return found;
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is installed by `./mvnw verify` (npm ci into target/a11y)", e);
            }
        }
        return source;
    }
}
