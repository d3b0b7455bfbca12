package org.advisoryhub.security;

import static org.advisoryhub.support.Officials.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/**
 * One visibility rule on every path: officials of other organizations read published content only, and TLP:RED only
 * when named; named partner organizations receive what is addressed to them out of the box, and others never.
 */
@HubTest
class VisibilityPathsTest extends OfficialsTest {

    private static String publishRed(String title, List<String> recipients, String indicator) {
        return Advisories.publishedAt(title, "RED", recipients, indicator);
    }

    @Test
    void shouldShowRedAdvisoriesOnlyToCoauthorsAndNamedOfficials() {
        Partners.partner("test-vis-p1", "VASP");
        String toTreasury =
                publishRed("Red for treasury vis", List.of("test-treasury", "test-vis-p1"), "red-treasury.example.net");
        String notToTreasury = publishRed("Red elsewhere quokka", List.of("test-vis-p1"), "red-elsewhere.example.net");

        as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + toTreasury)
                .then()
                .statusCode(200);
        as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + notToTreasury)
                .then()
                .statusCode(404);
        as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + notToTreasury + "/revisions")
                .then()
                .statusCode(404);
        as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + notToTreasury + "/revisions/1/stix")
                .then()
                .statusCode(404);
        as(Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + notToTreasury + "/indicators")
                .then()
                .statusCode(404);
        as(Officials.TREASURY_DRAFTER)
                .queryParam("q", "quokka")
                .get("/api/v1/advisories")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(notToTreasury)));
        as(Officials.TREASURY_DRAFTER)
                .queryParam("indicator", "red-elsewhere.example.net")
                .get("/api/v1/advisories")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        as(Officials.TREASURY_DRAFTER)
                .queryParam("tlp", "RED")
                .get("/api/v1/advisories")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(toTreasury))
                .body("items.id", not(hasItem(notToTreasury)));
        as(Officials.NIS_DRAFTER)
                .get("/api/v1/advisories/" + notToTreasury)
                .then()
                .statusCode(200);
        as(Officials.NIS_DRAFTER)
                .queryParam("q", "quokka")
                .get("/api/v1/advisories")
                .then()
                .body("items.id", hasItem(notToTreasury));
        as(Officials.ADMIN).get("/api/v1/advisories/" + notToTreasury).then().statusCode(200);
    }

    @Test
    void shouldMatchOtherOrganizationsSearchesAgainstPublishedContentOnly() {
        String id = Advisories.publishedAt("Published wombat", "GREEN", List.of(), "published-wombat.example.net");
        Advisories.action(Officials.FBI_DRAFTER, id, "amend").statusCode(200);
        Map<String, Object> amended =
                new HashMap<>(Advisories.draft("Amended narwhal secret", "GREEN", List.of("test-fbi", "test-nis")));
        String etag = as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .extract()
                .header("ETag");
        as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(amended)
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Amended narwhal secret"));
        Advisories.addText(Officials.FBI_DRAFTER, id, "amended-narwhal.example.net")
                .statusCode(200);
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);

        for (Map.Entry<String, String> probe : Map.of(
                        "q", "narwhal", "indicator", "amended-narwhal.example.net", "status", "IN_REVIEW")
                .entrySet()) {
            as(Officials.TREASURY_DRAFTER)
                    .queryParam(probe.getKey(), probe.getValue())
                    .get("/api/v1/advisories")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
            as(Officials.NIS_DRAFTER)
                    .queryParam(probe.getKey(), probe.getValue())
                    .get("/api/v1/advisories")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id));
        }
        as(Officials.TREASURY_DRAFTER)
                .queryParam("q", "wombat")
                .get("/api/v1/advisories")
                .then()
                .body("items.find { it.id == '" + id + "' }.title", equalTo("Published wombat"))
                .body("items.find { it.id == '" + id + "' }.status", equalTo("PUBLISHED"));
        as(Officials.TREASURY_DRAFTER)
                .queryParam("status", "PUBLISHED")
                .queryParam("indicator", "published-wombat.example.net")
                .get("/api/v1/advisories")
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldDeliverRedToNamedPartnersThroughTheirKeysOutOfTheBoxAndToNobodyElse() {
        Partners.partner("test-vis-named", "VASP");
        Partners.partner("test-vis-unnamed", "PARTNER_GOVERNMENT");
        Partners.Key named = Partners.key("test-vis-named", List.of("vasp-indicators"), "GREEN");
        Partners.Key unnamed =
                Partners.key("test-vis-unnamed", List.of("partner-governments", "vasp-indicators"), "RED");
        String id = publishRed("Red to one exchange", List.of("test-vis-named"), "red-named.example.net");
        String indicator = Advisories.indicatorId(id, "domain::red-named.example.net");

        named.taxii()
                .get("/taxii2/api/collections/")
                .then()
                .statusCode(200)
                .body("collections.id", hasItem("a4d1c7e9-3b5f-4e2a-9c8d-6f1b3e5a7c55"));
        named.taxii()
                .get("/taxii2/api/collections/addressed-to-you/objects/")
                .then()
                .statusCode(200)
                .body("objects.id", hasItem(indicator))
                .body("objects.id", hasItem(Advisories.reportId(id)));
        named.taxii()
                .get("/taxii2/api/collections/vasp-indicators/objects/")
                .then()
                .statusCode(200)
                .body("objects.id", not(hasItem(indicator)));
        named.taxii()
                .accept("*/*")
                .get("/feeds/addressed-to-you/domain.txt")
                .then()
                .statusCode(200)
                .body(containsString("red-named.example.net"));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> named.api()
                        .queryParam("value", "red-named.example.net")
                        .get("/api/v1/screen")
                        .then()
                        .statusCode(200)
                        .body("matched", equalTo(1)));

        unnamed.taxii()
                .get("/taxii2/api/collections/addressed-to-you/objects/")
                .then()
                .statusCode(200)
                .body("objects.id", not(hasItem(indicator)));
        unnamed.taxii()
                .get("/taxii2/api/collections/partner-governments/objects/")
                .then()
                .statusCode(200)
                .body("objects.id", not(hasItem(indicator)));
        unnamed.taxii()
                .accept("*/*")
                .get("/feeds/addressed-to-you/domain.txt")
                .then()
                .statusCode(200)
                .body(not(containsString("red-named.example.net")));
        unnamed.api()
                .queryParam("value", "red-named.example.net")
                .get("/api/v1/screen")
                .then()
                .statusCode(200)
                .body("matched", equalTo(0));
    }
}
