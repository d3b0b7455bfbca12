package org.advisoryhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** A persona in the console: shown with its aliases and accounts, and edited in its own fields. */
@HubTest
class ConsolePersonaTest extends OfficialsTest {

    @Test
    void shouldShowAndEditAPersonasAliasesAndAccounts() {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Console persona", List.of("test-nis"));
        Officials.as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("value", "+1 202-555-0143"),
                                Map.of("value", "upwork:~01abcdef0123456789"),
                                Map.of(
                                        "kind",
                                        "persona",
                                        "value",
                                        "Alex Kim",
                                        "persona",
                                        Map.of("aliases", List.of("A. Kim"), "accounts", List.of("+1 202-555-0143"))))))
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(200);
        String persona = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=persona")
                .then()
                .extract()
                .path("items[0].id");
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request()
                .get("/console/advisories/" + id)
                .then()
                .statusCode(200)
                .body(containsString("A. Kim"))
                .body(containsString("<code>phone::+12025550143</code>"));
        String form = drafter.request()
                .get("/console/advisories/" + id + "/indicators/" + persona + "/edit")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(form).contains("id=\"persona-aliases\"").contains("phone::+12025550143");

        Map<String, Object> edit = new HashMap<>(Map.of(
                "_csrf", drafter.csrf(),
                "kind", "persona",
                "value", "Alex Kim",
                "aliases", "A. Kim\nKim Alex",
                "accounts", "phone::+12025550143\nupwork:~01abcdef0123456789"));
        drafter.request()
                .formParams(edit)
                .post("/console/advisories/" + id + "/indicators/" + persona + "/edit")
                .then()
                .statusCode(303);
        Map<String, Object> saved = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators/" + persona)
                .then()
                .extract()
                .path("persona");
        assertThat(saved)
                .containsEntry("aliases", List.of("A. Kim", "Kim Alex"))
                .containsEntry("accounts", List.of("phone::+12025550143", "profile:upwork:~01abcdef0123456789"));
        // An account the advisory does not have: the form again, naming the field, nothing saved.
        edit.put("accounts", "linkedin:someone-else");
        drafter.request()
                .formParams(edit)
                .post("/console/advisories/" + id + "/indicators/" + persona + "/edit")
                .then()
                .statusCode(400)
                .body(containsString("<code>persona.accounts</code>"));
    }
}
