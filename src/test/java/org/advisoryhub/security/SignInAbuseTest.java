package org.advisoryhub.security;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Guessing passwords and keys is throttled; passwords are worth having; changes take effect everywhere at once. */
@HubTest
class SignInAbuseTest extends OfficialsTest {

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> account(String username, String password, List<String> roles) {
        Map<String, Object> body = new HashMap<>(
                Map.of("username", username, "displayName", username, "roles", roles, "organizationId", "test-fbi"));
        if (password != null) {
            body.put("password", password);
        }
        return body;
    }

    private static void create(String username, String password, List<String> roles) {
        as(Officials.ADMIN)
                .contentType(ContentType.JSON)
                .body(account(username, password, roles))
                .put("/api/v1/officials/" + username)
                .then()
                .statusCode(200);
    }

    private static int me(String username, String password) {
        return given().auth()
                .preemptive()
                .basic(username, password)
                .get("/api/v1/officials/me")
                .statusCode();
    }

    @Test
    void shouldThrottleGuessedPasswordsSoThatEvenTheRightOneWaits() {
        create("guessed-official", "guessed-password-77", List.of("drafter"));
        for (int i = 0; i < 300; i++) {
            assertThat(me("guessed-official", "wrong-guess-" + i)).isIn(401, 429);
        }
        given().auth()
                .preemptive()
                .basic("guessed-official", "guessed-password-77")
                .get("/api/v1/officials/me")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(equalTo("0")))
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
        assertThat(me(Officials.FBI_DRAFTER, Officials.PASSWORD))
                .as("other accounts are not affected")
                .isEqualTo(200);
        as(Officials.ADMIN)
                .queryParam("action", "sign-in.throttled")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", hasItem("guessed-official"));
    }

    @Test
    void shouldThrottleTheConsoleSignInFormToo() {
        create("form-guessed", "form-password-1234", List.of("drafter"));
        for (int i = 0; i < 6; i++) {
            given().redirects()
                    .follow(false)
                    .formParams(Map.of("j_username", "form-guessed", "j_password", "nope-" + i))
                    .post("/console/j_security_check")
                    .then()
                    .statusCode(302)
                    .header("Location", containsString("/console/login-failed"));
        }
        var right = given().redirects()
                .follow(false)
                .formParams(Map.of("j_username", "form-guessed", "j_password", "form-password-1234"))
                .post("/console/j_security_check")
                .then()
                .statusCode(302)
                .header("Location", containsString("/console/login-failed?wait="))
                .extract();
        assertThat(right.cookie("hub-session")).as("no session").isNull();
        given().redirects()
                .follow(false)
                .get(right.header("Location"))
                .then()
                .statusCode(429)
                .header("Retry-After", not(equalTo("0")))
                .body(containsString("Too many failed sign-ins"));
    }

    @Test
    void shouldRefuseOverlongAndTriviallyWeakPasswordsNamingTheField() {
        for (String weak :
                new String[] {"A".repeat(72) + "anything", "aaaaaaaaaaaa", "password1234", "weak-official-1"}) {
            as(Officials.ADMIN)
                    .contentType(ContentType.JSON)
                    .body(account("weak-official", weak, List.of("drafter")))
                    .put("/api/v1/officials/weak-official")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("password"));
        }
        as(Officials.ADMIN).get("/api/v1/officials/weak-official").then().statusCode(404);
    }

    @Test
    void shouldLetOfficialsChangeTheirOwnPasswordAndDropTheOldOneAtOnce() {
        create("self-service", "first-password-42", List.of("reviewer"));
        assertThat(me("self-service", "first-password-42")).isEqualTo(200);
        given().auth()
                .preemptive()
                .basic("self-service", "first-password-42")
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-it-at-all-9", "newPassword", "second-password-42"))
                .put("/api/v1/officials/me/password")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("currentPassword"));
        given().auth()
                .preemptive()
                .basic("self-service", "first-password-42")
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "first-password-42", "newPassword", "aaaaaaaaaaaaaa"))
                .put("/api/v1/officials/me/password")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("newPassword"));
        given().auth()
                .preemptive()
                .basic("self-service", "first-password-42")
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "first-password-42", "newPassword", "second-password-42"))
                .put("/api/v1/officials/me/password")
                .then()
                .statusCode(204);
        assertThat(me("self-service", "first-password-42"))
                .as("the remembered old password is gone")
                .isEqualTo(401);
        assertThat(me("self-service", "second-password-42")).isEqualTo(200);
        as(Officials.ADMIN)
                .queryParam("action", "official.password-changed")
                .get("/api/v1/audit")
                .then()
                .body("items.targetId", hasItem("self-service"));
        given().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "x", "newPassword", "y"))
                .put("/api/v1/officials/me/password")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldForgetARememberedPasswordChangedByAnotherInstance() throws Exception {
        create("elsewhere-changed", "elsewhere-password-1", List.of("drafter"));
        assertThat(me("elsewhere-changed", "elsewhere-password-1")).isEqualTo(200);
        // Another instance's change: a new hash in the row, and the announcement that goes with it at commit.
        String otherHash = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash("replaced-password-2");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update =
                            c.prepareStatement("update official set password_hash = ? where username = ?");
                    PreparedStatement notify = c.prepareStatement("select pg_notify('hub_officials', ?)")) {
                update.setString(1, otherHash);
                update.setString(2, "elsewhere-changed");
                update.executeUpdate();
                notify.setString(1, "elsewhere-changed");
                notify.execute();
            }
            c.commit();
        }
        Awaitility.await()
                .atMost(1, TimeUnit.SECONDS)
                .pollInterval(50, TimeUnit.MILLISECONDS)
                .until(() -> me("elsewhere-changed", "elsewhere-password-1") == 401);
        assertThat(me("elsewhere-changed", "replaced-password-2")).isEqualTo(200);
    }

    @Test
    void shouldKeepTheLastEnabledAdministrator() {
        create("second-admin", "second-admin-pass-1", List.of("admin"));
        as(Officials.ADMIN)
                .contentType(ContentType.JSON)
                .body(account("second-admin", null, List.of("drafter")))
                .put("/api/v1/officials/second-admin")
                .then()
                .statusCode(200);
        as(Officials.ADMIN)
                .contentType(ContentType.JSON)
                .body(account(Officials.ADMIN, null, List.of("drafter")))
                .put("/api/v1/officials/admin")
                .then()
                .statusCode(409)
                .body("detail", containsString("last enabled"));
        Map<String, Object> disable = account(Officials.ADMIN, null, List.of("admin"));
        disable.put("enabled", false);
        as(Officials.ADMIN)
                .contentType(ContentType.JSON)
                .body(disable)
                .put("/api/v1/officials/admin")
                .then()
                .statusCode(409);
        assertThat(me(Officials.ADMIN, Officials.ADMIN_PASSWORD)).isEqualTo(200);
    }

    @Test
    void shouldKeepOfficialsOutOfExchangesAndCompanies() {
        Map<String, Object> body = account("vasp-official", "vasp-official-pass-1", List.of("drafter"));
        body.put("organizationId", "test-vasp");
        as(Officials.ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/officials/vasp-official")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("organizationId"));
    }
}
