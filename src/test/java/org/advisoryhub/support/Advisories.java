package org.advisoryhub.support;

import static org.advisoryhub.support.Officials.as;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Shortcuts for driving advisories through the API in tests. */
public final class Advisories {

    private Advisories() {}

    public static Map<String, Object> draft(String title, String tlp, List<String> coauthors) {
        return Map.of(
                "title",
                title,
                "summary",
                "Summary of " + title,
                "body",
                "## Body\nText of " + title,
                "tlp",
                tlp,
                "coauthors",
                coauthors,
                "threatActors",
                List.of(Map.of("name", "Lazarus Group", "aliases", List.of("HIDDEN COBRA"), "mitreId", "G0032")),
                "techniques",
                List.of("T1566.001"),
                "references",
                List.of(Map.of("url", "https://example.org/source")),
                "translations",
                Map.of("ko", Map.of("title", "시험 " + title)));
    }

    /** Creates a draft as {@code username}; returns its public id. */
    public static String create(String username, String title, List<String> coauthors) {
        return as(username)
                .contentType(ContentType.JSON)
                .body(draft(title, "GREEN", coauthors))
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static ValidatableResponse addText(String username, String id, String text) {
        return as(username)
                .contentType(ContentType.TEXT)
                .body(text)
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then();
    }

    public static ValidatableResponse action(String username, String id, String action) {
        return as(username)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/advisories/" + id + "/" + action)
                .then();
    }

    /** Publishes after every co-authoring test agency signed off (when the advisory is under review). */
    public static ValidatableResponse publish(String username, String id, String note) {
        signOff(id);
        return as(username)
                .contentType(ContentType.JSON)
                .body(Map.of("changeNote", note))
                .post("/api/v1/advisories/" + id + "/publish")
                .then();
    }

    /** Approvals from a publisher of each co-authoring test agency; nothing happens unless under review. */
    public static void signOff(String id) {
        var advisory =
                as(Officials.FBI_DRAFTER).get("/api/v1/advisories/" + id).then().extract();
        if (advisory.statusCode() != 200 || !"IN_REVIEW".equals(advisory.path("status"))) {
            return;
        }
        List<String> coauthors = as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/signoff")
                .then()
                .statusCode(200)
                .extract()
                .path("missing");
        Map<String, String> publishers = Map.of(
                "test-fbi",
                Officials.FBI_PUBLISHER,
                "test-nis",
                Officials.NIS_PUBLISHER,
                "test-treasury",
                Officials.TREASURY_PUBLISHER);
        for (String org : coauthors) {
            if (publishers.containsKey(org)) {
                as(publishers.get(org))
                        .contentType(ContentType.JSON)
                        .body(Map.of())
                        .post("/api/v1/advisories/" + id + "/approve")
                        .then()
                        .statusCode(200);
            }
        }
    }

    /** Publishes an advisory at a given TLP, addressed to the given recipients; returns its public id. */
    public static String publishedAt(String title, String tlp, List<String> recipients, String indicators) {
        Map<String, Object> body = new java.util.HashMap<>(draft(title, tlp, List.of("test-nis")));
        body.put("recipients", recipients);
        String id = as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        addText(Officials.FBI_DRAFTER, id, indicators).statusCode(200);
        action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        publish(Officials.FBI_PUBLISHER, id, "Initial publication").statusCode(200);
        return id;
    }

    /** Amends a published advisory by dropping the indicator with this normalized value, and publishes revision n+1. */
    public static void amendDropping(String id, String normalized) {
        action(Officials.FBI_DRAFTER, id, "amend").statusCode(200);
        String indicator = as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.normalized == '" + normalized + "' }.id");
        as(Officials.FBI_DRAFTER)
                .delete("/api/v1/advisories/" + id + "/indicators/" + indicator)
                .then()
                .statusCode(204);
        action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        publish(Officials.FBI_PUBLISHER, id, "Drops " + normalized).statusCode(200);
    }

    /** Amends a published advisory by adding these indicators (one per line), and publishes revision n+1. */
    public static void amendAdding(String id, String indicators) {
        action(Officials.FBI_DRAFTER, id, "amend").statusCode(200);
        addText(Officials.FBI_DRAFTER, id, indicators).statusCode(200);
        action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        publish(Officials.FBI_PUBLISHER, id, "Adds " + indicators.lines().count())
                .statusCode(200);
    }

    public static void withdraw(String id) {
        as(Officials.FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Superseded"))
                .post("/api/v1/advisories/" + id + "/withdraw")
                .then()
                .statusCode(200);
    }

    /** The STIX id of the indicator with this dedupe key (kind:qualifier:value) in an advisory. */
    public static String indicatorId(String publicId, String dedupeKey) {
        return org.advisoryhub.stix.StixIds.of(
                "indicator",
                org.advisoryhub.indicator.IndicatorKeys.of(publicId, dedupeKey).toString());
    }

    /** The STIX id of an advisory's report (stable: derived from the public id). */
    public static String reportId(String publicId) {
        return org.advisoryhub.stix.StixIds.of("report", publicId);
    }

    /** Drafts, fills, submits and publishes an advisory co-authored by FBI and NIS test agencies. */
    public static String published(String title, String indicators) {
        String id = create(Officials.FBI_DRAFTER, title, List.of("test-nis"));
        addText(Officials.FBI_DRAFTER, id, indicators).statusCode(200);
        action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        publish(Officials.FBI_PUBLISHER, id, "Initial publication").statusCode(200);
        return id;
    }
}
