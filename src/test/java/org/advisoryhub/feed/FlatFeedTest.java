package org.advisoryhub.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.advisoryhub.common.text.CsvCells;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

@HubTest
class FlatFeedTest extends OfficialsTest {

    @Test
    void shouldListActiveAddressesOfAChainAsTextAndCsv() {
        Partners.partner("test-flat", "VASP");
        Partners.Key key = Partners.key("test-flat", List.of("vasp-indicators"), "GREEN");
        String text = key.taxii()
                .accept("*/*")
                .get("/feeds/vasp-indicators/crypto_address.txt?chain=TRON")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract()
                .asString();
        List<String> lines = text.lines().toList();
        assertThat(lines)
                .hasSize(53)
                .contains("TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz")
                .allMatch(l -> l.startsWith("T"));
        // The pull is recorded with the number of rows actually sent, within the flush interval.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> Officials.as(Officials.ADMIN)
                        .queryParam("organization", "test-flat")
                        .queryParam("endpoint", "flat-feed")
                        .get("/api/v1/audit/pulls")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.objects")
                        .contains(53));

        String csv = key.taxii()
                .accept("*/*")
                .get("/feeds/vasp-indicators/crypto_address.csv?chain=eth")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().findFirst())
                .contains("value,kind,chain,asset,advisory,revision,tlp,valid_from,valid_until,source_url,platform");
        assertThat(csv)
                .contains("0x098b716b8aaf21512996dc57eb0615e2383e2f96,crypto_address,ETH,,HUB-2022-0001,3,CLEAR,");
        assertThat(csv.lines().skip(1)).allMatch(l -> l.contains(",ETH,"));
    }

    @Test
    void shouldAnswer304WhileNothingChangedAndFollowPublications() {
        Partners.partner("test-flat-etag", "VASP");
        Partners.Key key = Partners.key("test-flat-etag", List.of("vasp-indicators"), "GREEN");
        String etag = key.taxii()
                .accept("*/*")
                .get("/feeds/vasp-indicators/domain.txt")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        key.taxii()
                .accept("*/*")
                .header("If-None-Match", etag)
                .get("/feeds/vasp-indicators/domain.txt")
                .then()
                .statusCode(304);
        String before = java.time.Instant.now().toString();
        Advisories.publishedAt("Flat feed news", "GREEN", List.of(), "flat-feed-news.example.org");
        String body = key.taxii()
                .accept("*/*")
                .header("If-None-Match", etag)
                .get("/feeds/vasp-indicators/domain.txt")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body.lines()).contains("flat-feed-news.example.org");
        assertThat(body.lines()).contains("strainservice.com");
        String recent = key.taxii()
                .accept("*/*")
                .queryParam("since", before)
                .get("/feeds/vasp-indicators/domain.txt")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(recent.lines()).contains("flat-feed-news.example.org").doesNotContain("strainservice.com");
    }

    @Test
    void shouldKeepToTheKeysGrantsAndDropWithdrawnAdvisories() {
        Partners.partner("test-flat-grants", "VASP");
        Partners.Key green = Partners.key("test-flat-grants", List.of("partner-governments"), "GREEN");
        Partners.Key amber = Partners.key("test-flat-grants", List.of("partner-governments"), "AMBER");
        String id = Advisories.publishedAt("Flat amber", "AMBER", List.of(), "flat-amber.example.org");
        assertThat(amber.taxii()
                        .accept("*/*")
                        .get("/feeds/partner-governments/domain.txt")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines())
                .contains("flat-amber.example.org");
        assertThat(green.taxii()
                        .accept("*/*")
                        .get("/feeds/partner-governments/domain.txt")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines())
                .doesNotContain("flat-amber.example.org");
        Officials.as(Officials.FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Gone"))
                .post("/api/v1/advisories/" + id + "/withdraw")
                .then()
                .statusCode(200);
        assertThat(amber.taxii()
                        .accept("*/*")
                        .get("/feeds/partner-governments/domain.txt")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines())
                .doesNotContain("flat-amber.example.org");
        green.taxii().accept("*/*").get("/feeds/public/domain.txt").then().statusCode(404);
        green.taxii()
                .accept("*/*")
                .get("/feeds/partner-governments/nonsense.txt")
                .then()
                .statusCode(400);
        green.taxii()
                .accept("*/*")
                .get("/feeds/partner-governments/domain.pdf")
                .then()
                .statusCode(400);
        green.taxii()
                .accept("*/*")
                .get("/feeds/partner-governments/crypto_address.txt?chain=DOGE")
                .then()
                .statusCode(400);
        given().get("/feeds/partner-governments/domain.txt").then().statusCode(401);
        Officials.as(Officials.ADMIN)
                .get("/feeds/partner-governments/domain.txt")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldQuoteFormulaLikeCellsWithoutChangingTheirValues() {
        assertThat(CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.cell("@sum/x")).isEqualTo("\"@sum/x\"");
        assertThat(CsvCells.cell("-2")).isEqualTo("\"-2\"");
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("plain")).isEqualTo("plain");
    }
}
