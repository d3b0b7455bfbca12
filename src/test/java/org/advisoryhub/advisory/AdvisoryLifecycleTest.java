package org.advisoryhub.advisory;

import static org.advisoryhub.support.Advisories.action;
import static org.advisoryhub.support.Advisories.addText;
import static org.advisoryhub.support.Advisories.create;
import static org.advisoryhub.support.Advisories.publish;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.FBI_REVIEWER;
import static org.advisoryhub.support.Officials.NIS_PUBLISHER;
import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

@HubTest
class AdvisoryLifecycleTest extends OfficialsTest {

    @Test
    void shouldDraftWithAuthorOrganizationAsCoauthor() {
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(org.advisoryhub.support.Advisories.draft("Draft", "AMBER+STRICT", List.of("test-nis")))
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", matchesPattern(".*/api/v1/advisories/HUB-\\d{4}-\\d{4}"))
                .body("status", equalTo("DRAFT"))
                .body("tlp", equalTo("AMBER+STRICT"))
                .body("coauthors", hasItems("test-fbi", "test-nis"))
                .body("ownerOrganization", equalTo("test-fbi"))
                .body("translations.ko.title", equalTo("시험 Draft"))
                .body("publishedRevision", equalTo(0));
    }

    @Test
    void shouldRunTheWholeLifecycle() {
        String id = create(FBI_DRAFTER, "Lifecycle", List.of("test-nis"));
        addText(FBI_DRAFTER, id, "3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG\nnpmjscloud.com")
                .statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200).body("status", equalTo("IN_REVIEW"));
        action(FBI_REVIEWER, id, "return").statusCode(200).body("status", equalTo("DRAFT"));
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(FBI_PUBLISHER, id, "First")
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedRevision", equalTo(1));

        action(FBI_DRAFTER, id, "amend")
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("publishedRevision", equalTo(1));
        addText(FBI_DRAFTER, id, "bc1qp2vvntdedxw4xwtyd4y3gc2t9ufk6pwz2ga4ge").statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        publish(NIS_PUBLISHER, id, "Second").statusCode(200).body("publishedRevision", equalTo(2));

        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("items.number", equalTo(List.of(1, 2)))
                .body("items.indicatorCount", equalTo(List.of(2, 3)))
                .body("items.publishedBy", equalTo(List.of(FBI_PUBLISHER, NIS_PUBLISHER)))
                .body("items.publishedOrganization", equalTo(List.of("test-fbi", "test-nis")))
                .body("items.changeNote", equalTo(List.of("First", "Second")));

        // A withdrawal without a reason partners can read is refused, and changes nothing.
        for (Map<String, String> bad :
                List.of(Map.<String, String>of(), Map.of("reason", "  "), Map.of("reason", "x".repeat(2001)))) {
            as(FBI_PUBLISHER)
                    .contentType(ContentType.JSON)
                    .body(bad)
                    .post("/api/v1/advisories/" + id + "/withdraw")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("reason"));
        }
        as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().body("status", equalTo("PUBLISHED"));
        as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Superseded by a newer advisory"))
                .post("/api/v1/advisories/" + id + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.by", equalTo(FBI_PUBLISHER))
                .body("withdrawal.reason", equalTo("Superseded by a newer advisory"));
        action(FBI_DRAFTER, id, "amend").statusCode(409).contentType("application/problem+json");
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1")
                .then()
                .statusCode(200)
                .body("content.title", equalTo("Lifecycle"));
    }

    @Test
    void shouldKeepRevisionSnapshotsImmutableWhileAmending() {
        String id = org.advisoryhub.support.Advisories.published("Snapshot", "npmjscloud.com\nnpmrepos.com");
        action(FBI_DRAFTER, id, "amend").statusCode(200);
        String etag =
                as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().extract().header("ETag");
        Map<String, Object> changed = new java.util.HashMap<>(
                org.advisoryhub.support.Advisories.draft("Snapshot renamed", "GREEN", List.of("test-fbi", "test-nis")));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(changed)
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Snapshot renamed"));
        addText(FBI_DRAFTER, id, "tradingprice.net").statusCode(200);

        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1")
                .then()
                .statusCode(200)
                .body("content.title", equalTo("Snapshot"))
                .body("indicatorCount", equalTo(2));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/1/indicators")
                .then()
                .statusCode(200)
                .body("items.normalized", org.hamcrest.Matchers.containsInAnyOrder("npmjscloud.com", "npmrepos.com"));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/revisions/2")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseInvalidTransitions() {
        String id = create(FBI_DRAFTER, "Transitions", List.of());
        publish(FBI_PUBLISHER, id, "too early")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid state transition"))
                .body("detail", equalTo("Cannot publish an advisory whose status is DRAFT"));
        action(FBI_DRAFTER, id, "amend").statusCode(409);
        as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .post("/api/v1/advisories/" + id + "/withdraw")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("never published"));
        publish(FBI_PUBLISHER, id, "").statusCode(400).body("violations[0].field", equalTo("changeNote"));
    }

    @Test
    void shouldDeleteOnlyNeverPublishedDrafts() {
        String draft = create(FBI_DRAFTER, "To delete", List.of());
        as(FBI_DRAFTER).delete("/api/v1/advisories/" + draft).then().statusCode(204);
        as(FBI_DRAFTER).get("/api/v1/advisories/" + draft).then().statusCode(404);

        String published = org.advisoryhub.support.Advisories.published("Kept", "npmaudit.com");
        action(FBI_DRAFTER, published, "amend").statusCode(200);
        as(FBI_DRAFTER)
                .delete("/api/v1/advisories/" + published)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("already published"));
    }

    @Test
    void shouldRejectUnknownOrNonAuthoringCoauthors() {
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(org.advisoryhub.support.Advisories.draft(
                        "Bad coauthors", "GREEN", List.of("no-such-org", "test-vasp")))
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("coauthors[0]", "coauthors[1]"))
                .body("violations.value", hasItems("no-such-org", "test-vasp"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "",
                        "summary",
                        "s",
                        "body",
                        "b",
                        "tlp",
                        "RED",
                        "techniques",
                        List.of("X1"),
                        "threatActors",
                        List.of(Map.of("name", "", "mitreId", "G12"))))
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems("title", "techniques[0]", "threatActors[0].name", "threatActors[0].mitreId"));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "t", "summary", "s", "body", "b", "tlp", "PURPLE"))
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("tlp"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("not a TLP 2.0 level"));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body("{not json")
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("malformed JSON"));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("titel", "typo", "summary", "s", "body", "b", "tlp", "RED"))
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("titel"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("title"))
                .body("violations[0].message", not(org.hamcrest.Matchers.containsString("org.advisoryhub")));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "t", "summary", "s", "body", "b", "tlp", "RED", "threatActors", "Lazarus"))
                .post("/api/v1/advisories")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("threatActors"))
                .body("violations[0].message", equalTo("must be a list"));
    }
}
