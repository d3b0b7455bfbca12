package org.advisoryhub.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public pages as a reader without an account uses them, in English and Korean: the language the browser asks
 * for, search, the copy button, both downloads, and the printed page.
 */
@HubTest
class PublicPagesBrowserTest extends OfficialsTest {

    private static ConsoleBrowser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        browser = ConsoleBrowser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void shouldSearchCopyDownloadAndPrintInBothLanguages() throws Exception {
        String id = Advisories.publishedAt("Browser public advisory", "CLEAR", List.of(), "browser-public.example.org");
        String hidden =
                Advisories.publishedAt("Browser amber advisory", "AMBER", List.of(), "browser-amber.example.org");
        for (String locale : List.of("en-US", "ko-KR")) {
            String lang = locale.substring(0, 2);
            Page page = browser.anonymous(locale);
            // The root of the hub is the public list, in the browser's language.
            page.navigate(base.toString());
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/public/advisories.*"));
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            page.fill("#public-search input[name=q]", "Browser");
            page.locator("#public-search button").click();
            assertThat(page.locator("#public-list")).containsText(id);
            assertThat(page.locator("#public-list")).not().containsText(hidden);
            page.locator("#public-list a[href*='" + id + "']").first().click();
            assertThat(page.locator("#advisory-id")).hasText(id);
            ConsoleBrowser.shoot(page, "public-browser-" + lang + "-advisory");

            page.locator("#indicators button.copy").first().click();
            assertThat(page.locator("#indicators button.copy").first()).hasAttribute("data-copied", "true");
            assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo("browser-public.example.org");

            Download csv = page.waitForDownload(() -> page.click("#download-csv"));
            assertThat(csv.suggestedFilename()).isEqualTo(id + "-indicators.csv");
            assertThat(Files.readString(csv.path())).contains("browser-public.example.org,domain");
            Download stix = page.waitForDownload(() -> page.click("#download-stix"));
            assertThat(stix.suggestedFilename()).isEqualTo(id + ".stix.json");
            assertThat(Files.readString(stix.path()))
                    .contains("\"type\":\"bundle\"")
                    .contains("browser-public.example.org");

            // Printed, the page is the document alone: no navigation, buttons, search or download links.
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("#indicators button.copy").first()).isHidden();
            assertThat(page.locator("#downloads")).isHidden();
            assertThat(page.locator("#summary")).isVisible();
            assertThat(page.locator("#indicators")).containsText("browser-public.example.org");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            assertThat(page.locator("#downloads")).isVisible();
            page.context().close();
        }
    }
}
