package org.advisoryhub.signoff;

import static org.advisoryhub.support.Advisories.action;
import static org.advisoryhub.support.Advisories.addText;
import static org.advisoryhub.support.Advisories.create;
import static org.advisoryhub.support.Advisories.draft;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.FBI_REVIEWER;
import static org.advisoryhub.support.Officials.NIS_PUBLISHER;
import static org.advisoryhub.support.Officials.TREASURY_DRAFTER;
import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** A joint advisory is published only with an approval of each co-author on exactly the version under review. */
@HubTest
class SignoffTest extends OfficialsTest {

    private static String underReview(String title) {
        String id = create(FBI_DRAFTER, title, List.of("test-nis"));
        addText(FBI_DRAFTER, id, "signoff.example.org").statusCode(200);
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        return id;
    }

    private static io.restassured.response.ValidatableResponse approve(String user, String id) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/advisories/" + id + "/approve")
                .then();
    }

    private static io.restassured.response.ValidatableResponse publish(String id) {
        return as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of("changeNote", "Joint publication"))
                .post("/api/v1/advisories/" + id + "/publish")
                .then();
    }

    @Test
    void shouldRequireAnApprovalFromEveryCoauthor() {
        String id = underReview("Needs both");
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/signoff")
                .then()
                .statusCode(200)
                .body("required", equalTo(List.of("test-fbi", "test-nis")))
                .body("missing", equalTo(List.of("test-fbi", "test-nis")))
                .body("complete", equalTo(false));
        approve(FBI_PUBLISHER, id).statusCode(200).body("missing", equalTo(List.of("test-nis")));
        publish(id)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("missing from: test-nis"));
        approve(FBI_PUBLISHER, id).statusCode(409).body("detail", containsString("already approved"));
        approve(NIS_PUBLISHER, id)
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("approvals.approvedBy", equalTo(List.of(FBI_PUBLISHER, NIS_PUBLISHER)));
        publish(id).statusCode(200).body("publishedRevision", equalTo(1));
    }

    @Test
    void shouldVoidApprovalsWhenTheAdvisoryChanges() {
        String id = underReview("Edited after approval");
        approve(FBI_PUBLISHER, id).statusCode(200);
        approve(NIS_PUBLISHER, id).statusCode(200).body("complete", equalTo(true));
        addText(FBI_DRAFTER, id, "late-addition.example.org").statusCode(200);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/signoff")
                .then()
                .body("missing", equalTo(List.of("test-fbi", "test-nis")))
                .body("approvals", equalTo(List.of()));
        publish(id).statusCode(409);
    }

    @Test
    void shouldRefuseSelfApprovalAndApprovalOfAnotherVersion() {
        as(org.advisoryhub.support.Officials.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        "fbi-lead",
                        "displayName",
                        "Lead",
                        "password",
                        "lead-password-123",
                        "roles",
                        List.of("drafter", "publisher"),
                        "organizationId",
                        "test-fbi"))
                .put("/api/v1/officials/fbi-lead")
                .then()
                .statusCode(200);
        var lead = io.restassured.RestAssured.given().auth().preemptive().basic("fbi-lead", "lead-password-123");
        String id = lead.contentType(ContentType.JSON)
                .body(draft("Four eyes", "GREEN", List.of()))
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        io.restassured.RestAssured.given()
                .auth()
                .preemptive()
                .basic("fbi-lead", "lead-password-123")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/advisories/" + id + "/approve")
                .then()
                .statusCode(403)
                .body("detail", containsString("four eyes"));
        as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post("/api/v1/advisories/" + id + "/approve")
                .then()
                .statusCode(412);
        approve(FBI_PUBLISHER, id).statusCode(200).body("complete", equalTo(true));
    }

    @Test
    void shouldRefuseApprovalOutsideReviewAndFromOtherRolesOrOrganizations() {
        String draftOnly = create(FBI_DRAFTER, "Not submitted", List.of("test-nis"));
        approve(FBI_PUBLISHER, draftOnly).statusCode(409);
        String id = underReview("Wrong approvers");
        approve(FBI_REVIEWER, id).statusCode(403);
        approve(FBI_DRAFTER, id).statusCode(403);
        as(TREASURY_DRAFTER).get("/api/v1/advisories/" + id + "/signoff").then().statusCode(404);
    }

    @Test
    void shouldRequireRecipientsForRedAndAmberStrict() {
        Map<String, Object> red = new HashMap<>(draft("Red without recipients", "RED", List.of()));
        String id = as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(red)
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        action(FBI_DRAFTER, id, "submit").statusCode(200);
        approve(FBI_PUBLISHER, id).statusCode(200);
        publish(id).statusCode(400).body("violations[0].field", equalTo("recipients"));
    }

    @Test
    void shouldRecordChangeRequestsAsComments() {
        String id = underReview("Commented");
        as(FBI_REVIEWER)
                .contentType(ContentType.JSON)
                .body(Map.of("comment", "Add the source of the domain"))
                .post("/api/v1/advisories/" + id + "/return")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Done, see the reference"))
                .post("/api/v1/advisories/" + id + "/comments")
                .then()
                .statusCode(201);
        as(NIS_PUBLISHER)
                .get("/api/v1/advisories/" + id + "/comments")
                .then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("changes-requested", "comment")))
                .body("items.author", equalTo(List.of(FBI_REVIEWER, FBI_DRAFTER)))
                .body("items[0].text", equalTo("Add the source of the domain"));
        as(TREASURY_DRAFTER)
                .get("/api/v1/advisories/" + id + "/comments")
                .then()
                .statusCode(404);
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("text", ""))
                .post("/api/v1/advisories/" + id + "/comments")
                .then()
                .statusCode(400);
    }
}
