package org.advisoryhub.support;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.ADMIN;
import static org.advisoryhub.support.Officials.as;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Partner organizations and API keys for TAXII tests, made through the admin API. */
public final class Partners {

    public static final String TAXII = "application/taxii+json;version=2.1";

    /** An issued key: its public id and the secret shown once. */
    public record Key(String keyId, String secret, String organizationId) {

        /** A TAXII request with this key as HTTP Basic credentials. */
        public RequestSpecification taxii() {
            return given().auth().preemptive().basic(keyId, secret).accept(TAXII);
        }

        /** A partner REST request (screening, sightings, webhooks) with this key as a bearer token. */
        public RequestSpecification api() {
            return given().header("Authorization", "Bearer " + keyId + "." + secret)
                    .contentType(ContentType.JSON)
                    .accept(ContentType.JSON);
        }
    }

    private Partners() {}

    public static void partner(String id, String kind) {
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Partner " + id, "country", "KR", "kind", kind))
                .put("/api/v1/partners/" + id)
                .then()
                .statusCode(200);
    }

    public static Key key(String organizationId, List<String> collections, String tlpCeiling) {
        return key(organizationId, collections, tlpCeiling, false);
    }

    public static Key key(String organizationId, List<String> collections, String tlpCeiling, boolean canWrite) {
        return key(organizationId, collections, tlpCeiling, canWrite, false);
    }

    public static Key key(
            String organizationId,
            List<String> collections,
            String tlpCeiling,
            boolean canWrite,
            boolean canSubscribe) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                "test key",
                "collections",
                collections,
                "tlpCeiling",
                tlpCeiling,
                "canWrite",
                canWrite,
                "canSubscribe",
                canSubscribe));
        ExtractableResponse<Response> r = as(ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/partners/" + organizationId + "/keys")
                .then()
                .statusCode(201)
                .extract();
        return new Key(r.path("keyId"), r.path("secret"), organizationId);
    }

    public static void collection(String alias, String ceiling, List<String> types) {
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Collection " + alias, "tlpCeiling", ceiling, "objectTypes", types))
                .put("/api/v1/collections/" + alias)
                .then()
                .statusCode(200);
    }
}
