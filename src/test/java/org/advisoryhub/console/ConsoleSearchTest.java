package org.advisoryhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** Finding advisories in the console: the API's filters and visibility, pages, and the reader's language. */
@HubTest
class ConsoleSearchTest extends OfficialsTest {

    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" id=\"next-page\"");
    private static final Pattern ROW_ID = Pattern.compile("<td><a href=\"/console/advisories/(HUB-[0-9-]+)\">");

    @Test
    void shouldFindBySpellingsOfAnIndicatorAndKeepFiltersAcrossPages() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        // A seeded wallet, typed with EIP-55 capitals; a seeded domain, defanged.
        drafter.request()
                .queryParam("indicator", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96")
                .get("/console/advisories")
                .then()
                .statusCode(200)
                .body(containsString("/console/advisories/HUB-2022-0001\""));
        assertThat(ids(drafter.request()
                        .queryParam("indicator", "npmjscloud[.]com")
                        .get("/console/advisories")
                        .asString()))
                .contains("HUB-2023-0003")
                .doesNotContain("HUB-2022-0001");

        for (int i = 0; i < 27; i++) {
            Advisories.create(Officials.FBI_DRAFTER, "Paged in the console " + i, List.of());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        String page = drafter.request()
                .queryParam("q", "console")
                .queryParam("status", "DRAFT")
                .get("/console/advisories")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"DRAFT\" selected>Draft</option>"))
                .extract()
                .asString();
        List<String> first = ids(page);
        assertThat(first).hasSize(25);
        seen.addAll(first);
        Matcher next = NEXT.matcher(page);
        assertThat(next.find()).isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link).contains("q=console").contains("status=DRAFT").contains("cursor=");
        List<String> second =
                ids(drafter.request().urlEncodingEnabled(false).get(link).asString());
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        seen.addAll(second);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(27);
    }

    @Test
    void shouldShowOthersOnlyWhatTheApiShowsThem() {
        String amber = Advisories.create(Officials.FBI_DRAFTER, "Amber draft for search", List.of());
        ConsoleSessions treasury = ConsoleSessions.signIn(Officials.TREASURY_DRAFTER, Officials.PASSWORD);
        treasury.request()
                .queryParam("q", "Amber draft for search")
                .get("/console/advisories")
                .then()
                .statusCode(200)
                .body(not(containsString(amber)));
        ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD)
                .request()
                .queryParam("q", "Amber draft for search")
                .get("/console/advisories")
                .then()
                .body(containsString(amber));
        // A filter the API refuses is refused here too, as a console page that names the field.
        treasury.request()
                .queryParam("tlp", "PINK")
                .get("/console/advisories")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("tlp"));
        RestAssured.given()
                .redirects()
                .follow(false)
                .get("/console/advisories")
                .then()
                .statusCode(302);
    }

    @Test
    void shouldShowKoreanTitlesAndMarkWhatHasNoTranslation() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        String page = drafter.request()
                .cookie("hub-lang", "ko")
                .queryParam("q", "HUB-2022-0001")
                .get("/console/advisories")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("<span lang=\"ko\">로닌 브리지 탈취 자금을 보유한 라자루스 그룹 이더리움 주소</span>")
                .contains("발행됨")
                .contains("KST");
        // A Korean title without a Korean summary: the title in Korean, the summary in English, and the badge.
        String partly = Advisories.create(Officials.FBI_DRAFTER, "Partly translated", List.of());
        assertThat(drafter.request()
                        .cookie("hub-lang", "ko")
                        .queryParam("q", partly)
                        .get("/console/advisories")
                        .asString())
                .contains("<span lang=\"ko\">시험 Partly translated</span> <span class=\"badge\">한국어 번역 없음</span>")
                .contains("lang=\"en\">Summary of Partly translated</div>");
        java.util.Map<String, Object> english =
                new java.util.HashMap<>(Advisories.draft("Only in English", "GREEN", List.of()));
        english.remove("translations");
        String untranslated = Officials.as(Officials.FBI_DRAFTER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(english)
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(drafter.request()
                        .cookie("hub-lang", "ko")
                        .queryParam("q", untranslated)
                        .get("/console/advisories")
                        .asString())
                .contains("<span lang=\"en\">Only in English</span> <span class=\"badge\">한국어 번역 없음</span>");
        assertThat(drafter.request()
                        .queryParam("q", untranslated)
                        .get("/console/advisories")
                        .asString())
                .contains("UTC")
                .contains("<span lang=\"en\">Only in English</span>")
                .doesNotContain("class=\"badge\"");
    }

    @Test
    void shouldShowTimesInTheZoneTheOfficialChose() {
        ConsoleSessions reviewer = ConsoleSessions.signIn(Officials.FBI_REVIEWER, Officials.PASSWORD);
        reviewer.request()
                .formParams(java.util.Map.of("_csrf", reviewer.csrf(), "timeZone", "Mars/Olympus"))
                .post("/console/account/time-zone")
                .then()
                .statusCode(400)
                .body(containsString("<code>timeZone</code>"));
        reviewer.request()
                .formParams(java.util.Map.of("_csrf", reviewer.csrf(), "timeZone", "Asia/Tokyo"))
                .post("/console/account/time-zone")
                .then()
                .statusCode(303);
        reviewer.request()
                .get("/console/account")
                .then()
                .body(containsString("<option value=\"Asia/Tokyo\" selected>"));
        // Chosen once, for every page and language; another official keeps the default.
        assertThat(reviewer.request()
                        .queryParam("q", "HUB-2022-0001")
                        .get("/console/advisories")
                        .asString())
                .contains("JST")
                .doesNotContain("UTC</time>");
        assertThat(reviewer.request()
                        .cookie("hub-lang", "ko")
                        .queryParam("q", "HUB-2022-0001")
                        .get("/console/advisories")
                        .asString())
                .contains("JST");
        assertThat(ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD)
                        .request()
                        .queryParam("q", "HUB-2022-0001")
                        .get("/console/advisories")
                        .asString())
                .contains("UTC</time>");
        reviewer.request()
                .formParams(java.util.Map.of("_csrf", reviewer.csrf(), "timeZone", ""))
                .post("/console/account/time-zone")
                .then()
                .statusCode(303);
        assertThat(reviewer.request()
                        .queryParam("q", "HUB-2022-0001")
                        .get("/console/advisories")
                        .asString())
                .contains("UTC</time>");
    }

    @Test
    void shouldSendABrowserAtTheRootToThePublicPages() {
        RestAssured.given()
                .redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", containsString("/public/advisories"));
    }

    private static List<String> ids(String page) {
        List<String> ids = new java.util.ArrayList<>();
        Matcher m = ROW_ID.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
