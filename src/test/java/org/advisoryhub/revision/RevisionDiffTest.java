package org.advisoryhub.revision;

import static org.advisoryhub.support.Advisories.action;
import static org.advisoryhub.support.Advisories.addText;
import static org.advisoryhub.support.Advisories.draft;
import static org.advisoryhub.support.Advisories.publish;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.TREASURY_DRAFTER;
import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

@HubTest
class RevisionDiffTest extends OfficialsTest {

    @Test
    void shouldListAddedRemovedAndChangedIndicatorsAndTextFields() {
        String id = Advisories.published("Diff", "npmjscloud.com\nnpmrepos.com\n3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG");
        String etag = action(FBI_DRAFTER, id, "amend").statusCode(200).extract().header("ETag");

        Map<String, Object> edited = new HashMap<>(draft("Diff", "AMBER", List.of("test-fbi", "test-nis")));
        edited.put("summary", "A new summary");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(edited)
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(200);
        String removedId = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=domain")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.normalized == 'npmrepos.com' }.id");
        as(FBI_DRAFTER)
                .delete("/api/v1/advisories/" + id + "/indicators/" + removedId)
                .then()
                .statusCode(204);
        String changedId = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=crypto_address")
                .then()
                .extract()
                .jsonPath()
                .getString("items[0].id");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "value",
                        "3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG",
                        "confidence",
                        90,
                        "description",
                        "Holds stolen BTC"))
                .put("/api/v1/advisories/" + id + "/indicators/" + changedId)
                .then()
                .statusCode(200);
        addText(FBI_DRAFTER, id, "tradingprice.net").statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_PUBLISHER, id, "Second").statusCode(200);

        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/diff?from=1&to=2")
                .then()
                .statusCode(200)
                .body("added.normalized", contains("tradingprice.net"))
                .body("removed.normalized", contains("npmrepos.com"))
                .body("changed.value", contains("3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG"))
                .body("changed[0].fields.field", containsInAnyOrder("confidence", "description"))
                .body("textChanges.field", containsInAnyOrder("summary", "tlp"))
                .body("textChanges.find { it.field == 'tlp' }.from", equalTo("GREEN"))
                .body("textChanges.find { it.field == 'tlp' }.to", equalTo("AMBER"));

        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/diff?from=2&to=1")
                .then()
                .statusCode(200)
                .body("added.normalized", contains("npmrepos.com"))
                .body("removed.normalized", contains("tradingprice.net"));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/diff?from=2&to=2")
                .then()
                .statusCode(200)
                .body("added", empty())
                .body("removed", empty())
                .body("changed", empty())
                .body("textChanges", empty());
    }

    @Test
    void shouldKeepIndicatorKeysStableAcrossRevisions() {
        String id = Advisories.published("Stable keys", "npmaudit.com");
        String key1 = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1/indicators")
                .then()
                .extract()
                .path("items[0].key");
        action(FBI_DRAFTER, id, "amend").statusCode(200);
        addText(FBI_DRAFTER, id, "bi2price.com").statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_PUBLISHER, id, "Second").statusCode(200);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/2/indicators?limit=100")
                .then()
                .body("items.find { it.normalized == 'npmaudit.com' }.key", equalTo(key1));
    }

    @Test
    void shouldReportMissingRevisionsAndParameters() {
        String id = Advisories.published("Missing", "coingeckoprice.com");
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/diff?from=1&to=9")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/diff?from=1")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("to"));
        // Another agency reads published revisions too.
        as(TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1")
                .then()
                .statusCode(200);
    }
}
