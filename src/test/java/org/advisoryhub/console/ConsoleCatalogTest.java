package org.advisoryhub.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** Managing the shared threat-actor catalog and review dates in the console. */
@HubTest
class ConsoleCatalogTest extends OfficialsTest {

    @Test
    void shouldLetDraftersAddAndEditActorsAndReviewersOnlyRead() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        drafter.request()
                .get("/console/threat-actors")
                .then()
                .statusCode(200)
                .body(containsString("Lazarus Group"))
                .body(containsString("G0032"))
                .body(containsString("id=\"actor-form\""));
        Map<String, Object> form = new HashMap<>(Map.of(
                "_csrf",
                drafter.csrf(),
                "name",
                "Console Chollima",
                "aliases",
                "CC-1\nCC-2",
                "attributedTo",
                "Democratic People's Republic of Korea"));
        String location = drafter.request()
                .formParams(form)
                .post("/console/threat-actors")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        drafter.request()
                .get(location)
                .then()
                .statusCode(200)
                .body(containsString("intrusion-set--"))
                .body(containsString("CC-2"));

        form.put("mitreId", "not-an-id");
        drafter.request()
                .formParams(form)
                .post("/console/threat-actors")
                .then()
                .statusCode(400)
                .body(containsString("id=\"problems\""))
                .body(containsString("mitreId"));
        form.put("mitreId", "");
        drafter.request()
                .formParams(form)
                .post("/console/threat-actors")
                .then()
                .statusCode(409)
                .body(containsString("id=\"problems\""))
                .body(containsString("already has an actor named Console Chollima"));

        form.put("version", "0");
        form.put("description", "Edited in the console");
        drafter.request().formParams(form).post(location).then().statusCode(303);
        drafter.request().get(location).then().body(containsString("Edited in the console"));
        // Errors on every console page are console pages: the stale edit, an unknown actor.
        drafter.request()
                .formParams(form)
                .post(location)
                .then()
                .statusCode(412)
                .contentType(containsString("text/html"))
                .body(containsString("<html"));
        drafter.request()
                .get("/console/threat-actors/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<html"));

        ConsoleSessions reviewer = ConsoleSessions.signIn(Officials.FBI_REVIEWER, Officials.PASSWORD);
        reviewer.request()
                .get("/console/threat-actors")
                .then()
                .statusCode(200)
                .body(containsString("Console Chollima"))
                .body(not(containsString("id=\"actor-form\"")));
        form.put("_csrf", reviewer.csrf());
        form.put("name", "Reviewer Actor");
        reviewer.request()
                .formParams(form)
                .post("/console/threat-actors")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldShowReviewsDueOnTheDashboardOfCoauthorsOnly() {
        Map<String, Object> body = new HashMap<>(org.advisoryhub.support.Advisories.draft(
                "Due on the dashboard", "GREEN", java.util.List.of("test-nis")));
        body.put("reviewBy", java.time.LocalDate.now().plusDays(3).toString());
        String id = Officials.as(Officials.FBI_DRAFTER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(body)
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.advisoryhub.support.Advisories.addText(Officials.FBI_DRAFTER, id, "due-dashboard.example.org")
                .statusCode(200);
        org.advisoryhub.support.Advisories.action(Officials.FBI_DRAFTER, id, "submit")
                .statusCode(200);
        org.advisoryhub.support.Advisories.publish(Officials.FBI_PUBLISHER, id, "Initial")
                .statusCode(200);

        String page = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD)
                .request()
                .get("/console")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String reviews = page.substring(page.indexOf("id=\"reviews-due\""), page.indexOf("id=\"indicators-due\""));
        org.assertj.core.api.Assertions.assertThat(reviews).contains(id);
        String korean = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD)
                .request()
                .cookie("hub-lang", "ko")
                .get("/console")
                .asString();
        org.assertj.core.api.Assertions.assertThat(
                        korean.substring(korean.indexOf("id=\"reviews-due\""), korean.indexOf("id=\"indicators-due\"")))
                .contains("<span lang=\"ko\">시험 Due on the dashboard</span>");
        String indicators = page.substring(page.indexOf("id=\"indicators-due\""), page.indexOf("id=\"sightings\""));
        org.assertj.core.api.Assertions.assertThat(indicators).contains("due-dashboard.example.org");
        ConsoleSessions.signIn(Officials.TREASURY_DRAFTER, Officials.PASSWORD)
                .request()
                .get("/console")
                .then()
                .statusCode(200)
                .body(not(containsString("due-dashboard.example.org")));
    }

    @Test
    void shouldPickActorsByAttackIdAndSetAReviewDateInTheAdvisoryForm() {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        Map<String, Object> form = new HashMap<>(Map.of(
                "_csrf",
                drafter.csrf(),
                "title",
                "Console picks",
                "summary",
                "s",
                "body",
                "b",
                "tlp",
                "GREEN",
                "coauthors",
                "test-fbi",
                "actors",
                "G0082\nJade Sleet",
                "reviewBy",
                "2031-01-31"));
        String location = drafter.request()
                .formParams(form)
                .post("/console/advisories")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        drafter.request()
                .get(location + "/edit")
                .then()
                .statusCode(200)
                .body(containsString("value=\"APT38\" checked"))
                .body(containsString("value=\"TraderTraitor\" checked"))
                .body(not(containsString("value=\"Lazarus Group\" checked")))
                .body(containsString("value=\"2031-01-31\""));
        // The form's checkboxes send one value per ticked actor.
        form.put("actors", java.util.List.of("APT38", "TraderTraitor"));
        String ticked = drafter.request()
                .formParams(form)
                .post("/console/advisories")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        drafter.request()
                .get(ticked + "/edit")
                .then()
                .body(containsString("value=\"APT38\" checked"))
                .body(containsString("value=\"TraderTraitor\" checked"));
        form.put("actors", "Nobody At All");
        drafter.request()
                .formParams(form)
                .post("/console/advisories")
                .then()
                .statusCode(400)
                .body(containsString("threatActors[0]"));
        form.put("actors", "");
        form.put("reviewBy", "31/01/2031");
        drafter.request()
                .formParams(form)
                .post("/console/advisories")
                .then()
                .statusCode(400)
                .body(containsString("reviewBy"));
    }
}
