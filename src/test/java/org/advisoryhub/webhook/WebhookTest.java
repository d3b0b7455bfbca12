package org.advisoryhub.webhook;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.advisoryhub.support.WebhookReceiver;
import org.advisoryhub.support.WebhookReceiver.Answer;
import org.advisoryhub.support.WebhookVerifier;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a real receiver on loopback: signed events for publish, amend and withdraw, retries with
 * backoff through failures and timeouts, dead letters and replays, no redirects, and who may manage what.
 */
@HubTest
class WebhookTest extends OfficialsTest {

    private static final String SECRET = "a-shared-secret-of-the-partner-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Partners.Key subscriber(String organization) {
        Partners.partner(organization, "VASP");
        return Partners.key(organization, List.of("vasp-indicators"), "GREEN", false, true);
    }

    private static String subscribe(Partners.Key key, String url) {
        return key.api()
                .body(Map.of("url", url, "collections", List.of("vasp-indicators"), "secret", SECRET))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("secret", nullValue())
                .extract()
                .path("id");
    }

    private static JsonPath deliveries(Partners.Key key, String subscription) {
        return key.api()
                .get("/api/v1/webhooks/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath json(WebhookReceiver.Received r) {
        return JsonPath.from(r.body());
    }

    @Test
    void shouldDeliverSignedEventsForPublishAmendAndWithdrawOnlyOfVisibleAdvisories() throws Exception {
        Partners.Key key = subscriber("test-hook-events");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String subscription = subscribe(key, receiver.url("/events"));
            String id = Advisories.publishedAt(
                    "Hooked", "GREEN", List.of(), "hook-keep.example.net\nhook-drop.example.net");
            String amber = Advisories.publishedAt("Hooked above ceiling", "AMBER", List.of(), "hook-amber.example.net");
            Advisories.amendDropping(id, "hook-drop.example.net");
            Advisories.withdraw(id);

            await().atMost(WAIT).until(() -> receiver.received("/events").size() >= 3);
            List<WebhookReceiver.Received> got = receiver.received("/events");
            assertThat(got)
                    .extracting(r -> json(r).getString("advisory.id"))
                    .containsOnly(id)
                    .doesNotContain(amber);
            assertThat(got)
                    .extracting(r -> json(r).getString("type"))
                    .containsExactly("advisory.published", "advisory.amended", "advisory.withdrawn");
            WebhookVerifier verifier = new WebhookVerifier(SECRET);
            for (WebhookReceiver.Received r : got) {
                assertThat(verifier.refuse(r, Instant.now())).isNull();
                assertThat(r.header("Hub-Webhook-Event")).isEqualTo(json(r).getString("type"));
            }
            // The same request again is a replay; a changed body or another secret does not verify; old requests
            // expire.
            WebhookReceiver.Received first = got.get(0);
            assertThat(verifier.refuse(first, Instant.now())).isEqualTo("replay");
            assertThat(new WebhookVerifier(SECRET)
                            .refuse(
                                    first.header("Hub-Webhook-Id"),
                                    first.header("Hub-Webhook-Timestamp"),
                                    first.header("Hub-Webhook-Signature"),
                                    first.body().replace("Hooked", "Hacked"),
                                    Instant.now()))
                    .isEqualTo("bad signature");
            assertThat(new WebhookVerifier("another-secret-entirely-0123456789").refuse(first, Instant.now()))
                    .isEqualTo("bad signature");
            assertThat(new WebhookVerifier(SECRET).refuse(first, Instant.now().plus(Duration.ofMinutes(6))))
                    .isEqualTo("stale timestamp");

            JsonPath amended = json(got.get(1));
            assertThat(amended.getInt("advisory.revision")).isEqualTo(2);
            assertThat(amended.getInt("changes.indicatorsRemoved")).isEqualTo(1);
            assertThat(amended.getInt("changes.indicatorsAdded")).isZero();
            assertThat(amended.getString("links.objects"))
                    .endsWith("/taxii2/api/collections/" + amended.getString("links.collection") + "/objects/");
            assertThat(json(got.get(2)).getString("changes.reason")).isEqualTo("Superseded");

            JsonPath list = deliveries(key, subscription);
            assertThat(list.getList("items.status", String.class)).containsOnly("delivered");
            assertThat(list.getList("items.advisory", String.class)).doesNotContain(amber);
            assertThat(list.getString("items[0].event.type")).isEqualTo("advisory.withdrawn");
        }
    }

    @Test
    void shouldRetryThroughFailuresAndTimeoutsWithBackoffUntilTheReceiverRecovers() throws Exception {
        Partners.Key key = subscriber("test-hook-retry");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(List.of(Answer.FAIL, Answer.HANG), Answer.OK);
            String subscription = subscribe(key, receiver.url("/flaky"));
            String id = Advisories.publishedAt("Hooked flaky", "GREEN", List.of(), "hook-flaky.example.net");

            await().atMost(WAIT)
                    .untilAsserted(
                            () -> assertThat(deliveries(key, subscription).getString("items[0].status"))
                                    .isEqualTo("delivered"));
            JsonPath d = deliveries(key, subscription);
            assertThat(d.getInt("items[0].attempts")).isEqualTo(3);
            assertThat(d.getString("items[0].advisory")).isEqualTo(id);
            List<WebhookReceiver.Received> attempts = receiver.received("/flaky");
            assertThat(attempts)
                    .hasSize(3)
                    .extracting(r -> r.header("Hub-Webhook-Id"))
                    .containsOnly(d.getString("items[0].id"));
            // Backoff: at least the initial wait (0.2 s in tests) between attempts, doubling after the second.
            assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(400));
        }
    }

    @Test
    void shouldDeadLetterAfterTheLastAttemptAndDeliverAReplay() throws Exception {
        Partners.Key key = subscriber("test-hook-dead");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(List.of(), Answer.FAIL);
            String subscription = subscribe(key, receiver.url("/down"));
            Advisories.publishedAt("Hooked dead", "GREEN", List.of(), "hook-dead.example.net");

            await().atMost(WAIT)
                    .untilAsserted(
                            () -> assertThat(deliveries(key, subscription).getString("items[0].status"))
                                    .isEqualTo("failed"));
            JsonPath dead = deliveries(key, subscription);
            assertThat(dead.getInt("items[0].attempts")).isEqualTo(4);
            assertThat(dead.getInt("items[0].lastStatusCode")).isEqualTo(503);
            assertThat(dead.getString("items[0].lastError")).contains("503").contains("try later");
            assertThat(dead.getString("items[0].nextAttemptAt")).isNull();
            key.api()
                    .queryParam("status", "failed")
                    .get("/api/v1/webhooks/" + subscription + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1));
            key.api()
                    .queryParam("status", "lost")
                    .get("/api/v1/webhooks/" + subscription + "/deliveries")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("status"));

            receiver.answer(List.of(), Answer.OK);
            String deadId = dead.getString("items[0].id");
            String replay = key.api()
                    .post("/api/v1/webhooks/" + subscription + "/deliveries/" + deadId + "/replay")
                    .then()
                    .statusCode(202)
                    .body("replayOf", equalTo(deadId))
                    .body("status", equalTo("pending"))
                    .extract()
                    .path("id");
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(receiver.received("/down"))
                            .anyMatch(r -> replay.equals(r.header("Hub-Webhook-Id"))));
            await().atMost(WAIT)
                    .untilAsserted(
                            () -> assertThat(deliveries(key, subscription).getList("items.status", String.class))
                                    .containsExactly("delivered", "failed"));
        }
    }

    @Test
    void shouldNotFollowRedirectsNorReadEndlessAnswers() throws Exception {
        Partners.Key key = subscriber("test-hook-redirect");
        try (WebhookReceiver redirecting = new WebhookReceiver();
                WebhookReceiver endless = new WebhookReceiver()) {
            redirecting.answer(List.of(), Answer.REDIRECT);
            endless.answer(List.of(), Answer.ENDLESS_ERROR);
            String moved = subscribe(key, redirecting.url("/moved"));
            String chatty = subscribe(key, endless.url("/chatty"));
            Advisories.publishedAt("Hooked redirect", "GREEN", List.of(), "hook-redirect.example.net");

            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(deliveries(key, moved).getInt("items[0].attempts")).isGreaterThanOrEqualTo(2);
                assertThat(deliveries(key, chatty).getInt("items[0].attempts")).isGreaterThanOrEqualTo(2);
            });
            assertThat(redirecting.received("/elsewhere")).isEmpty();
            assertThat(deliveries(key, moved).getString("items[0].lastError"))
                    .contains("redirect")
                    .contains("not followed");
            assertThat(deliveries(key, moved).getInt("items[0].lastStatusCode")).isEqualTo(302);
            assertThat(deliveries(key, chatty).getString("items[0].lastError"))
                    .hasSizeLessThanOrEqualTo(500)
                    .startsWith("HTTP 500");
        }
    }

    @Test
    void shouldValidateSubscriptionsNamingTheField() {
        Partners.Key key = subscriber("test-hook-validate");
        Map<String, Object> good = new HashMap<>(Map.of(
                "url",
                "https://hooks.example.com/advisories",
                "collections",
                List.of("vasp-indicators"),
                "events",
                List.of("advisory.published")));
        JsonPath created = key.api()
                .body(good)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getString("secret")).hasSize(64);
        key.api()
                .get("/api/v1/webhooks/" + created.getString("id"))
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .body("events", equalTo(List.of("advisory.published")));

        Map<String, String> badUrls = Map.of(
                "http://hooks.example.com/x",
                "must use https",
                "ftp://hooks.example.com/x",
                "https",
                "https://user:pw@hooks.example.com/x",
                "credentials",
                "not a url",
                "https");
        badUrls.forEach((url, why) -> {
            Map<String, Object> body = new HashMap<>(good);
            body.put("url", url);
            key.api()
                    .body(body)
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("url"))
                    .body("violations[0].message", org.hamcrest.Matchers.containsString(why));
        });
        Map<String, Object> bad = new HashMap<>(good);
        bad.put("collections", List.of("vasp-indicators", "partner-governments"));
        bad.put("events", List.of("advisory.published", "advisory.deleted"));
        bad.put("secret", "short");
        key.api()
                .body(bad)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("collections[1]", "events[1]", "secret")));
        key.api().get("/api/v1/webhooks").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void shouldLetOnlySubscribingKeysOfTheOwningPartnerManageWebhooks() throws Exception {
        Partners.Key owner = subscriber("test-hook-owner");
        Partners.Key stranger = subscriber("test-hook-stranger");
        Partners.Key readOnly = Partners.key("test-hook-owner", List.of("vasp-indicators"), "GREEN");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String subscription = subscribe(owner, receiver.url("/mine"));
            String base = "/api/v1/webhooks/" + subscription;
            stranger.api().get(base).then().statusCode(404);
            stranger.api().get(base + "/deliveries").then().statusCode(404);
            stranger.api()
                    .post(base + "/deliveries/" + subscription + "/replay")
                    .then()
                    .statusCode(404);
            stranger.api().delete(base).then().statusCode(404);
            stranger.api().get("/api/v1/webhooks").then().statusCode(200).body("items.id", not(hasItem(subscription)));
            readOnly.api().get("/api/v1/webhooks").then().statusCode(403).contentType("application/problem+json");
            readOnly.api()
                    .body(Map.of("url", receiver.url("/x"), "collections", List.of("vasp-indicators")))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(403);
            given().get("/api/v1/webhooks").then().statusCode(401);
            as(Officials.ADMIN).get("/api/v1/webhooks").then().statusCode(401);

            owner.api().get("/api/v1/webhooks").then().statusCode(200).body("items.id", hasItem(subscription));
            owner.api().delete(base).then().statusCode(204);
            owner.api().get(base).then().statusCode(404);
        }
    }
}
