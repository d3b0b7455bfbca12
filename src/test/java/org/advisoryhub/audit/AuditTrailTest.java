package org.advisoryhub.audit;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.ADMIN;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

@HubTest
class AuditTrailTest extends OfficialsTest {

    @Inject
    EntityManager em;

    @Test
    void shouldRecordEveryStateChangeOfAnAdvisory() {
        String id = Advisories.published("Audited", "audited.example.org");
        as(ADMIN)
                .queryParam("advisory", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        equalTo(List.of(
                                "advisory.published",
                                "advisory.approved",
                                "advisory.approved",
                                "advisory.submit",
                                "indicators.bulk-added",
                                "advisory.created")))
                .body(
                        "items.actor",
                        equalTo(List.of(
                                FBI_PUBLISHER,
                                org.advisoryhub.support.Officials.NIS_PUBLISHER,
                                FBI_PUBLISHER,
                                FBI_DRAFTER,
                                FBI_DRAFTER,
                                FBI_DRAFTER)))
                .body(
                        "items.organizationId",
                        equalTo(List.of("test-fbi", "test-nis", "test-fbi", "test-fbi", "test-fbi", "test-fbi")))
                .body("items[0].details.revision", equalTo(1))
                .body("items[0].source", notNullValue())
                .body("items[0].hash", notNullValue());
    }

    @Test
    void shouldRecordKeyIssueAndRevokeWithoutSecrets() {
        Partners.partner("test-audited-partner", "VASP");
        Partners.Key key = Partners.key("test-audited-partner", List.of("public"), "CLEAR");
        as(ADMIN)
                .delete("/api/v1/partners/test-audited-partner/keys/" + key.keyId())
                .then()
                .statusCode(200);
        String trail = as(ADMIN)
                .queryParam("partner", "test-audited-partner")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("api-key.issued", "api-key.revoked"))
                .body("items.actor", everyItem(equalTo(ADMIN)))
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(trail).doesNotContain(key.secret());
    }

    @Test
    void shouldVerifyTheChainAndFindATamperedEvent() {
        Advisories.published("Chain", "chain.example.org");
        as(ADMIN).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));

        long victim = ((Number) QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery(
                                        "select min(id) from audit_event where action = 'advisory.created'")
                                .getSingleResult()))
                .longValue();
        String original = (String) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select details from audit_event where id = :id")
                        .setParameter("id", victim)
                        .getSingleResult());
        // The table refuses updates; an attacker with database rights switches the trigger off first.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("update audit_event set details = '{}' where id = :id")
                                .setParameter("id", victim)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        rewrite(victim, "{\"tlp\":\"TAMPERED\"}");
        try {
            as(ADMIN)
                    .get("/api/v1/audit/verify")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenEventId", equalTo((int) victim))
                    .body("reason", equalTo("its content does not match its hash"));
        } finally {
            rewrite(victim, original);
        }
        as(ADMIN).get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void shouldVerifyFromAKeptCheckpoint() {
        Advisories.published("Checkpoint before", "checkpoint-before.example.org");
        var whole = as(ADMIN).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        long checkpoint = whole.extract().<Number>path("lastEventId").longValue();
        String hash = whole.extract().path("lastHash");
        long checked = whole.extract().<Number>path("eventsChecked").longValue();
        org.assertj.core.api.Assertions.assertThat(checkpoint).isEqualTo(checked);

        Advisories.published("Checkpoint after", "checkpoint-after.example.org");
        var from = verifyFrom(ADMIN, checkpoint, hash)
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("fromEventId", equalTo((int) checkpoint));
        long head = from.extract().<Number>path("lastEventId").longValue();
        org.assertj.core.api.Assertions.assertThat(
                        from.extract().<Number>path("eventsChecked").longValue())
                .as("only the events after the checkpoint are read")
                .isEqualTo(head - checkpoint)
                .isPositive();

        long after = ((Number) QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("select min(id) from audit_event where id > :c")
                                .setParameter("c", checkpoint)
                                .getSingleResult()))
                .longValue();
        String original = (String) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select details from audit_event where id = :id")
                        .setParameter("id", after)
                        .getSingleResult());
        rewrite(after, "{\"tampered\":true}");
        try {
            verifyFrom(ADMIN, checkpoint, hash).body("valid", equalTo(false)).body("firstBrokenEventId", equalTo((int)
                    after));
        } finally {
            rewrite(after, original);
        }

        // A checkpoint that no longer matches its event is itself a finding.
        verifyFrom(ADMIN, checkpoint, "0".repeat(64))
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenEventId", equalTo((int) checkpoint))
                .body("reason", equalTo("the event no longer has the checkpoint's hash"));
    }

    @Test
    void shouldNameABadCheckpoint() {
        String hash = "a".repeat(64);
        verifyFrom(ADMIN, null, hash).statusCode(400).body("violations.field", hasItems("after"));
        verifyFrom(ADMIN, 1, null).statusCode(400).body("violations.field", hasItems("hash"));
        verifyFrom(ADMIN, "x", hash).statusCode(400).body("violations.field", hasItems("after"));
        verifyFrom(ADMIN, 1, "ABC").statusCode(400).body("violations.field", hasItems("hash"));
        verifyFrom(ADMIN, Long.MAX_VALUE, hash).statusCode(400).body("violations.field", hasItems("after"));
        verifyFrom(FBI_PUBLISHER, 1, hash).statusCode(403);
    }

    @Test
    void shouldFilterByActorAndTimeAndPage() {
        for (int i = 0; i < 3; i++) {
            Advisories.create(FBI_DRAFTER, "Audit paging " + i, List.of());
        }
        String from = java.time.Instant.now().minusSeconds(3600).toString();
        var first = as(ADMIN)
                .queryParam("actor", FBI_DRAFTER)
                .queryParam("from", from)
                .queryParam("limit", 2)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.actor", everyItem(equalTo(FBI_DRAFTER)))
                .extract();
        String next = first.path("next");
        org.assertj.core.api.Assertions.assertThat(next).isNotNull();
        as(ADMIN)
                .queryParam("actor", FBI_DRAFTER)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.lessThan(first.<Integer>path("items[1].id")));
        as(ADMIN)
                .queryParam("to", "2000-01-01T00:00:00Z")
                .get("/api/v1/audit")
                .then()
                .body("items.size()", equalTo(0));
        as(ADMIN)
                .queryParam("from", "yesterday")
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void shouldNameTheKindOfEveryActor() {
        // Reference data and officials the hub writes itself (files, bootstrap) are the system's doing.
        as(ADMIN)
                .queryParam("action", "organization.saved")
                .queryParam("actor", "system")
                .queryParam("limit", 500)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("items.actorKind.unique()", equalTo(java.util.List.of("system")));
        as(ADMIN)
                .queryParam("action", "advisory.imported")
                .queryParam("limit", 500)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.actorKind.unique()", equalTo(java.util.List.of("system")));
        as(ADMIN)
                .queryParam("action", "threat-actor.created")
                .queryParam("actor", "advisories-import")
                .queryParam("limit", 500)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.actorKind.unique()", equalTo(java.util.List.of("system")));
        Advisories.published("Kinds", "kinds.example.org");
        as(ADMIN)
                .queryParam("action", "advisory.created")
                .queryParam("actor", FBI_DRAFTER)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.actorKind.unique()", equalTo(java.util.List.of("official")));
    }

    @Test
    void shouldLetOnlyAdminsReadTheTrail() {
        as(FBI_PUBLISHER).get("/api/v1/audit").then().statusCode(403);
        as(FBI_PUBLISHER).get("/api/v1/audit/verify").then().statusCode(403);
        given().get("/api/v1/audit/verify").then().statusCode(401);
    }

    /** The verify request from a checkpoint; a null part is left out. */
    private static io.restassured.response.ValidatableResponse verifyFrom(String user, Object after, String hash) {
        var request = as(user);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        if (hash != null) {
            request = request.queryParam("hash", hash);
        }
        return request.get("/api/v1/audit/verify").then();
    }

    private void rewrite(long id, String details) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set local session_replication_role = replica").executeUpdate();
            em.createNativeQuery("update audit_event set details = :d where id = :id")
                    .setParameter("d", details)
                    .setParameter("id", id)
                    .executeUpdate();
        });
    }
}
