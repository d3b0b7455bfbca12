package org.advisoryhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** The editor writes both languages: the Korean title, summary and body, kept on edit and published in STIX. */
@HubTest
class ConsoleEditorTest extends OfficialsTest {

    @Test
    void shouldWriteAndKeepTheKoreanTranslationAndPublishIt() throws Exception {
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        // A long Korean body: form fields carry what the content allows, far above the HTTP layer's 2 KB default.
        String bodyKo = "## 조치 사항\n" + "거래소는 아래 주소와의 거래를 차단하십시오. ".repeat(1500);
        Map<String, Object> form = new HashMap<>(Map.of(
                "_csrf", drafter.csrf(),
                "title", "Editor in two languages",
                "summary", "English summary",
                "body", "## What to do\nBlock the addresses.",
                "tlp", "GREEN",
                "coauthors", "test-fbi, test-nis",
                "titleKo", "두 언어로 작성한 권고문",
                "summaryKo", "한국어 요약",
                "bodyKo", bodyKo));
        String location = drafter.request()
                .formParams(form)
                .post("/console/advisories")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .body("translations.ko.title", equalTo("두 언어로 작성한 권고문"))
                .body("translations.ko.summary", equalTo("한국어 요약"))
                .body("translations.ko.body", equalTo(bodyKo));

        // The edit form shows both sides; the Korean page shows the Korean text.
        drafter.request()
                .get(location + "/edit")
                .then()
                .statusCode(200)
                .body(containsString("id=\"body-ko\" lang=\"ko\""))
                .body(containsString("거래소는 아래 주소와의 거래를 차단하십시오."));
        drafter.request()
                .cookie("hub-lang", "ko")
                .get(location)
                .then()
                .body(containsString("<span id=\"advisory-title\" lang=\"ko\">두 언어로 작성한 권고문</span>"))
                .body(containsString("id=\"body\" lang=\"ko\""));

        // Korean text without a Korean title is refused, naming the field, and nothing changes.
        form.put("version", "0");
        form.put("titleKo", "");
        drafter.request()
                .formParams(form)
                .post(location + "/edit")
                .then()
                .statusCode(400)
                .body(containsString("translations[ko].title"))
                .body(containsString("거래소는 아래 주소와의 거래를 차단하십시오."));
        Officials.as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .body("version", equalTo(0))
                .body("translations.ko.title", equalTo("두 언어로 작성한 권고문"));

        form.put("titleKo", "두 언어로 작성한 권고문 (수정)");
        form.put("bodyKo", "## 조치 사항\n주소를 차단하십시오.");
        drafter.request().formParams(form).post(location + "/edit").then().statusCode(303);

        Advisories.addText(Officials.FBI_DRAFTER, id, "two-languages.example.org")
                .statusCode(200);
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.signOff(id);
        Advisories.publish(Officials.FBI_PUBLISHER, id, "Initial").statusCode(200);
        String bundle = drafter.request()
                .get(location + "/revisions/1/stix")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode content = null;
        for (JsonNode o : new ObjectMapper().readTree(bundle).get("objects")) {
            if (o.get("type").asText().equals("language-content")) {
                content = o.get("contents").get("ko");
            }
        }
        assertThat(content).as("a language-content object for Korean").isNotNull();
        assertThat(content.get("name").asText()).isEqualTo("두 언어로 작성한 권고문 (수정)");
        assertThat(content.get("description").asText()).isEqualTo("한국어 요약\n\n## 조치 사항\n주소를 차단하십시오.");
    }

    @Test
    void shouldExplainRefusalsInTheReadersLanguage() {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Refusals explained", List.of());
        ConsoleSessions drafter = ConsoleSessions.signIn(Officials.FBI_DRAFTER, Officials.PASSWORD);
        Map<String, Object> check =
                Map.of("_csrf", drafter.csrf(), "text", "0x098b716b8aaf21512996dc57eb0615e2383e2f9", "action", "check");
        drafter.request()
                .cookie("hub-lang", "ko")
                .formParams(check)
                .post("/console/advisories/" + id + "/indicators")
                .then()
                .statusCode(200)
                .body(containsString("<span lang=\"ko\">어떤 종류의 침해지표인지 알 수 없습니다. 종류(및 체인이나 플랫폼)를 지정하십시오</span>"));
        drafter.request()
                .formParams(check)
                .post("/console/advisories/" + id + "/indicators")
                .then()
                .body(
                        containsString(
                                "<span lang=\"en\">cannot tell what kind of indicator this is; give its kind (and chain or platform)</span>"));
        // A form's field problem too, with the value the service put in.
        drafter.request()
                .cookie("hub-lang", "ko")
                .formParams(Map.of("_csrf", drafter.csrf(), "text", "x".repeat(5001)))
                .post("/console/advisories/" + id + "/comments")
                .then()
                .statusCode(400)
                .body(containsString("<span lang=\"ko\">5000자 이하여야 합니다</span>"));
    }
}
