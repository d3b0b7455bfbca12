package org.advisoryhub.security;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Advisories.draft;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** Officials signed in with bearer tokens get the same roles and organization as local accounts. */
@HubTest
class OidcOfficialsTest extends OfficialsTest {

    private static String token(String user, Set<String> roles, String organization) {
        Map<String, String> claims = organization == null ? Map.of() : Map.of("organization", organization);
        return OidcWiremockTestResource.generateJwtToken(
                user, roles, user, "Bearer", Set.of("https://service.example.com"), claims);
    }

    @Test
    void shouldMapRolesAndOrganizationFromTheToken() {
        given().auth()
                .oauth2(token("kc-alice", Set.of("drafter"), "test-fbi"))
                .get("/api/v1/officials/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("kc-alice"))
                .body("organizationId", equalTo("test-fbi"))
                .body("roles", equalTo(List.of("drafter")));
    }

    @Test
    void shouldLetATokenDrafterDraftButNotPublish() {
        String drafter = token("kc-drafter", Set.of("drafter"), "test-fbi");
        String id = given().auth()
                .oauth2(drafter)
                .contentType(ContentType.JSON)
                .body(draft("From Keycloak", "GREEN", List.of()))
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .body("createdBy", equalTo("kc-drafter"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(drafter)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/advisories/" + id + "/submit")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(drafter)
                .contentType(ContentType.JSON)
                .body(Map.of("changeNote", "x"))
                .post("/api/v1/advisories/" + id + "/publish")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseBadTokensAndTokensWithoutOrganization() {
        given().get("/api/v1/officials/me").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/officials/me").then().statusCode(401);
        String good = token("kc-bob", Set.of("drafter"), "test-fbi");
        String tampered =
                good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
        given().auth().oauth2(tampered).get("/api/v1/officials/me").then().statusCode(401);
        given().auth()
                .oauth2(token("kc-nobody", Set.of("drafter"), null))
                .get("/api/v1/officials/me")
                .then()
                .statusCode(403);
        // Tokens are for officials: TAXII takes API keys only.
        given().auth()
                .oauth2(good)
                .accept("application/taxii+json;version=2.1")
                .get("/taxii2/")
                .then()
                .statusCode(401);
    }
}
