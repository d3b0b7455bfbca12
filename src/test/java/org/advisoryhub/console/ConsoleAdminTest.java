package org.advisoryhub.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** Administrators manage officials and organizations in the console; nobody else may. */
@HubTest
class ConsoleAdminTest extends OfficialsTest {

    private static final String NEW_PASSWORD = "console-created-Pa55word";

    @Test
    void shouldCreateChangeDisableAndResetOfficials() {
        ConsoleSessions admin = ConsoleSessions.signIn(Officials.ADMIN, Officials.ADMIN_PASSWORD);
        Map<String, Object> form = new java.util.HashMap<>(Map.of(
                "_csrf", admin.csrf(),
                "username", "console-made",
                "displayName", "Made in the console",
                "organizationId", "test-nis",
                "roles", List.of("drafter", "reviewer"),
                "enabled", "true",
                "password", "short"));
        // A weak password is refused, naming the field; nothing is created.
        admin.request()
                .formParams(form)
                .post("/console/admin/officials")
                .then()
                .statusCode(400)
                .body(containsString("<code>password</code>"))
                .body(containsString("value=\"console-made\""));
        Officials.as(Officials.ADMIN)
                .get("/api/v1/officials/console-made")
                .then()
                .statusCode(404);
        // Partners have no officials.
        form.put("password", NEW_PASSWORD);
        form.put("organizationId", "test-console-vasp");
        org.advisoryhub.support.Partners.partner("test-console-vasp", "VASP");
        admin.request()
                .formParams(form)
                .post("/console/admin/officials")
                .then()
                .statusCode(400)
                .body(containsString("<code>organizationId</code>"));

        form.put("organizationId", "test-nis");
        admin.request().formParams(form).post("/console/admin/officials").then().statusCode(303);
        Officials.as(Officials.ADMIN)
                .get("/api/v1/officials/console-made")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo("test-nis"))
                .body("enabled", equalTo(true));
        ConsoleSessions made = ConsoleSessions.signIn("console-made", NEW_PASSWORD);
        made.request().get("/console").then().statusCode(200);

        // Roles changed and the account disabled: the open session ends, and signing in is refused.
        Map<String, Object> edit = Map.of(
                "_csrf",
                admin.csrf(),
                "displayName",
                "Made in the console",
                "organizationId",
                "test-nis",
                "roles",
                List.of("reviewer"));
        admin.request()
                .formParams(edit)
                .post("/console/admin/officials/console-made")
                .then()
                .statusCode(303);
        Officials.as(Officials.ADMIN)
                .get("/api/v1/officials/console-made")
                .then()
                .body("enabled", equalTo(false))
                .body("roles", equalTo(List.of("reviewer")));
        made.request().get("/console").then().statusCode(302);
        RestAssured.given()
                .redirects()
                .follow(false)
                .formParams(Map.of("j_username", "console-made", "j_password", NEW_PASSWORD))
                .post("/console/j_security_check")
                .then()
                .header("Location", containsString("login-failed"));

        // Enabled again with a reset password: the new one works.
        String reset = "reset-in-the-console-99";
        admin.request()
                .formParams(Map.of(
                        "_csrf",
                        admin.csrf(),
                        "displayName",
                        "Made in the console",
                        "organizationId",
                        "test-nis",
                        "roles",
                        List.of("reviewer"),
                        "enabled",
                        "true",
                        "password",
                        reset))
                .post("/console/admin/officials/console-made")
                .then()
                .statusCode(303);
        ConsoleSessions.signIn("console-made", reset)
                .request()
                .get("/console")
                .then()
                .statusCode(200);
        admin.request()
                .get("/console/admin/officials")
                .then()
                .statusCode(200)
                .body(containsString("id=\"official-console-made\""))
                .body(not(containsString(reset)));
    }

    @Test
    void shouldKeepOrganizationsWithKoreanNames() {
        ConsoleSessions admin = ConsoleSessions.signIn(Officials.ADMIN, Officials.ADMIN_PASSWORD);
        admin.request()
                .formParams(Map.of(
                        "_csrf", admin.csrf(),
                        "id", "test-kr-mois",
                        "name", "Ministry of the Interior and Safety",
                        "nameKo", "행정안전부",
                        "country", "KR",
                        "kind", "AGENCY"))
                .post("/console/admin/organizations")
                .then()
                .statusCode(303);
        Officials.as(Officials.ADMIN)
                .get("/api/v1/organizations/test-kr-mois")
                .then()
                .body("nameKo", equalTo("행정안전부"))
                .body("kind", equalTo("AGENCY"));
        admin.request()
                .formParams(Map.of(
                        "_csrf", admin.csrf(),
                        "id", "Not A Slug",
                        "name", "Bad",
                        "country", "Korea",
                        "kind", "AGENCY"))
                .post("/console/admin/organizations")
                .then()
                .statusCode(400)
                .body(containsString("<code>id</code>"))
                .body(containsString("<code>country</code>"))
                .body(containsString("value=\"Not A Slug\""));
        // Korean readers see Korean names where they exist: on the search filter of co-authors too.
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request()
                .cookie("hub-lang", "ko")
                .get("/console/advisories")
                .then()
                .body(containsString(">행정안전부</option>"));
    }

    @Test
    void shouldLetOnlyAdministratorsIn() {
        ConsoleSessions publisher = ConsoleSessions.signIn(Officials.FBI_PUBLISHER, Officials.PASSWORD);
        for (String page : List.of(
                "/console/admin/officials", "/console/admin/officials/fbi-drafter", "/console/admin/organizations")) {
            publisher.request().get(page).then().statusCode(403);
        }
        publisher
                .request()
                .formParams(Map.of(
                        "_csrf", publisher.csrf(),
                        "username", "sneaky",
                        "displayName", "Sneaky",
                        "organizationId", "test-fbi",
                        "roles", "admin",
                        "enabled", "true",
                        "password", NEW_PASSWORD))
                .post("/console/admin/officials")
                .then()
                .statusCode(403);
        publisher
                .request()
                .formParams(Map.of("_csrf", publisher.csrf(), "id", "sneaky-org", "name", "S", "kind", "AGENCY"))
                .post("/console/admin/organizations")
                .then()
                .statusCode(403);
        Officials.as(Officials.ADMIN).get("/api/v1/officials/sneaky").then().statusCode(404);
    }
}
