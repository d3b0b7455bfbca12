package org.advisoryhub.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.advisoryhub.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every console page in both languages, photographed and checked with axe-core; the administrators' tasks (an official
 * created, another disabled, a failed webhook delivery replayed); and the editor used with the keyboard alone.
 */
@HubTest
class ConsolePagesBrowserTest extends OfficialsTest {

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
    void shouldShowEveryPageInBothLanguagesWithoutAccessibilityViolations() {
        String published = Advisories.publishedAt("Every page", "GREEN", List.of(), "every-page.example.org");
        Advisories.amendAdding(published, "every-page-2.example.org");
        String draft = Advisories.create(Officials.FBI_DRAFTER, "Every page draft", List.of("test-nis"));
        Advisories.addText(Officials.FBI_DRAFTER, draft, "every-page-draft.example.org")
                .statusCode(200);
        String indicator = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + draft + "/indicators")
                .then()
                .extract()
                .path("items[0].id");
        String actor = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/threat-actors?q=Lazarus")
                .then()
                .extract()
                .path("items[0].id");

        Map<String, String> officialPages = new LinkedHashMap<>();
        officialPages.put("dashboard", "console");
        officialPages.put("advisories", "console/advisories?status=PUBLISHED");
        officialPages.put("advisory-seeded", "console/advisories/HUB-2022-0001");
        officialPages.put("advisory-published", "console/advisories/" + published);
        officialPages.put("advisory-draft", "console/advisories/" + draft);
        officialPages.put("advisory-new", "console/advisories/new");
        officialPages.put("advisory-edit", "console/advisories/" + draft + "/edit");
        officialPages.put("indicator-edit", "console/advisories/" + draft + "/indicators/" + indicator + "/edit");
        officialPages.put("diff", "console/advisories/" + published + "/diff?from=1&to=2");
        officialPages.put("withdraw", "console/advisories/" + published + "/withdraw");
        officialPages.put("actors", "console/threat-actors");
        officialPages.put("actor", "console/threat-actors/" + actor);
        officialPages.put("account", "console/account");
        officialPages.put("intake", "console/intake");
        officialPages.put("submissions", "console/advisories/" + draft + "/submissions");
        officialPages.put("not-found", "console/advisories/HUB-1999-9999");
        Page fbi = browser.signIn(base.toString(), Officials.FBI_PUBLISHER, Officials.PASSWORD);
        Page drafter = browser.signIn(base.toString(), Officials.FBI_DRAFTER, Officials.PASSWORD);
        Page admin = browser.signIn(base.toString(), Officials.ADMIN, Officials.ADMIN_PASSWORD);
        Map<String, String> adminPages = new LinkedHashMap<>();
        adminPages.put("admin-partners", "console/admin/partners");
        adminPages.put("admin-partner", "console/admin/partners/test-fbi-vasp");
        adminPages.put("admin-collections", "console/admin/collections");
        adminPages.put("admin-audit", "console/admin/audit");
        adminPages.put("admin-officials", "console/admin/officials");
        adminPages.put("admin-official", "console/admin/officials/" + Officials.FBI_DRAFTER);
        adminPages.put("admin-organizations", "console/admin/organizations");
        Partners.partner("test-fbi-vasp", "VASP");

        for (String lang : List.of("en", "ko")) {
            for (Page page : List.of(fbi, drafter, admin)) {
                page.navigate(base + "console/language?lang=" + lang + "&back=/console");
            }
            officialPages.forEach((name, path) -> {
                Page page = name.startsWith("advisory-new")
                                || name.startsWith("advisory-edit")
                                || name.equals("indicator-edit")
                                || name.equals("intake")
                                || name.equals("submissions")
                        ? drafter
                        : fbi;
                page.navigate(base + path);
                assertThat(page.locator("html")).hasAttribute("lang", lang);
                ConsoleBrowser.shoot(page, "pages-" + lang + "-" + name);
            });
            adminPages.forEach((name, path) -> {
                admin.navigate(base + path);
                ConsoleBrowser.shoot(admin, "pages-" + lang + "-" + name);
            });
        }
        // Korean mode shows the seeded advisory's Korean title, and the switch comes back to the same page.
        fbi.navigate(base + "console/advisories/HUB-2022-0001");
        assertThat(fbi.locator("#advisory-title")).hasAttribute("lang", "ko");
        fbi.click("#lang-en");
        assertThat(fbi).hasURL(base + "console/advisories/HUB-2022-0001");
        assertThat(fbi.locator("#advisory-title")).hasAttribute("lang", "en");

        Page anonymous = browser.signIn(base.toString(), Officials.FBI_REVIEWER, Officials.PASSWORD);
        anonymous.click("#sign-out");
        ConsoleBrowser.shoot(anonymous, "pages-en-login");
        // The public pages, signed out, in both languages.
        for (String lang : List.of("en", "ko")) {
            anonymous.navigate(base + "public/advisories?lang=" + lang);
            assertThat(anonymous.locator("#public-list article")).not().hasCount(0);
            ConsoleBrowser.shoot(anonymous, "public-" + lang + "-advisories");
            anonymous.navigate(base + "public/advisories/HUB-2022-0001?lang=" + lang);
            assertThat(anonymous.locator("#indicators tbody tr")).hasCount(8);
            ConsoleBrowser.shoot(anonymous, "public-" + lang + "-advisory");
        }
    }

    @Test
    void shouldTakeInABundleFromAFileCheckItAndCreateTheDraft() throws Exception {
        Page drafter = browser.signIn(base.toString(), Officials.NIS_DRAFTER, Officials.PASSWORD);
        drafter.click("#intake");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cisa", ".json");
        try (var in = getClass().getResourceAsStream("/external-stix/cisa-aa23-325a.json")) {
            java.nio.file.Files.write(file, in.readAllBytes());
        }
        // The file is read into the text box by the page's script, then checked on the server.
        drafter.setInputFiles("#bundle-file", file);
        assertThat(drafter.locator("#bundle")).hasValue(java.util.regex.Pattern.compile("bundle--f9c69aae"));
        drafter.click("#intake-check");
        assertThat(drafter.locator("#intake-counts")).containsText("25");
        assertThat(drafter.locator("#intake-indicators tbody tr")).hasCount(18);
        ConsoleBrowser.shoot(drafter, "intake-report");
        drafter.click("#intake-save");
        assertThat(drafter.locator("#advisory-title")).containsText("AA23-325A");
        assertThat(drafter.locator("#indicators")).containsText("adobe-us-updatefiles.digital");
    }

    @Test
    void shouldCreateAnOfficialDisableAnotherAndReplayAFailedDelivery() throws Exception {
        // An account of its own to disable: the shared test officials must keep working for the other tests.
        Officials.as(Officials.ADMIN)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of(
                        "username", "browser-disabled",
                        "displayName", "To be disabled",
                        "password", "quiet-harbor-Pa55word",
                        "roles", List.of("drafter"),
                        "organizationId", "test-fbi"))
                .put("/api/v1/officials/browser-disabled")
                .then()
                .statusCode(200);
        Page admin = browser.signIn(base.toString(), Officials.ADMIN, Officials.ADMIN_PASSWORD);
        admin.click("#admin-officials");
        admin.fill("#official-username", "browser-made");
        admin.fill("#official-display-name", "Made in the browser");
        admin.selectOption("#official-organization", "test-nis");
        admin.check("#role-reviewer");
        admin.fill("#official-password", "browser-made-Pa55word");
        ConsoleBrowser.shoot(admin, "11-admin-official-new");
        admin.click("#create-official");
        assertThat(admin.locator("#official-browser-made")).containsText("test-nis");

        admin.click("#official-list a:text-is('browser-disabled')");
        admin.uncheck("#official-enabled");
        admin.click("#save-official");
        assertThat(admin.locator("#official-browser-disabled")).containsText("Disabled");
        ConsoleBrowser.shoot(admin, "12-admin-officials");
        Page made = browser.signIn(base.toString(), "browser-made", "browser-made-Pa55word");
        assertThat(made.locator("h1")).hasText("Dashboard");

        Partners.partner("browser-hooks", "VASP");
        Partners.Key key = Partners.key("browser-hooks", List.of("vasp-indicators"), "GREEN", false, true);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(List.of(), WebhookReceiver.Answer.FAIL);
            key.api()
                    .body(Map.of(
                            "url", receiver.url("/browser-down"),
                            "collections", List.of("vasp-indicators"),
                            "secret", "a-shared-secret-of-the-partner-0123456789"))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201);
            Advisories.publishedAt("Hooked in the browser", "GREEN", List.of(), "hook-browser.example.net");
            admin.navigate(base + "console/admin/partners/browser-hooks");
            admin.click("a.webhook-deliveries");
            Locator failed = admin.locator("tr.delivery-failed");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                admin.reload();
                assertThat(failed.count()).isPositive();
            });
            ConsoleBrowser.shoot(admin, "13-admin-webhook-deliveries");
            receiver.answer(List.of(), WebhookReceiver.Answer.OK);
            failed.first().locator("button.replay").click();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                admin.reload();
                assertThat(admin.locator("tr.delivery-delivered").count()).isPositive();
            });
            assertThat(receiver.received("/browser-down")).isNotEmpty();
        }
    }

    @Test
    void shouldDraftWithTheKeyboardAlone() {
        Page page = browser.signIn(base.toString(), Officials.FBI_DRAFTER, Officials.PASSWORD);
        page.navigate(base + "console/advisories/new");
        tabTo(page, "title");
        page.keyboard().type("Typed with the keyboard");
        page.keyboard().press("Tab");
        page.keyboard().type("Nothing but keys.");
        page.keyboard().press("Tab");
        page.keyboard().type("## Body");
        tabTo(page, "title-ko");
        page.keyboard().type("키보드로 작성한 권고문");
        tabTo(page, "save-advisory");
        page.keyboard().press("Enter");
        assertThat(page.locator("#advisory-title")).hasText("Typed with the keyboard");
        // The skip link is the first stop, and takes the keyboard past the navigation.
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip");
    }

    /** Presses Tab until the element with this id has the focus; fails if it never gets it. */
    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("#" + id + " never got the keyboard focus");
    }
}
