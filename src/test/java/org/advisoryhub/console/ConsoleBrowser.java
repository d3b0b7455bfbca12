package org.advisoryhub.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The system Chromium driven by Playwright for the console's browser tests: sign in as an official, and photograph a
 * page into {@code target/screenshots} while checking it scrolls only vertically on a laptop screen and has no
 * serious or critical accessibility violation.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private ConsoleBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
    }

    static ConsoleBrowser launch() {
        return new ConsoleBrowser();
    }

    /**
     * A fresh browser context of a reader who never signs in, reading in {@code locale}, allowed to use the clipboard
     * (the public pages' copy buttons).
     */
    Page anonymous(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768)
                .setAcceptDownloads(true)
                .setLocale(locale));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        return context.newPage();
    }

    /** A fresh browser context signed in at {@code base} (the hub's root URL, ending in a slash). */
    Page signIn(String base, String username, String password) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 768).setAcceptDownloads(true));
        Page page = context.newPage();
        page.navigate(base + "console/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#sign-in");
        assertThat(page.locator("#sign-out")).isVisible();
        return page;
    }

    static void shoot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow)
                .as("no horizontal scrolling on a laptop screen: " + name)
                .isEqualTo(false);
        assertThat(Accessibility.seriousViolations(page))
                .as("axe-core: serious or critical WCAG 2.1 AA violations on " + name)
                .isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
