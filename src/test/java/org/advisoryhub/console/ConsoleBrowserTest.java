package org.advisoryhub.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole authoring workflow in the system Chromium: a drafter drafts an advisory, pastes indicators with a bad
 * address, fixes it and submits; publishers of both agencies sign off; it is published and its STIX downloads.
 * Screenshots of the key pages go to {@code target/screenshots}.
 */
@HubTest
class ConsoleBrowserTest extends OfficialsTest {

    private static final String BAD_ADDRESS = "0x098b716b8aaf21512996dc57eb0615e2383e2f9";
    private static final String GOOD_ADDRESS = "0x098b716b8aaf21512996dc57eb0615e2383e2f96";

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

    private Page signIn(String username) {
        return signIn(username, Officials.PASSWORD);
    }

    private Page signIn(String username, String password) {
        Page page = browser.signIn(base.toString(), username, password);
        assertThat(page.locator("h1")).hasText("Dashboard");
        return page;
    }

    private static void shoot(Page page, String name) {
        ConsoleBrowser.shoot(page, name);
    }

    @Test
    void shouldDraftSignOffPublishAndDownloadStix() throws Exception {
        Page drafter = signIn(Officials.FBI_DRAFTER);
        shoot(drafter, "01-dashboard");
        drafter.click("#new-advisory");
        drafter.fill("#title", "Browser-drafted advisory <b>bold?</b>");
        drafter.fill("#summary", "Wallets used to launder stolen funds.");
        drafter.fill("#body", "## Background\nThe **Lazarus Group** moved funds.\n- first hop\n- second hop");
        assertThat(drafter.locator("#body-preview strong")).hasText("Lazarus Group");
        drafter.fill("#coauthors", "test-fbi, test-nis");
        drafter.fill("#title-ko", "브라우저로 작성한 권고문");
        drafter.fill("#summary-ko", "탈취 자금 세탁에 쓰인 지갑 주소입니다.");
        drafter.fill("#body-ko", "## 조치 사항\n**라자루스 그룹(Lazarus Group)**의 주소와 거래하지 마십시오.");
        assertThat(drafter.locator("#body-ko-preview strong")).hasText("라자루스 그룹(Lazarus Group)");
        shoot(drafter, "02-editor");
        drafter.click("#save-advisory");
        assertThat(drafter.locator("#advisory-title")).hasText("Browser-drafted advisory <b>bold?</b>");

        drafter.fill("#paste", "browser-drafted.example.net\n" + BAD_ADDRESS);
        drafter.click("#check");
        assertThat(drafter.locator("#report tr.invalid")).hasCount(1);
        assertThat(drafter.locator("#report tr.invalid")).containsText(BAD_ADDRESS);
        shoot(drafter, "03-indicator-check");
        drafter.click("#add");
        assertThat(drafter.locator("#report tr.invalid")).hasCount(1); // still refused: nothing saved
        drafter.fill("#paste", "browser-drafted.example.net\n" + GOOD_ADDRESS);
        drafter.click("#check");
        assertThat(drafter.locator("#report")).hasClass("ok");
        drafter.click("#add");
        assertThat(drafter.locator("#indicators table tbody tr")).hasCount(2);
        // An extra line added by mistake is dropped again from the table.
        drafter.fill("#paste", "added-by-mistake.example.net");
        drafter.click("#add");
        assertThat(drafter.locator("#indicators table tbody tr")).hasCount(3);
        drafter.locator("#indicators table tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("added-by-mistake.example.net"))
                .locator("button")
                .click();
        assertThat(drafter.locator("#indicators table tbody tr")).hasCount(2);
        // One indicator's details are changed on its own page; a bad value there is refused with the form kept.
        drafter.locator("#indicators table tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("browser-drafted.example.net"))
                .locator("a.edit-indicator")
                .click();
        drafter.fill("#confidence", "250");
        drafter.click("#save-indicator");
        assertThat(drafter.locator("#problems")).containsText("confidence");
        drafter.fill("#confidence", "85");
        drafter.fill("#indicator-description", "Phishing domain seen in the campaign");
        drafter.click("#save-indicator");
        assertThat(drafter.locator("#indicators table tbody tr")).hasCount(2);
        String draftId = drafter.locator("#advisory-id").textContent();
        Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + draftId + "/indicators?kind=domain")
                .then()
                .statusCode(200)
                .body("items[0].confidence", org.hamcrest.Matchers.equalTo(85))
                .body("items[0].description", org.hamcrest.Matchers.equalTo("Phishing domain seen in the campaign"));
        drafter.click("#submit");
        assertThat(drafter.locator("#status")).hasText("In review");

        Page nis = signIn(Officials.NIS_PUBLISHER);
        assertThat(nis.locator("#awaiting")).containsText("Browser-drafted advisory");
        nis.locator("#awaiting a")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(drafter.locator("#advisory-id").textContent()))
                .click();
        nis.click("#approve");
        assertThat(nis.locator("#missing")).not().containsText("test-nis");
        shoot(nis, "04-signoff");

        Page fbi = signIn(Officials.FBI_PUBLISHER);
        fbi.navigate(drafter.url());
        fbi.click("#approve");
        assertThat(fbi.locator("#missing")).containsText("—");
        fbi.fill("#change-note", "First publication");
        fbi.click("#publish");
        assertThat(fbi.locator("#status")).hasText("Published");
        shoot(fbi, "05-published");

        Download download = fbi.waitForDownload(() -> fbi.click("#stix-1"));
        String bundle = Files.readString(download.path());
        assertThat(bundle)
                .contains("\"type\":\"bundle\"")
                .contains(GOOD_ADDRESS)
                .contains("\"type\":\"report\"")
                .contains("\"type\":\"language-content\"")
                .contains("라자루스 그룹(Lazarus Group)");

        // A partner reports seeing the address; the co-authors' dashboard shows it.
        String id = fbi.locator("#advisory-id").textContent();
        Partners.partner("browser-sighter", "VASP");
        Partners.Key key =
                Partners.key("browser-sighter", List.of("vasp-indicators", "partner-submissions"), "GREEN", true);
        key.api()
                .body(Map.of("indicator", Advisories.indicatorId(id, "crypto_address:eth:" + GOOD_ADDRESS), "count", 2))
                .post("/api/v1/sightings")
                .then()
                .statusCode(201);
        fbi.navigate(base + "console");
        assertThat(fbi.locator("#sightings")).containsText(id);
        assertThat(fbi.locator("svg#sightings-per-day rect")).not().hasCount(0);
        shoot(fbi, "05b-dashboard-sightings");
        // The advisory draws them: per day and partner, and the most-sighted indicator with its full value.
        fbi.navigate(base + "console/advisories/" + id);
        assertThat(fbi.locator("#sightings-total")).hasText("2 sightings reported by 1 partner");
        assertThat(fbi.locator("svg#sightings-per-day rect title"))
                .hasText(java.util.regex.Pattern.compile(".* · browser-sighter: 2$"));
        assertThat(fbi.locator("svg#most-sighted text.label title")).hasText(GOOD_ADDRESS);
        shoot(fbi, "05c-advisory-sightings");

        // Found again by its domain, typed defanged as reports carry it.
        fbi.navigate(base + "console/advisories");
        fbi.fill("#search-indicator", "browser-drafted[.]example[.]net");
        fbi.click("#search");
        assertThat(fbi.locator("#results tbody tr")).hasCount(1);
        assertThat(fbi.locator("#results tbody")).containsText(id);
        shoot(fbi, "05d-search");

        // Withdrawn by a publisher, with a reason, after the confirmation step.
        fbi.navigate(base + "console/advisories/" + id);
        fbi.click("#withdraw");
        assertThat(fbi.locator("h1")).containsText(id);
        fbi.click("#confirm-withdraw"); // no reason: the browser keeps the form
        assertThat(fbi.locator("#withdraw-form")).isVisible();
        fbi.fill("#withdraw-reason", "Superseded by a joint advisory");
        shoot(fbi, "05e-withdraw-confirm");
        fbi.click("#confirm-withdraw");
        assertThat(fbi.locator("#status")).hasText("Withdrawn");
        assertThat(fbi.locator("#withdrawal-reason")).hasText("Superseded by a joint advisory");
    }

    @Test
    void shouldAdministerPartnersKeysAndCollectionsAndCompareRevisions() throws Exception {
        Page admin = signIn(Officials.ADMIN, Officials.ADMIN_PASSWORD);
        admin.click("#admin-partners");
        admin.fill("#partner-id", "browser-vasp");
        admin.fill("#partner-name", "Browser VASP");
        admin.fill("#partner-country", "KR");
        admin.click("#save-partner");
        admin.fill("#key-name", "deposit screening");
        admin.check("input[name=collections][value=vasp-indicators]");
        admin.click("#issue-key");
        assertThat(admin.locator("#issued-secret")).not().isEmpty();
        shoot(admin, "07-admin-key-issued");
        admin.reload(); // shows nothing secret any more, and issues nothing new
        assertThat(admin.locator("#issued")).hasCount(0);
        assertThat(admin.locator("#key-list tbody tr")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("deposit screening")))
                .hasCount(1);
        admin.click("#admin-collections");
        shoot(admin, "08-admin-collections");
        admin.click("#admin-audit");
        assertThat(admin.locator("#audit-list")).containsText("api-key.issued");
        shoot(admin, "09-admin-audit");

        // A seeded advisory with several revisions: compare the first and the last.
        admin.navigate(base + "console/advisories/HUB-2022-0001");
        admin.click("#compare");
        assertThat(admin.locator("h1")).containsText("r1 → r3");
        assertThat(admin.locator("#diff-indicators tr.added")).not().hasCount(0);
        shoot(admin, "10-revision-diff");
    }

    @Test
    void shouldShowTheConsoleInKorean() throws Exception {
        Page page = signIn(Officials.NIS_DRAFTER);
        page.click("text=한국어");
        assertThat(page.locator("h1")).hasText("대시보드");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        shoot(page, "06-dashboard-ko");
        page.click("#sign-out");
        assertThat(page.locator("#sign-in")).isVisible();
        page.navigate(base + "console");
        assertThat(page.locator("#sign-in")).isVisible();
    }
}
