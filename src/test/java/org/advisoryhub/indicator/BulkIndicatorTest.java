package org.advisoryhub.indicator;

import static org.advisoryhub.support.Advisories.create;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

@HubTest
class BulkIndicatorTest extends OfficialsTest {

    private static int count(String id) {
        return as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().extract().path("indicatorCount");
    }

    @Test
    void shouldRejectTheWholeListWhenAnyItemIsInvalidAndSaveNothing() {
        String id = create(FBI_DRAFTER, "Atomic", List.of());
        String pasted = String.join(
                "\n",
                "3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG",
                "0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135d",
                "npmjscloud[.]com",
                "",
                "# a comment line",
                "1BK769SseNefb6fe9QuFEi8W4KGbtP8gi4",
                "not an indicator");
        as(FBI_DRAFTER)
                .contentType(ContentType.TEXT)
                .body(pasted)
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("3 of 5 indicators are invalid; nothing was saved"))
                .body("violations.line", contains(2, 6, 7))
                .body(
                        "violations.value",
                        contains(
                                "0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135d",
                                "1BK769SseNefb6fe9QuFEi8W4KGbtP8gi4",
                                "not an indicator"))
                .body("violations[0].message", containsString("EIP-55"))
                .body("violations[1].message", containsString("checksum"));
        org.assertj.core.api.Assertions.assertThat(count(id)).isZero();
        as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().body("version", equalTo(0));
    }

    @Test
    void shouldNameTheFieldOfBadStructuredItems() {
        String id = create(FBI_DRAFTER, "Structured", List.of());
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("value", "npmjscloud.com"),
                                Map.of("value", "0xff29a52a538f1591235656f71135c24019bf82e5", "chain", "DOGECHAIN"),
                                Map.of(
                                        "value",
                                        "abca3253c003af67113f83df2242a7078d5224870b619489015e4fde060acad0",
                                        "hashAlgorithm",
                                        "MD5"),
                                Map.of("value", "example.org", "confidence", 101))))
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(400)
                .body("violations.field", contains("items[1].chain", "items[2].hashAlgorithm", "items[3].confidence"));
        org.assertj.core.api.Assertions.assertThat(count(id)).isZero();
    }

    @Test
    void shouldMergeDuplicatesByNormalizedValue() {
        String id = create(FBI_DRAFTER, "Merge", List.of());
        as(FBI_DRAFTER)
                .contentType(ContentType.TEXT)
                .body(
                        "0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135D\nNPMJSCLOUD.COM\n0x51e9d833ecae4e8d9d8be17300aee6d3398c135d")
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(200)
                .body("added", equalTo(2))
                .body("duplicates", equalTo(1))
                .body("items[2].status", equalTo("DUPLICATE"))
                .body("items[2].duplicateOf", equalTo(0));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(Map.of("value", "npmjscloud.com.", "description", "Second-stage download domain"))))
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(200)
                .body("merged", equalTo(1))
                .body("added", equalTo(0))
                .body("items[0].status", equalTo("MERGED"));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=domain")
                .then()
                .body("items", hasSize(1))
                .body("items[0].value", equalTo("NPMJSCLOUD.COM"))
                .body("items[0].description", equalTo("Second-stage download domain"));
        org.assertj.core.api.Assertions.assertThat(count(id)).isEqualTo(2);
    }

    @Test
    void shouldValidateWithoutSaving() {
        String id = create(FBI_DRAFTER, "Dry run", List.of());
        as(FBI_DRAFTER)
                .contentType(ContentType.TEXT)
                .body("npmjscloud.com\nbad..domain")
                .post("/api/v1/advisories/" + id + "/indicators/validate")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("saved", equalTo(false))
                .body("items.status", contains("ADDED", "INVALID"))
                .body("items[1].reason", containsString("label"))
                .body("items[0].indicatorId", nullValue());
        org.assertj.core.api.Assertions.assertThat(count(id)).isZero();
        as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "bc1qp2vvntdedxw4xwtyd4y3gc2t9ufk6pwz2ga4ge"))
                .post("/api/v1/indicators/validate")
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("crypto_address"))
                .body("items[0].chain", equalTo("BTC"));
    }

    @Test
    void shouldImportTheSharedSourceCsvFormat() throws IOException {
        String id = create(FBI_DRAFTER, "CSV", List.of());
        String text;
        try (var in = getClass().getResourceAsStream("/indicators-sample.csv")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        as(FBI_DRAFTER)
                .contentType("text/csv")
                .body(text)
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(200)
                .body("added", equalTo(8))
                .body(
                        "items.kind",
                        contains(
                                "crypto_address",
                                "crypto_address",
                                "file_hash",
                                "domain",
                                "package",
                                "account",
                                "account",
                                "cve"));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=crypto_address")
                .then()
                .body("items.find { it.chain == 'TRON' }.asset", equalTo("USDT"))
                .body("items.find { it.chain == 'TRON' }.validFrom", equalTo("2025-11-04T00:00:00Z"))
                .body("items.find { it.chain == 'TRON' }.sourceName", containsString("U.S. Treasury OFAC"));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=account")
                .then()
                .body("items.platform", org.hamcrest.Matchers.containsInAnyOrder("github", "npm"));
    }

    @Test
    void shouldReportCsvWithoutValueColumnAndEmptyRequests() {
        String id = create(FBI_DRAFTER, "CSV errors", List.of());
        as(FBI_DRAFTER)
                .contentType("text/csv")
                .body("kind,chain\nfoo,bar")
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("text"));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of()))
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldAddThousandsOfIndicatorsInOneRequest() {
        String id = create(FBI_DRAFTER, "Many", List.of());
        String text = IntStream.range(0, 5000)
                .mapToObj(i -> "host" + i + ".example.com")
                .collect(Collectors.joining("\n"));
        as(FBI_DRAFTER)
                .contentType(ContentType.TEXT)
                .body(text)
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(200)
                .body("added", equalTo(5000));
        org.assertj.core.api.Assertions.assertThat(count(id)).isEqualTo(5000);
        String first = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?limit=500")
                .then()
                .body("items", hasSize(500))
                .extract()
                .path("next");
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?limit=500&cursor=" + first)
                .then()
                .body("items", hasSize(500));
    }

    @Test
    void shouldRejectTooManyItems() {
        String id = create(FBI_DRAFTER, "Too many", List.of());
        String text = IntStream.range(0, 10_001)
                .mapToObj(i -> "h" + i + ".example.com")
                .collect(Collectors.joining("\n"));
        as(FBI_DRAFTER)
                .contentType(ContentType.TEXT)
                .body(text)
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("at most 10000"));
    }

    @Test
    void shouldAddEditAndDeleteSingleIndicators() {
        String id = create(FBI_DRAFTER, "Single", List.of());
        String indicatorId = as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("value", "strainservice.com", "sourceUrl", "https://example.org/report"))
                .post("/api/v1/advisories/" + id + "/indicators")
                .then()
                .statusCode(201)
                .body("kind", equalTo("domain"))
                .extract()
                .path("id");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("value", "StrainService.com"))
                .post("/api/v1/advisories/" + id + "/indicators")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("value", "198.54.115.248", "validUntil", "2030-01-01"))
                .put("/api/v1/advisories/" + id + "/indicators/" + indicatorId)
                .then()
                .statusCode(200)
                .body("kind", equalTo("ipv4"))
                .body("validUntil", equalTo("2030-01-01T00:00:00Z"));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("value", "198.54.115.256"))
                .put("/api/v1/advisories/" + id + "/indicators/" + indicatorId)
                .then()
                .statusCode(400)
                .body("violations[0].value", equalTo("198.54.115.256"));
        as(FBI_DRAFTER)
                .delete("/api/v1/advisories/" + id + "/indicators/" + indicatorId)
                .then()
                .statusCode(204);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators/" + indicatorId)
                .then()
                .statusCode(404);
    }
}
