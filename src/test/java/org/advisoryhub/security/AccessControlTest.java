package org.advisoryhub.security;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Advisories.action;
import static org.advisoryhub.support.Advisories.addText;
import static org.advisoryhub.support.Advisories.create;
import static org.advisoryhub.support.Advisories.draft;
import static org.advisoryhub.support.Advisories.publish;
import static org.advisoryhub.support.Officials.ADMIN;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.FBI_REVIEWER;
import static org.advisoryhub.support.Officials.NIS_DRAFTER;
import static org.advisoryhub.support.Officials.TREASURY_DRAFTER;
import static org.advisoryhub.support.Officials.TREASURY_PUBLISHER;
import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@HubTest
class AccessControlTest extends OfficialsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/advisories",
                "/api/v1/organizations",
                "/api/v1/officials",
                "/api/v1/officials/me",
                "/api/v1/imports/last",
                "/api/v1/advisories/HUB-2022-0001/revisions"
            })
    void shouldAnswer401WithProblemWithoutCredentials(String path) {
        given().get(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Basic realm=\"advisory-hub\"");
    }

    /** A partner's key opens the partners' doors only: on the officials' API it is not a credential at all. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/advisories",
                "/api/v1/reviews/advisories",
                "/api/v1/reviews/indicators",
                "/api/v1/threat-actors",
                "/api/v1/organizations",
                "/api/v1/partners",
                "/api/v1/audit"
            })
    void shouldRefuseAPartnerKeyOnTheOfficialsApi(String path) {
        Partners.partner("test-key-on-officials-api", "VASP");
        Partners.Key key = Partners.key("test-key-on-officials-api", List.of("vasp-indicators"), "GREEN");
        key.api().get(path).then().statusCode(401).contentType("application/problem+json");
        key.taxii().get("/taxii2/").then().statusCode(200);
    }

    @Test
    void shouldAnswer401ForWrongPasswordAndUnknownUser() {
        given().auth()
                .preemptive()
                .basic(FBI_DRAFTER, "wrong-password")
                .get("/api/v1/advisories")
                .then()
                .statusCode(401);
        given().auth()
                .preemptive()
                .basic("nobody", "wrong-password")
                .get("/api/v1/advisories")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldDenyPathsOutsideTheApi() {
        given().get("/not-an-endpoint").then().statusCode(401); // deny by default: credentials first, before any lookup
        given().get("/q/health").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldLetOnlyDraftersCreate() {
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(draft("By drafter", "GREEN", List.of()))
                .post("/api/v1/advisories")
                .then()
                .statusCode(201);
        for (String user : List.of(FBI_REVIEWER, FBI_PUBLISHER, ADMIN)) {
            as(user).contentType(ContentType.JSON)
                    .body(draft("Not allowed", "GREEN", List.of()))
                    .post("/api/v1/advisories")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldLetOnlyPublishersOfCoauthoringOrganizationsPublish() {
        String id = create(FBI_DRAFTER, "Publish rights", List.of("test-nis"));
        addText(FBI_DRAFTER, id, "npmjscloud.com").statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_DRAFTER, id, "drafter").statusCode(403);
        publish(FBI_REVIEWER, id, "reviewer").statusCode(403);
        // An outside agency does not even see the unpublished draft.
        publish(TREASURY_PUBLISHER, id, "outside agency").statusCode(404);
        publish(FBI_PUBLISHER, id, "allowed").statusCode(200);
        // Once published it can read it, but still not change it.
        action(TREASURY_PUBLISHER, id, "amend")
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("test-treasury is not one of them"));
    }

    @Test
    void shouldLetOnlyReviewersAndPublishersReturnToDraft() {
        String id = create(FBI_DRAFTER, "Return rights", List.of());
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        action(FBI_DRAFTER, id, "return").statusCode(403);
        action(FBI_REVIEWER, id, "return").statusCode(200);
    }

    @Test
    void shouldHideDraftsFromOtherOrganizations() {
        String id = create(FBI_DRAFTER, "Secret draft", List.of("test-nis"));
        as(NIS_DRAFTER).get("/api/v1/advisories/" + id).then().statusCode(200).body("view", equalTo("working"));
        as(TREASURY_DRAFTER).get("/api/v1/advisories/" + id).then().statusCode(404);
        as(TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators")
                .then()
                .statusCode(404);
        as(TREASURY_DRAFTER)
                .get("/api/v1/advisories?q=Secret")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(ADMIN).get("/api/v1/advisories/" + id).then().statusCode(200);
        as(TREASURY_DRAFTER)
                .contentType(ContentType.TEXT)
                .body("npmjscloud.com")
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldShowOtherOrganizationsThePublishedRevisionNotTheAmendment() {
        String id = Advisories.published("Public title", "npmjscloud.com");
        String etag = action(FBI_DRAFTER, id, "amend").statusCode(200).extract().header("ETag");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(draft("Amendment in progress", "GREEN", List.of("test-fbi", "test-nis")))
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(200);

        as(TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .statusCode(200)
                .body("view", equalTo("published"))
                .body("status", equalTo("PUBLISHED"))
                .body("title", equalTo("Public title"));
        as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().body("title", equalTo("Amendment in progress"));
        as(TREASURY_DRAFTER)
                .get("/api/v1/advisories?limit=500")
                .then()
                .body("items.find { it.id == '" + id + "' }.title", equalTo("Public title"))
                .body("items.find { it.id == '" + id + "' }.status", equalTo("PUBLISHED"));
        as(TREASURY_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(draft("Hijack", "GREEN", List.of("test-fbi")))
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldLetOnlyAdminsManageOrganizationsAndAccounts() {
        Map<String, Object> partner =
                Map.of("id", "test-partner-gov", "name", "Partner", "country", "JP", "kind", "PARTNER_GOVERNMENT");
        as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(partner)
                .put("/api/v1/organizations/test-partner-gov")
                .then()
                .statusCode(403);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(partner)
                .put("/api/v1/organizations/test-partner-gov")
                .then()
                .statusCode(200)
                .body("kind", equalTo("PARTNER_GOVERNMENT"));
        as(FBI_DRAFTER).get("/api/v1/organizations").then().statusCode(200);

        Map<String, Object> account = Map.of(
                "username",
                "new-official",
                "displayName",
                "New",
                "password",
                "long-enough-pass",
                "roles",
                List.of("drafter"),
                "organizationId",
                "test-fbi");
        as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(account)
                .put("/api/v1/officials/new-official")
                .then()
                .statusCode(403);
        as(FBI_DRAFTER).get("/api/v1/officials").then().statusCode(403);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(account)
                .put("/api/v1/officials/new-official")
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("drafter")))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
        given().auth()
                .preemptive()
                .basic("new-official", "long-enough-pass")
                .get("/api/v1/officials/me")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo("test-fbi"));
    }

    @Test
    void shouldRejectWeakPasswordsAndUnknownRoles() {
        Map<String, Object> account = Map.of(
                "username",
                "weak",
                "displayName",
                "Weak",
                "password",
                "short",
                "roles",
                List.of("superuser"),
                "organizationId",
                "test-fbi");
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(account)
                .put("/api/v1/officials/weak")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("password", "roles[]"));
    }

    @Test
    void shouldLockOutDisabledAccounts() {
        Map<String, Object> account = new java.util.HashMap<>(Map.of(
                "username",
                "leaver",
                "displayName",
                "Leaver",
                "password",
                "long-enough-pass",
                "roles",
                List.of("drafter"),
                "organizationId",
                "test-fbi"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(account)
                .put("/api/v1/officials/leaver")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("leaver", "long-enough-pass")
                .get("/api/v1/officials/me")
                .then()
                .statusCode(200);
        account.put("enabled", false);
        account.remove("password");
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(account)
                .put("/api/v1/officials/leaver")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("leaver", "long-enough-pass")
                .get("/api/v1/officials/me")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldLetOnlyAdminsSeeAndRunImports() {
        as(FBI_PUBLISHER).get("/api/v1/imports/last").then().statusCode(403);
        as(FBI_DRAFTER).post("/api/v1/imports").then().statusCode(403);
        as(ADMIN)
                .post("/api/v1/imports")
                .then()
                .statusCode(200)
                .body("files.outcome", org.hamcrest.Matchers.everyItem(equalTo("UNCHANGED")));
        as(ADMIN)
                .get("/api/v1/imports/last")
                .then()
                .statusCode(200)
                .body("files.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(8));
    }
}
