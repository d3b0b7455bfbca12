package org.advisoryhub.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/**
 * The public pages show TLP:CLEAR published revisions to anyone, and nothing else: no other level, no draft, no
 * amendment in progress, no earlier revision above CLEAR. Checked through the list, the search and the page itself.
 */
@HubTest
class PublicPagesTest extends OfficialsTest {

    @Test
    void shouldShowOnlyPublishedClearRevisionsToAnyone() {
        String clear = Advisories.publishedAt("Public clear advisory", "CLEAR", List.of(), "public-clear.example.org");
        Map<String, String> hidden = new HashMap<>();
        hidden.put(
                "GREEN",
                Advisories.publishedAt("Hidden green advisory", "GREEN", List.of(), "hidden-green.example.org"));
        hidden.put(
                "AMBER",
                Advisories.publishedAt("Hidden amber advisory", "AMBER", List.of(), "hidden-amber.example.org"));
        hidden.put(
                "AMBER+STRICT",
                Advisories.publishedAt(
                        "Hidden strict advisory",
                        "AMBER+STRICT",
                        List.of("test-treasury"),
                        "hidden-strict.example.org"));
        hidden.put(
                "RED",
                Advisories.publishedAt(
                        "Hidden red advisory", "RED", List.of("test-treasury"), "hidden-red.example.org"));
        hidden.put("draft", clearDraft("Hidden clear draft"));

        // Published CLEAR, then amended: the amendment in progress stays out of sight.
        String amended =
                Advisories.publishedAt("Public before amendment", "CLEAR", List.of(), "amended-v1.example.org");
        Advisories.action(Officials.FBI_DRAFTER, amended, "amend").statusCode(200);
        edit(amended, "Secret amendment title", "CLEAR");
        Advisories.addText(Officials.FBI_DRAFTER, amended, "secret-amendment.example.org")
                .statusCode(200);

        // CLEAR, then raised to GREEN: no longer public at all.
        String raised = Advisories.publishedAt("Raised to green", "CLEAR", List.of(), "raised.example.org");
        republish(raised, "Raised to green", "GREEN");
        hidden.put("raised", raised);

        // GREEN, then lowered to CLEAR: public, but only from the CLEAR revision on.
        String lowered = Advisories.publishedAt("Green first version", "GREEN", List.of(), "lowered.example.org");
        republish(lowered, "Lowered to clear", "CLEAR");

        String list = anyone().get("/public/advisories")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(list).contains(clear).contains(amended).contains(lowered);
        hidden.forEach((what, id) -> assertThat(list).as(what).doesNotContain(id));
        assertThat(list).doesNotContain("Secret amendment title").doesNotContain("Green first version");

        anyone().get("/public/advisories/" + clear)
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .header("Vary", containsString("Accept-Language"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                .body(containsString("public-clear.example.org"))
                .body(containsString("data-copy=\"public-clear.example.org\""));
        hidden.forEach((what, id) -> assertThat(
                        anyone().get("/public/advisories/" + id).statusCode())
                .as(what)
                .isEqualTo(404));
        anyone().get("/public/advisories/" + amended)
                .then()
                .statusCode(200)
                .body(containsString("Public before amendment"))
                .body(not(containsString("Secret amendment title")))
                .body(not(containsString("secret-amendment.example.org")));
        anyone().get("/public/advisories/" + lowered)
                .then()
                .statusCode(200)
                .body(containsString("Lowered to clear"))
                .body(not(containsString("Green first version")))
                .body(not(containsString("revision 1 ·")));
        // The search finds only what the list shows.
        String searched = anyone().queryParam("q", "Hidden advisory")
                .get("/public/advisories")
                .asString();
        hidden.forEach((what, id) -> assertThat(searched).as(what).doesNotContain(id));
        anyone().queryParam("q", "Public clear advisory")
                .get("/public/advisories")
                .then()
                .body(containsString(clear));
    }

    @Test
    void shouldFeedPublicationsAndAmendmentsAsAtom() throws Exception {
        String clear = Advisories.publishedAt("Atom <feed> & friends", "CLEAR", List.of(), "atom-clear.example.org");
        Advisories.amendAdding(clear, "atom-clear-2.example.org");
        String green = Advisories.publishedAt("Atom green", "GREEN", List.of(), "atom-green.example.org");
        String body = anyone().get("/public/advisories.atom")
                .then()
                .statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .header("Cache-Control", "public, max-age=300")
                .extract()
                .asString();
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String atom = "http://www.w3.org/2005/Atom";
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(atom);
        assertThat(root.getLocalName()).isEqualTo("feed");
        // RFC 4287 4.1.1: a feed has exactly one id, title and updated, and an author (here for all entries).
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(root, required)).as("feed " + required).hasSize(1);
        }
        java.time.Instant.parse(children(root, "updated").get(0).getTextContent());
        List<org.w3c.dom.Element> entries = children(root, "entry");
        assertThat(entries).isNotEmpty();
        List<String> titles = new java.util.ArrayList<>();
        for (org.w3c.dom.Element entry : entries) {
            // 4.1.2: one id, title and updated; without content, a link rel="alternate".
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(entry, required)).as("entry " + required).hasSize(1);
            }
            java.time.Instant.parse(children(entry, "updated").get(0).getTextContent());
            assertThat(children(entry, "link"))
                    .anyMatch(l -> "alternate".equals(l.getAttribute("rel"))
                            && l.getAttribute("href").contains("/public/advisories/"));
            titles.add(children(entry, "title").get(0).getTextContent());
        }
        // The publication and the amendment each have an entry, newest first; the title survives escaping.
        assertThat(titles).contains(clear + " r2: Atom <feed> & friends", clear + " r1: Atom <feed> & friends");
        assertThat(titles.indexOf(clear + " r2: Atom <feed> & friends"))
                .isLessThan(titles.indexOf(clear + " r1: Atom <feed> & friends"));
        assertThat(body).doesNotContain(green).doesNotContain("Atom green");
        java.util.Set<String> ids = new java.util.HashSet<>();
        entries.forEach(e ->
                assertThat(ids.add(children(e, "id").get(0).getTextContent())).isTrue());
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> out = new java.util.ArrayList<>();
        org.w3c.dom.NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element e
                    && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void shouldAnswerAMissingAdvisoryWithAPageNotJson() {
        anyone().get("/public/advisories/HUB-1999-0001")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<html"));
        anyone().queryParam("cursor", "not-a-cursor")
                .get("/public/advisories")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"));
    }

    @Test
    void shouldDownloadOnlyWhatIsClearAsStixAndCsv() throws Exception {
        String lowered = Advisories.publishedAt("Amber before download", "AMBER", List.of(), "dl-lowered.example.org");
        republish(lowered, "Clear for download", "CLEAR");
        Advisories.action(Officials.FBI_DRAFTER, lowered, "amend").statusCode(200);
        Advisories.addText(Officials.FBI_DRAFTER, lowered, "dl-amendment.example.org")
                .statusCode(200);
        String green = Advisories.publishedAt("Green download", "GREEN", List.of(), "dl-green.example.org");

        String bundle = anyone().get("/public/advisories/" + lowered + "/stix")
                .then()
                .statusCode(200)
                .contentType(containsString("application/stix+json"))
                .header("Content-Disposition", containsString(lowered + ".stix.json"))
                .header("Cache-Control", "public, max-age=300")
                .extract()
                .asString();
        com.fasterxml.jackson.databind.JsonNode objects = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(bundle)
                .path("objects");
        java.util.Set<String> ids = new java.util.HashSet<>();
        objects.forEach(o -> ids.add(o.path("id").asText()));
        assertThat(ids).anyMatch(i -> i.startsWith("indicator--"));
        for (com.fasterxml.jackson.databind.JsonNode o : objects) {
            // Nothing above CLEAR: no AMBER object of the first revision, no observable copy of it.
            o.path("object_marking_refs")
                    .forEach(m -> assertThat(m.asText())
                            .as(o.path("id").asText())
                            .isEqualTo("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"));
            // And nothing left pointing at something the filter took out.
            o.fields().forEachRemaining(p -> {
                if (p.getKey().endsWith("_ref")) {
                    assertThat(ids)
                            .as(o.path("id") + " " + p.getKey())
                            .contains(p.getValue().asText());
                } else if (p.getKey().endsWith("_refs") && !p.getKey().equals("object_marking_refs")) {
                    p.getValue()
                            .forEach(r -> assertThat(ids)
                                    .as(o.path("id") + " " + p.getKey())
                                    .contains(r.asText()));
                }
            });
        }
        assertThat(bundle)
                .contains("dl-lowered.example.org")
                .doesNotContain("Amber before download")
                .doesNotContain("dl-amendment.example.org");

        String csv = anyone().get("/public/advisories/" + lowered + "/indicators.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().toList())
                .containsExactly(
                        "value,kind,chain,asset,platform,hash_algorithm,advisory,revision,tlp,valid_from,valid_until,source_url",
                        csv.lines().skip(1).findFirst().orElseThrow());
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("dl-lowered.example.org,domain,,,,," + lowered + ",2,CLEAR,");

        for (String path : List.of("/stix", "/indicators.csv")) {
            anyone().get("/public/advisories/" + green + path).then().statusCode(404);
            anyone().get("/public/advisories/HUB-1999-9999" + path).then().statusCode(404);
        }
        // A clear draft has nothing to download either.
        anyone().get("/public/advisories/" + clearDraft("Draft download") + "/stix")
                .then()
                .statusCode(404);
        anyone().get("/public/advisories/" + lowered)
                .then()
                .body(containsString("href=\"/public/advisories/" + lowered + "/stix\""))
                .body(containsString("href=\"/public/advisories/" + lowered + "/indicators.csv\""));
    }

    @Test
    void shouldShowAWithdrawnAdvisoryAsWithdrawnWithoutItsIndicators() {
        String id = Advisories.publishedAt("Public then withdrawn", "CLEAR", List.of(), "withdrawn-public.example.org");
        Advisories.withdraw(id);
        assertThat(anyone().get("/public/advisories").asString()).doesNotContain(id);
        anyone().get("/public/advisories/" + id)
                .then()
                .statusCode(200)
                .body(containsString("id=\"withdrawal\""))
                .body(not(containsString("withdrawn-public.example.org")));
        // The bundle tells a tool that imported it that it no longer applies; the CSV lists nothing.
        String bundle = anyone().get("/public/advisories/" + id + "/stix")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(bundle).contains("\"revoked\":true");
        assertThat(anyone().get("/public/advisories/" + id + "/indicators.csv")
                        .asString()
                        .lines())
                .hasSize(1);
    }

    @Test
    void shouldReadInKoreanWhenAskedAndSendTheRootThere() {
        anyone().queryParam("lang", "ko")
                .get("/public/advisories/HUB-2022-0001")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ko\">"))
                .body(containsString("lang=\"ko\">로닌 브리지 탈취 자금을 보유한 라자루스 그룹 이더리움 주소</span>"))
                .body(containsString("KST"));
        anyone().header("Accept-Language", "ko-KR,ko;q=0.9")
                .get("/public/advisories")
                .then()
                .body(containsString("공개 권고문"));
        anyone().get("/").then().statusCode(303).header("Location", containsString("/public/advisories"));
    }

    private static io.restassured.specification.RequestSpecification anyone() {
        return given().redirects().follow(false);
    }

    private static String clearDraft(String title) {
        return Officials.as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Advisories.draft(title, "CLEAR", List.of()))
                .post("/api/v1/advisories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Replaces the working copy's title and level (the draft of an amendment, or a new draft). */
    private static void edit(String id, String title, String tlp) {
        String etag = Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .extract()
                .header("ETag");
        Officials.as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Advisories.draft(title, tlp, List.of("test-fbi", "test-nis")))
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(200);
    }

    /** Amends a published advisory to this title and level and publishes the next revision. */
    private static void republish(String id, String title, String tlp) {
        Advisories.action(Officials.FBI_DRAFTER, id, "amend").statusCode(200);
        edit(id, title, tlp);
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.publish(Officials.FBI_PUBLISHER, id, "Level changed to " + tlp)
                .statusCode(200);
    }
}
