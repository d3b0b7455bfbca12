package org.advisoryhub.advisory;

import static org.advisoryhub.support.Advisories.action;
import static org.advisoryhub.support.Advisories.addText;
import static org.advisoryhub.support.Advisories.draft;
import static org.advisoryhub.support.Advisories.publish;
import static org.advisoryhub.support.Officials.ADMIN;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.TREASURY_DRAFTER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** Review-by dates: what each revision takes, what its indicators are published valid until, and what is listed as due. */
@HubTest
class ReviewDatesTest extends OfficialsTest {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(365);

    @Test
    void shouldPublishEveryIndicatorValidUntilItsOwnEndOrTheDefaultReviewDate() {
        Instant before = Instant.now();
        String id = Advisories.published("Default review", "npmjscloud.com\n3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG");
        String ownEnd = "2031-01-01T00:00:00Z";
        JsonPath revision = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Instant reviewBy = Instant.parse(revision.getString("reviewBy"));
        Instant publishedAt = Instant.parse(revision.getString("publishedAt"));
        assertThat(reviewBy).isEqualTo(publishedAt.plus(DEFAULT_PERIOD)).isAfter(before.plus(DEFAULT_PERIOD));
        assertThat(validUntils(id, 1)).containsOnly(reviewBy.toString());

        action(FBI_DRAFTER, id, "amend").statusCode(200);
        String domain = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=domain")
                .then()
                .extract()
                .jsonPath()
                .getString("items[0].id");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("value", "npmjscloud.com", "validUntil", ownEnd))
                .put("/api/v1/advisories/" + id + "/indicators/" + domain)
                .then()
                .statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_PUBLISHER, id, "Re-confirmed").statusCode(200);

        Instant second = Instant.parse(as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/2")
                .then()
                .extract()
                .path("reviewBy"));
        assertThat(second)
                .as("an amendment keeps the date while it is ahead: it re-dates only what it changes")
                .isEqualTo(reviewBy);
        assertThat(validUntils(id, 2)).containsExactlyInAnyOrder(reviewBy.toString(), ownEnd);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/diff?from=1&to=2")
                .then()
                .statusCode(200)
                .body("changed.value", equalTo(List.of("npmjscloud.com")))
                .body("changed[0].fields.field", equalTo(List.of("validUntil")))
                .body("changed[0].fields[0].from", equalTo(null));

        // Choosing a later date re-confirms every indicator without an end of its own.
        String later = LocalDate.now().plusYears(2).toString();
        action(FBI_DRAFTER, id, "amend").statusCode(200);
        Map<String, Object> content = new HashMap<>(draft("Default review", "GREEN", List.of("test-fbi", "test-nis")));
        content.put("reviewBy", later);
        String etag =
                as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().extract().header("ETag");
        as(FBI_DRAFTER)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(content)
                .put("/api/v1/advisories/" + id)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_PUBLISHER, id, "Re-confirmed").statusCode(200);
        assertThat(validUntils(id, 3)).containsExactlyInAnyOrder(later + "T00:00:00Z", ownEnd);
        assertThat(validUntils(id, 2))
                .as("an earlier revision keeps what it published")
                .containsExactlyInAnyOrder(reviewBy.toString(), ownEnd);
    }

    @Test
    void shouldTakeTheChosenDateAndRefuseOneThatHasPassed() {
        String chosen = LocalDate.now().plusDays(10).toString();
        String id = draftWith("Chosen review", chosen);
        addText(FBI_DRAFTER, id, "bi2price.com").statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_PUBLISHER, id, "Initial").statusCode(200);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1")
                .then()
                .body("reviewBy", equalTo(chosen + "T00:00:00Z"))
                .body("content.reviewBy", equalTo(chosen));
        assertThat(validUntils(id, 1)).containsOnly(chosen + "T00:00:00Z");

        String passed = draftWith("Passed review", LocalDate.now().minusDays(1).toString());
        addText(FBI_DRAFTER, passed, "bi2price.com").statusCode(200);
        action(FBI_DRAFTER, passed, "submit").statusCode(200);
        publish(FBI_PUBLISHER, passed, "Initial").statusCode(400).body("violations.field", hasItem("reviewBy"));
        as(FBI_DRAFTER).get("/api/v1/advisories/" + passed).then().body("publishedRevision", equalTo(0));

        // An indicator without an end of its own that starts after the review date could never be valid.
        String late = draftWith("Starts too late", LocalDate.now().plusDays(10).toString());
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "value",
                        "late-start.example.org",
                        "validFrom",
                        LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/advisories/" + late + "/indicators")
                .then()
                .statusCode(201);
        action(FBI_DRAFTER, late, "submit").statusCode(200);
        publish(FBI_PUBLISHER, late, "Initial").statusCode(400).body("violations.field", hasItem("reviewBy"));
        as(FBI_DRAFTER).get("/api/v1/advisories/" + late).then().body("publishedRevision", equalTo(0));
    }

    @Test
    void shouldListWhatIsDueToItsCoauthorsAndAdministratorsOnly() {
        String soon = draftWith("Due soon", LocalDate.now().plusDays(5).toString());
        addText(FBI_DRAFTER, soon, "tradingprice.net").statusCode(200);
        action(FBI_DRAFTER, soon, "submit").statusCode(200);
        publish(FBI_PUBLISHER, soon, "Initial").statusCode(200);
        String later = Advisories.published("Due later", "npmaudit.com");

        as(FBI_DRAFTER)
                .get("/api/v1/reviews/advisories?limit=500")
                .then()
                .statusCode(200)
                .body("items.advisory", hasItem(soon))
                .body("items.advisory", not(hasItem(later)))
                .body("items.find { it.advisory == '" + soon + "' }.overdue", equalTo(false))
                .body("items.find { it.advisory == '" + soon + "' }.titles.ko", equalTo("시험 Due soon"));
        as(FBI_DRAFTER)
                .get("/api/v1/reviews/advisories?within=P400D&limit=500")
                .then()
                .statusCode(200)
                .body("items.advisory", hasItem(later));
        as(FBI_DRAFTER)
                .get("/api/v1/reviews/indicators?limit=500")
                .then()
                .statusCode(200)
                .body("items.findAll { it.advisory == '" + soon + "' }.value", equalTo(List.of("tradingprice.net")))
                .body("items.find { it.advisory == '" + soon + "' }.kind", equalTo("domain"));
        as(ADMIN)
                .get("/api/v1/reviews/advisories?limit=500")
                .then()
                .statusCode(200)
                .body("items.advisory", hasItem(soon));
        as(TREASURY_DRAFTER)
                .get("/api/v1/reviews/advisories?limit=500")
                .then()
                .statusCode(200)
                .body("items.advisory", not(hasItem(soon)));
        as(FBI_DRAFTER)
                .get("/api/v1/reviews/advisories?within=soon")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("within"));
        given().get("/api/v1/reviews/advisories").then().statusCode(401);

        Advisories.withdraw(soon);
        as(FBI_DRAFTER).get("/api/v1/reviews/advisories?limit=500").then().body("items.advisory", not(hasItem(soon)));
    }

    @Test
    void shouldPageReviewsWithACursor() {
        String day = LocalDate.now().plusDays(3).toString();
        List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = draftWith("Paged review " + i, day);
            addText(FBI_DRAFTER, id, "paged" + i + ".example.com").statusCode(200);
            action(FBI_DRAFTER, id, "submit").statusCode(200);
            publish(FBI_PUBLISHER, id, "Initial").statusCode(200);
            created.add(id);
        }
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = as(FBI_DRAFTER)
                    .queryParam("limit", 1)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/reviews/advisories")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.advisory"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(created);
    }

    private static String draftWith(String title, String reviewBy) {
        Map<String, Object> body = new HashMap<>(draft(title, "GREEN", List.of("test-nis")));
        body.put("reviewBy", reviewBy);
        return as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .body("reviewBy", equalTo(reviewBy))
                .extract()
                .path("id");
    }

    private static List<String> validUntils(String id, int revision) {
        return as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/" + revision + "/indicators?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.validUntil");
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
