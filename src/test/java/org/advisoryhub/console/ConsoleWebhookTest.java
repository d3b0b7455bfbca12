package org.advisoryhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.advisoryhub.support.WebhookReceiver;
import org.advisoryhub.support.WebhookReceiver.Answer;
import org.junit.jupiter.api.Test;

/** Administrators see partners' webhooks and their deliveries in the console, and replay a dead letter. */
@HubTest
class ConsoleWebhookTest extends OfficialsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern DELIVERY = Pattern.compile("class=\"delivery-(\\w+)\" data-delivery=\"([0-9a-f-]+)\"");

    @Test
    void shouldShowDeliveriesWithTheirErrorsAndReplayAFailedOne() throws Exception {
        String partner = "test-console-hooks";
        Partners.partner(partner, "VASP");
        Partners.Key key = Partners.key(partner, List.of("vasp-indicators"), "GREEN", false, true);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(List.of(), Answer.FAIL);
            String webhook = key.api()
                    .body(Map.of(
                            "url", receiver.url("/console-down"),
                            "collections", List.of("vasp-indicators"),
                            "secret", "a-shared-secret-of-the-partner-0123456789"))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Advisories.publishedAt("Hooked in the console", "GREEN", List.of(), "hook-console.example.net");

            ConsoleSessions admin = ConsoleSessions.signIn(Officials.ADMIN, Officials.ADMIN_PASSWORD);
            String page = "/console/admin/partners/" + partner + "/webhooks/" + webhook;
            admin.request()
                    .get("/console/admin/partners/" + partner)
                    .then()
                    .statusCode(200)
                    .body(containsString(receiver.url("/console-down")))
                    .body(containsString("href=\"" + page + "\""));
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(admin.request()
                                    .queryParam("status", "failed")
                                    .get(page)
                                    .asString())
                            .contains("class=\"delivery-failed\"")
                            .contains("Failed (dead letter)")
                            .contains("HTTP 503"));
            String failed = deliveries(admin.request().get(page).asString()).get("failed");
            // The filter's "any" option sends an empty status: every delivery, not a refusal.
            admin.request()
                    .queryParam("status", "")
                    .get(page)
                    .then()
                    .statusCode(200)
                    .body(containsString("class=\"delivery-failed\""));

            // Only administrators, and only through the webhook's own partner.
            ConsoleSessions publisher = ConsoleSessions.signIn(Officials.FBI_PUBLISHER, Officials.PASSWORD);
            publisher.request().get(page).then().statusCode(403);
            publisher
                    .request()
                    .formParams(Map.of("_csrf", publisher.csrf()))
                    .post(page + "/deliveries/" + failed + "/replay")
                    .then()
                    .statusCode(403);
            admin.request()
                    .get("/console/admin/partners/test-fbi/webhooks/" + webhook)
                    .then()
                    .statusCode(404);
            admin.request()
                    .formParams(Map.of("_csrf", "forged"))
                    .post(page + "/deliveries/" + failed + "/replay")
                    .then()
                    .statusCode(403);

            receiver.answer(List.of(), Answer.OK);
            admin.request()
                    .formParams(Map.of("_csrf", admin.csrf()))
                    .post(page + "/deliveries/" + failed + "/replay")
                    .then()
                    .statusCode(303)
                    .header("Location", containsString(page));
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(admin.request().get(page).asString())
                            .contains("class=\"delivery-delivered\"")
                            .contains("class=\"badge\">replay</span>"));
            Officials.as(Officials.ADMIN)
                    .queryParam("action", "webhook.replayed")
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .body(containsString(failed))
                    .body(containsString("\"actor\":\"" + Officials.ADMIN + "\""));
            admin.request()
                    .cookie("hub-lang", "ko")
                    .get(page)
                    .then()
                    .body(containsString("전달됨"))
                    .body(containsString("실패 (전달 불가)"));
        }
    }

    /** The first delivery of each status on a deliveries page. */
    private static Map<String, String> deliveries(String page) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = DELIVERY.matcher(page);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2));
        }
        return out;
    }
}
