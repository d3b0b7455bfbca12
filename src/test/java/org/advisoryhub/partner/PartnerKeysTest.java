package org.advisoryhub.partner;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.ADMIN;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@HubTest
class PartnerKeysTest extends OfficialsTest {

    @Inject
    EntityManager em;

    @Test
    void shouldShowTheSecretOnceAndStoreOnlyItsHash() {
        Partners.partner("test-keys", "VASP");
        Partners.Key key = Partners.key("test-keys", List.of("public"), "CLEAR");
        assertThat(key.secret()).hasSizeGreaterThanOrEqualTo(40);
        as(ADMIN)
                .get("/api/v1/partners/test-keys/keys")
                .then()
                .statusCode(200)
                .body("items[0].keyId", equalTo(key.keyId()))
                .body("items[0]", not(hasKey("secret")))
                .body("items[0]", not(hasKey("token")))
                .body("items[0].collections", equalTo(List.of("public")));
        Object stored = em.createNativeQuery("select secret_hash from api_key where key_id = :k")
                .setParameter("k", key.keyId())
                .getSingleResult();
        assertThat(stored.toString()).isNotEqualTo(key.secret()).hasSize(64).doesNotContain(key.secret());
        key.taxii().get("/taxii2/").then().statusCode(200);
        as(ADMIN).get("/api/v1/partners/test-keys/keys").then().body("items[0].lastUsedAt", notNullValue());
    }

    @Test
    void shouldRotateAndRevoke() {
        Partners.partner("test-rotate", "VASP");
        Partners.Key key = Partners.key("test-rotate", List.of("public"), "CLEAR");
        String secret = as(ADMIN)
                .post("/api/v1/partners/test-rotate/keys/" + key.keyId() + "/rotate")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .path("secret");
        key.taxii().get("/taxii2/").then().statusCode(401);
        new Partners.Key(key.keyId(), secret, "test-rotate")
                .taxii()
                .get("/taxii2/")
                .then()
                .statusCode(200);
        as(ADMIN)
                .delete("/api/v1/partners/test-rotate/keys/" + key.keyId())
                .then()
                .statusCode(200)
                .body("revokedAt", notNullValue());
        new Partners.Key(key.keyId(), secret, "test-rotate")
                .taxii()
                .get("/taxii2/")
                .then()
                .statusCode(401)
                .contentType(Partners.TAXII);
        as(ADMIN)
                .post("/api/v1/partners/test-rotate/keys/" + key.keyId() + "/rotate")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldRejectBadKeyRequests() {
        Partners.partner("test-bad-keys", "VASP");
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "k", "collections", List.of("no-such-collection"), "tlpCeiling", "GREEN"))
                .post("/api/v1/partners/test-bad-keys/keys")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("collections[0]"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "k",
                        "collections",
                        List.of("public"),
                        "tlpCeiling",
                        "GREEN",
                        "expiresAt",
                        "2020-01-01T00:00:00Z"))
                .post("/api/v1/partners/test-bad-keys/keys")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("expiresAt"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "k", "collections", List.of("public"), "tlpCeiling", "GREEN"))
                .post("/api/v1/partners/test-fbi/keys")
                .then()
                .statusCode(400);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("id", "test-agency-as-partner", "name", "x", "kind", "AGENCY"))
                .put("/api/v1/partners/test-agency-as-partner")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldLetOnlyAdminsManagePartnersKeysAndCollections() {
        as(FBI_PUBLISHER).get("/api/v1/partners").then().statusCode(403);
        as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "k", "collections", List.of("public"), "tlpCeiling", "GREEN"))
                .post("/api/v1/partners/test-keys/keys")
                .then()
                .statusCode(403);
        as(FBI_PUBLISHER).get("/api/v1/collections").then().statusCode(403);
        given().get("/api/v1/partners").then().statusCode(401);
        as(ADMIN)
                .get("/api/v1/collections")
                .then()
                .statusCode(200)
                .body(
                        "items.alias",
                        org.hamcrest.Matchers.hasItems("public", "vasp-indicators", "partner-governments"));
    }

    @Test
    void shouldAuditEveryPull() {
        Partners.partner("test-audit", "VASP");
        Partners.Key key = Partners.key("test-audit", List.of("public"), "CLEAR");
        key.taxii()
                .queryParam("limit", 5)
                .get("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(200);
        key.taxii().get("/taxii2/api/collections/public/manifest/").then().statusCode(200);
        // Pulls reach the pull log within the flush interval (1 s), not in the pull's own transaction.
        Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> as(ADMIN)
                                .queryParam("key", key.keyId())
                                .get("/api/v1/audit/pulls")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("items")
                                .size()
                        == 2);
        as(ADMIN)
                .queryParam("key", key.keyId())
                .get("/api/v1/audit/pulls")
                .then()
                .statusCode(200)
                .body("items.endpoint", equalTo(List.of("manifest", "objects")))
                .body("items[1].objects", equalTo(5))
                .body("items[1].organizationId", equalTo("test-audit"))
                .body("items[1].collectionId", equalTo("4e0c3c8e-2f6a-4d0b-9d3e-5b8a1f0c7a11"))
                .body("items[1].firstAdded", notNullValue())
                .body("items[1].lastAdded", notNullValue())
                .body("items[1].source", equalTo("127.0.0.1"));
        // A pull is not an event of the chain: officials' trail stays free of partners' polling.
        as(ADMIN)
                .queryParam("actor", key.keyId())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldRefuseExpiredKeys() {
        Partners.partner("test-expiry", "VASP");
        String future = java.time.Instant.now().plusSeconds(2).toString();
        var r = as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "short", "collections", List.of("public"), "tlpCeiling", "CLEAR", "expiresAt", future))
                .post("/api/v1/partners/test-expiry/keys")
                .then()
                .statusCode(201)
                .extract();
        Partners.Key key = new Partners.Key(r.path("keyId"), r.path("secret"), "test-expiry");
        key.taxii().get("/taxii2/").then().statusCode(200);
        // Refused from the expiry on: polled, so the test waits exactly as long as the key lives.
        Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> key.taxii().get("/taxii2/").statusCode() == 401);
        assertThat(java.time.Instant.now()).isAfterOrEqualTo(java.time.Instant.parse(future));
    }
}
