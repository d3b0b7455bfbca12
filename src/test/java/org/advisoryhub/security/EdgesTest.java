package org.advisoryhub.security;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/** The edges of the HTTP interface: bad parameters, oversized bodies, weak ETags, redirects and security headers. */
@HubTest
class EdgesTest extends OfficialsTest {

    private static final int LIMIT = 10_485_760;

    @Test
    void shouldAnswer400NamingANonNumericParameter() {
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories?limit=ten")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"));
        String id = Advisories.published("Edges diff", "edges-diff.example.net");
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/diff?from=1&to=latest")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("to"));
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/diff?from=1&to=1")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldExplainAnOversizedBodyInTheApisErrorFormat() throws IOException {
        String api = rawRequest(
                "POST /api/v1/advisories HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + (LIMIT + 1) + "\r\n\r\n",
                null);
        assertThat(api)
                .startsWith("HTTP/1.1 413")
                .contains("application/problem+json")
                .contains("\"status\":413")
                .contains(String.valueOf(LIMIT));
        String taxii = rawRequest(
                "POST /taxii2/api/collections/partner-submissions/objects/ HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/taxii+json;version=2.1\r\nContent-Length: " + (LIMIT + 1)
                        + "\r\n\r\n",
                null);
        assertThat(taxii)
                .startsWith("HTTP/1.1 413")
                .contains("application/taxii+json")
                .contains("\"http_status\":\"413\"");
        String basic = java.util.Base64.getEncoder()
                .encodeToString((Officials.FBI_DRAFTER + ":" + Officials.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String chunked = rawRequest(
                "POST /api/v1/advisories HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Basic " + basic + "\r\nTransfer-Encoding: chunked\r\n\r\n",
                LIMIT + 4096);
        assertThat(chunked).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void shouldAdvertiseTheLimitItEnforces() {
        Partners.partner("test-edges-limit", "VASP");
        Partners.Key key = Partners.key("test-edges-limit", List.of("vasp-indicators"), "GREEN");
        key.taxii().get("/taxii2/api/").then().statusCode(200).body("max_content_length", equalTo(LIMIT));
    }

    @Test
    void shouldRefuseAWeakETagInIfMatch() {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Weak tag", List.of());
        String etag = as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(Officials.FBI_DRAFTER)
                .header("If-Match", "W/" + etag)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/advisories/" + id + "/submit")
                .then()
                .statusCode(412)
                .body("detail", containsString("strong"));
        as(Officials.FBI_DRAFTER)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/advisories/" + id + "/submit")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldSendSecurityHeadersEverywhere() {
        given().get("/api/v1/advisories").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        String id = Advisories.published("Edges headers", "edges-headers.example.net");
        as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1/stix")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
        Partners.partner("test-edges-headers", "VASP");
        Partners.Key key = Partners.key("test-edges-headers", List.of("vasp-indicators"), "GREEN");
        key.taxii()
                .get("/taxii2/")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        given().redirects()
                .follow(false)
                .get("/console/login")
                .then()
                .statusCode(200)
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldMarkCookiesSecureBehindHttpsAndNeverRedirectToTheClientsHost() {
        String plain = given().redirects()
                .follow(false)
                .get("/console/login")
                .then()
                .statusCode(200)
                .extract()
                .header("Set-Cookie");
        assertThat(plain).doesNotContainIgnoringCase("secure");
        given().redirects()
                .follow(false)
                .header("X-Forwarded-Proto", "https")
                .get("/console/login")
                .then()
                .statusCode(200)
                .header("Set-Cookie", containsString("Secure"));
        given().redirects()
                .follow(false)
                .header("X-Forwarded-Proto", "https")
                .formParams(Map.of("j_username", Officials.FBI_DRAFTER, "j_password", Officials.PASSWORD))
                .post("/console/j_security_check")
                .then()
                .statusCode(302)
                .header("Set-Cookie", containsString("Secure"));
        given().redirects()
                .follow(false)
                .header("Host", "evil.example")
                .get("/console")
                .then()
                .statusCode(302)
                .header("Location", not(containsString("evil.example")));
        given().redirects()
                .follow(false)
                .header("Host", "evil.example")
                .get("/console/language?lang=ko&back=/console")
                .then()
                .statusCode(303)
                .header("Location", startsWith("/console"));
        given().redirects()
                .follow(false)
                .get("/console/language?lang=ko&back=/console%5C%5Cevil.example")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/console"));
    }

    /** Sends a request by hand (a declared length, or a chunked body of {@code chunkedBytes}) and reads the answer. */
    private static String rawRequest(String head, Integer chunkedBytes) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (chunkedBytes != null) {
                // One long JSON string, so that a reader must take in the whole body before it can judge it.
                byte[] chunk = "x".repeat(4096).getBytes(StandardCharsets.US_ASCII);
                try {
                    String prefix = "{\"title\":\"";
                    out.write((Integer.toHexString(prefix.length()) + "\r\n" + prefix + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    for (int sent = 0; sent < chunkedBytes; sent += chunk.length) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the hub may close the connection once the limit is passed; its answer is still there to read
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            socket.setSoTimeout(3_000);
            try {
                for (int b = in.read(); b >= 0 && answer.size() < 4096; b = in.read()) {
                    answer.write(b);
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // an answer that keeps the connection open, or a reset after it: what arrived is what counts
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
