package org.advisoryhub.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** The console's server-side guards: sign-in, CSRF, escaping, roles, the session cookie's reach, languages. */
@HubTest
class ConsoleSecurityTest extends OfficialsTest {

    private static Map<String, Object> advisory(String title, String csrf) {
        Map<String, Object> form = new HashMap<>(
                Map.of("title", title, "summary", "s", "body", "b", "tlp", "GREEN", "coauthors", "test-fbi"));
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        return form;
    }

    @Test
    void shouldSendAnonymousVisitorsToTheSignInPageAndRefuseWrongPasswords() {
        given().redirects()
                .follow(false)
                .get("/console")
                .then()
                .statusCode(302)
                .header("Location", containsString("/console/login"));
        given().redirects()
                .follow(false)
                .formParams(Map.of("j_username", Officials.FBI_DRAFTER, "j_password", "wrong"))
                .post("/console/j_security_check")
                .then()
                .statusCode(302)
                .header("Location", containsString("/console/login-failed"));
        given().redirects()
                .follow(false)
                .cookie("hub-session", "forged-or-expired")
                .get("/console")
                .then()
                .statusCode(302)
                .header("Location", containsString("/console/login"));
    }

    @Test
    void shouldRefuseFormsWithoutTheSessionsCsrfTokenAndSaveNothing() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request()
                .formParams(advisory("No token", null))
                .post("/console/advisories")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("reload the page"));
        drafter.request()
                .formParams(advisory("Wrong token", "not-the-token"))
                .post("/console/advisories")
                .then()
                .statusCode(403);
        drafter.request()
                .get("/console")
                .then()
                .statusCode(200)
                .body(not(containsString("No token")))
                .body(not(containsString("Wrong token")));
        drafter.request()
                .formParams(advisory("With token", drafter.csrf()))
                .post("/console/advisories")
                .then()
                .statusCode(303)
                .header("Location", containsString("/console/advisories/"));
    }

    @Test
    void shouldRefuseFormTextThatCannotBeStoredAndSaveNothing() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request()
                .formParams(advisory("Null\u0000byte", drafter.csrf()))
                .post("/console/advisories")
                .then()
                .statusCode(400)
                .body(containsString("title"));
        drafter.request().get("/console").then().statusCode(200).body(not(containsString("Null")));
        drafter.request()
                .queryParam("back", "/console\r\nSet-Cookie: x=1")
                .get("/console/language")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldEndEveryConsoleSessionWhenThePasswordChanges() {
        Officials.as(Officials.ADMIN)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of(
                        "username",
                        "console-changer",
                        "displayName",
                        "Changer",
                        "password",
                        "console-first-pass-1",
                        "roles",
                        java.util.List.of("drafter"),
                        "organizationId",
                        "test-fbi"))
                .put("/api/v1/officials/console-changer")
                .then()
                .statusCode(200);
        ConsoleSessions first = ConsoleSessions.signIn("console-changer", "console-first-pass-1");
        ConsoleSessions second = ConsoleSessions.signIn("console-changer", "console-first-pass-1");
        first.request().get("/console/account").then().statusCode(200).body(containsString("id=\"change-password\""));
        first.request()
                .formParams(Map.of(
                        "_csrf",
                        first.csrf(),
                        "currentPassword",
                        "not-the-password",
                        "newPassword",
                        "console-second-pass-2"))
                .post("/console/account/password")
                .then()
                .statusCode(400)
                .body(containsString("currentPassword"));
        first.request()
                .formParams(Map.of(
                        "_csrf",
                        first.csrf(),
                        "currentPassword",
                        "console-first-pass-1",
                        "newPassword",
                        "console-second-pass-2"))
                .post("/console/account/password")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/console/login"));
        second.request().get("/console").then().statusCode(302).header("Location", containsString("/console/login"));
        first.request().get("/console").then().statusCode(302).header("Location", containsString("/console/login"));
        ConsoleSessions.signIn("console-changer", "console-second-pass-2")
                .request()
                .get("/console")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldShowTheDashboardToOtherOrganizationsWhileAnAmendmentIsUnderReview() {
        String id = org.advisoryhub.support.Advisories.publishedAt(
                "Amended under review", "GREEN", java.util.List.of(), "amended-review.example.net");
        org.advisoryhub.support.Advisories.action(Officials.FBI_DRAFTER, id, "amend")
                .statusCode(200);
        org.advisoryhub.support.Advisories.action(Officials.FBI_DRAFTER, id, "submit")
                .statusCode(200);
        ConsoleSessions.signIn(Officials.TREASURY_DRAFTER, Officials.PASSWORD)
                .request()
                .get("/console")
                .then()
                .statusCode(200)
                .body(containsString("Amended under review"));
        ConsoleSessions.signIn(Officials.NIS_PUBLISHER, Officials.PASSWORD)
                .request()
                .get("/console")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldShowScriptTagsAsText() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        String location = drafter.request()
                .formParams(advisory("<script>alert('x')</script> Escaped", drafter.csrf()))
                .post("/console/advisories")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String page =
                drafter.request().get(location).then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Escaped")
                .doesNotContain("<script>alert");
    }

    @Test
    void shouldForbidWhatTheRoleMayNotDoOnTheServer() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        String location = drafter.request()
                .formParams(advisory("Role checks", drafter.csrf()))
                .post("/console/advisories")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        drafter.request()
                .formParam("_csrf", drafter.csrf())
                .post(location + "/submit")
                .then()
                .statusCode(303);
        // The page hides the buttons; the server refuses the request anyway.
        drafter.request().get(location).then().statusCode(200).body(not(containsString("id=\"publish\"")));
        drafter.request()
                .formParams(Map.of("_csrf", drafter.csrf(), "changeNote", "x"))
                .post(location + "/publish")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"));
        ConsoleSessions reviewer = ConsoleSessions.signIn(Officials.FBI_REVIEWER, Officials.PASSWORD);
        reviewer.request().get("/console/advisories/new").then().statusCode(403);
        reviewer.request()
                .formParams(advisory("Reviewer draft", reviewer.csrf()))
                .post("/console/advisories")
                .then()
                .statusCode(403);
        String someIndicator = location + "/indicators/" + java.util.UUID.randomUUID() + "/delete";
        reviewer.request()
                .formParam("_csrf", reviewer.csrf())
                .post(someIndicator)
                .then()
                .statusCode(403);
        reviewer.request()
                .get(location + "/indicators/" + java.util.UUID.randomUUID() + "/edit")
                .then()
                .statusCode(403);
        drafter.request().post(someIndicator).then().statusCode(403);
    }

    @Test
    void shouldKeepTheSessionCookieToTheConsole() {
        String setCookie = given().redirects()
                .follow(false)
                .formParams(Map.of("j_username", Officials.FBI_DRAFTER, "j_password", Officials.PASSWORD))
                .post("/console/j_security_check")
                .then()
                .statusCode(302)
                .extract()
                .header("Set-Cookie");
        assertThat(setCookie)
                .contains("hub-session=")
                .containsIgnoringCase("Path=/console")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        // Even if a client sends it to the API, it authenticates nothing there.
        given().cookie("hub-session", drafter.session())
                .get("/api/v1/officials/me")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldSpeakKoreanWhenAskedTo() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        String lang = drafter.request()
                .get("/console/language?lang=ko&back=/console")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/console"))
                .extract()
                .cookie("hub-lang");
        drafter.request()
                .cookie("hub-lang", lang)
                .get("/console")
                .then()
                .statusCode(200)
                .body(containsString("대시보드"))
                .body(containsString("lang=\"ko\""));
        drafter.request().get("/console").then().statusCode(200).body(containsString("Dashboard"));
        given().header("Accept-Language", "ko-KR,ko;q=0.9")
                .get("/console/login")
                .then()
                .statusCode(200)
                .body(containsString("로그인"));
    }

    @Test
    void shouldLetOnlyAdminsAdministerAndShowANewSecretOnce() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request().get("/console/admin/partners").then().statusCode(403);
        drafter.request().get("/console/admin/audit").then().statusCode(403);
        drafter.request()
                .formParams(Map.of("_csrf", drafter.csrf(), "id", "console-x", "name", "X", "kind", "VASP"))
                .post("/console/admin/partners")
                .then()
                .statusCode(403);

        ConsoleSessions admin = ConsoleSessions.signIn(Officials.ADMIN, Officials.ADMIN_PASSWORD);
        admin.request()
                .formParams(Map.of(
                        "_csrf",
                        admin.csrf(),
                        "id",
                        "console-vasp",
                        "name",
                        "Console VASP",
                        "country",
                        "KR",
                        "kind",
                        "VASP"))
                .post("/console/admin/partners")
                .then()
                .statusCode(303);
        admin.request()
                .formParams(Map.of("_csrf", admin.csrf(), "id", "console-bad", "name", "Bad", "kind", "AGENCY"))
                .post("/console/admin/partners")
                .then()
                .statusCode(400)
                .body(containsString("kind"));
        String next = admin.request()
                .formParams(Map.of(
                        "_csrf",
                        admin.csrf(),
                        "name",
                        "screening",
                        "collections",
                        "vasp-indicators",
                        "tlpCeiling",
                        "GREEN"))
                .post("/console/admin/partners/console-vasp/keys")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(next).contains("issued=");
        String issued =
                admin.request().get(next).then().statusCode(200).extract().asString();
        String secret = issued.replaceAll("(?s).*id=\"issued-secret\">([^<]+)<.*", "$1");
        assertThat(secret).hasSizeGreaterThan(20).doesNotContain("<");
        admin.request().get(next).then().statusCode(200).body(not(containsString(secret)));
        admin.request()
                .get("/console/admin/partners/console-vasp")
                .then()
                .statusCode(200)
                .body(not(containsString(secret)))
                .body(containsString("screening"));
        boolean valid = Officials.as(Officials.ADMIN)
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("valid");
        admin.request()
                .get("/console/admin/audit")
                .then()
                .statusCode(200)
                .body(containsString("api-key.issued"))
                .body(containsString(valid ? "The audit chain is intact" : "The audit chain is broken"));
    }

    @Test
    void shouldShowFormProblemsWithWhatWasTyped() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        Map<String, Object> form = advisory("Kept <title>", drafter.csrf());
        form.put("techniques", "T1566.001, X12");
        form.put("tlp", "AMBER");
        drafter.request()
                .formParams(form)
                .post("/console/advisories")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"problems\""))
                .body(containsString("techniques[1]"))
                .body(containsString("value=\"Kept &lt;title&gt;\""))
                .body(containsString("<option selected>AMBER</option>"));
        drafter.request().get("/console").then().statusCode(200).body(not(containsString("Kept &lt;title&gt;")));
    }

    @Test
    void shouldEditADraftKeepingWhatTheFormDoesNotShowAndRefuseAStaleEdit() {
        String id = org.advisoryhub.support.Advisories.create(
                Officials.FBI_DRAFTER, "Edited in the console", java.util.List.of("test-nis"));
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        String page = drafter.request()
                .get("/console/advisories/" + id + "/edit")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        Map<String, Object> form = new HashMap<>(Map.of(
                "_csrf",
                drafter.csrf(),
                "version",
                version,
                "title",
                "Edited in the console, v2",
                "summary",
                "s2",
                "body",
                "b2",
                "tlp",
                "GREEN",
                "coauthors",
                "test-fbi, test-nis",
                "actors",
                "Lazarus Group",
                "references",
                "https://example.org/source",
                "titleKo",
                "편집된 권고"));
        drafter.request()
                .formParams(form)
                .post("/console/advisories/" + id + "/edit")
                .then()
                .statusCode(303);
        Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Edited in the console, v2"))
                .body("threatActors[0].aliases", org.hamcrest.Matchers.hasItem("HIDDEN COBRA"))
                .body("threatActors[0].mitreId", org.hamcrest.Matchers.equalTo("G0032"))
                .body("translations.ko.title", org.hamcrest.Matchers.equalTo("편집된 권고"));
        // The same form again is stale now: refused, and the advisory keeps the saved edit.
        form.put("title", "Lost update");
        drafter.request()
                .formParams(form)
                .post("/console/advisories/" + id + "/edit")
                .then()
                .statusCode(412)
                .contentType(containsString("text/html"));
        Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .body("title", org.hamcrest.Matchers.equalTo("Edited in the console, v2"));
    }
}
