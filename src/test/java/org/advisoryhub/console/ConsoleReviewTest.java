package org.advisoryhub.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** Withdrawing with a reason after a confirmation step, and the review thread, in the console. */
@HubTest
class ConsoleReviewTest extends OfficialsTest {

    @Test
    void shouldWithdrawOnlyWithAReasonFromTheVersionConfirmed() {
        String id =
                Advisories.publishedAt("Withdrawn in the console", "GREEN", List.of(), "withdraw-console.example.org");
        long version = Officials.as(Officials.FBI_PUBLISHER)
                .get("/api/v1/advisories/" + id)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        ConsoleSessions publisher = ConsoleSessions.signIn(Officials.FBI_PUBLISHER, Officials.PASSWORD);
        publisher
                .request()
                .get("/console/advisories/" + id)
                .then()
                .statusCode(200)
                .body(containsString("id=\"withdraw\""));
        publisher
                .request()
                .get("/console/advisories/" + id + "/withdraw")
                .then()
                .statusCode(200)
                .body(containsString("id=\"withdraw-reason\""))
                .body(containsString("name=\"version\" value=\"" + version + "\""));

        // Drafters may not withdraw, and do not see the button.
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request().get("/console/advisories/" + id).then().body(not(containsString("id=\"withdraw\"")));
        drafter.request().get("/console/advisories/" + id + "/withdraw").then().statusCode(403);
        Map<String, Object> form = Map.of("_csrf", drafter.csrf(), "reason", "No", "version", version);
        drafter.request()
                .formParams(form)
                .post("/console/advisories/" + id + "/withdraw")
                .then()
                .statusCode(403);
        // Nor may a publisher of an organization that is not a co-author.
        ConsoleSessions treasury = ConsoleSessions.signIn(Officials.TREASURY_PUBLISHER, Officials.PASSWORD);
        treasury.request()
                .formParams(Map.of("_csrf", treasury.csrf(), "reason", "Not ours", "version", version))
                .post("/console/advisories/" + id + "/withdraw")
                .then()
                .statusCode(403);

        // No reason: the page comes back with the problem; a form without its token or from an old version is refused.
        publisher
                .request()
                .formParams(Map.of("_csrf", publisher.csrf(), "reason", "   ", "version", version))
                .post("/console/advisories/" + id + "/withdraw")
                .then()
                .statusCode(400)
                .body(containsString("id=\"problems\""))
                .body(containsString("<code>reason</code>"));
        publisher
                .request()
                .formParams(Map.of("_csrf", "forged", "reason", "Forged", "version", version))
                .post("/console/advisories/" + id + "/withdraw")
                .then()
                .statusCode(403);
        publisher
                .request()
                .formParams(Map.of("_csrf", publisher.csrf(), "reason", "Stale", "version", version - 1))
                .post("/console/advisories/" + id + "/withdraw")
                .then()
                .statusCode(412);
        Officials.as(Officials.FBI_PUBLISHER)
                .get("/api/v1/advisories/" + id)
                .then()
                .body("status", equalTo("PUBLISHED"));

        publisher
                .request()
                .formParams(Map.of(
                        "_csrf",
                        publisher.csrf(),
                        "reason",
                        "Superseded by the joint advisory of May",
                        "version",
                        version))
                .post("/console/advisories/" + id + "/withdraw")
                .then()
                .statusCode(303);
        Officials.as(Officials.FBI_PUBLISHER)
                .get("/api/v1/advisories/" + id)
                .then()
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("Superseded by the joint advisory of May"))
                .body("withdrawal.by", equalTo(Officials.FBI_PUBLISHER));
        publisher
                .request()
                .cookie("hub-lang", "ko")
                .get("/console/advisories/" + id)
                .then()
                .body(containsString("id=\"withdrawal-reason\">Superseded by the joint advisory of May"))
                .body(containsString("철회됨"))
                .body(not(containsString("id=\"withdraw\"")));
    }

    @Test
    void shouldKeepTheReviewAsAThreadOfCoauthors() {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Reviewed in the console", List.of("test-nis"));
        Advisories.addText(Officials.FBI_DRAFTER, id, "review-thread.example.org")
                .statusCode(200);
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request()
                .formParams(Map.of("_csrf", drafter.csrf(), "text", "Please check the second domain."))
                .post("/console/advisories/" + id + "/comments")
                .then()
                .statusCode(303);
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        ConsoleSessions nis = ConsoleSessions.signIn(Officials.NIS_PUBLISHER, Officials.PASSWORD);
        nis.request()
                .formParams(Map.of("_csrf", nis.csrf(), "comment", "Add the Korean body."))
                .post("/console/advisories/" + id + "/return")
                .then()
                .statusCode(303);

        String page = drafter.request()
                .get("/console/advisories/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String thread = page.substring(page.indexOf("id=\"review\""), page.indexOf("id=\"revisions\""));
        org.assertj.core.api.Assertions.assertThat(thread)
                .containsSubsequence(
                        Officials.FBI_DRAFTER,
                        "Please check the second domain.",
                        Officials.NIS_PUBLISHER,
                        "Changes requested",
                        "Add the Korean body.");

        // Too long: refused, and what was typed comes back in the box.
        String tooLong = "x".repeat(5001);
        drafter.request()
                .formParams(Map.of("_csrf", drafter.csrf(), "text", tooLong))
                .post("/console/advisories/" + id + "/comments")
                .then()
                .statusCode(400)
                .body(containsString("<code>text</code>"))
                .body(containsString(">" + tooLong + "</textarea>"));
        Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/comments")
                .then()
                .body("items.size()", equalTo(2));
        // Others neither read nor write the thread: to them the draft does not exist.
        ConsoleSessions treasury = ConsoleSessions.signIn(Officials.TREASURY_DRAFTER, Officials.PASSWORD);
        treasury.request()
                .formParams(Map.of("_csrf", treasury.csrf(), "text", "Let me in"))
                .post("/console/advisories/" + id + "/comments")
                .then()
                .statusCode(404);
        treasury.request().get("/console/advisories/" + id).then().statusCode(404);
    }
}
