package org.advisoryhub.security;

import static io.restassured.RestAssured.given;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.AdvisoryService;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the hub logs in its default configuration never carries advisory text, passwords or secrets. */
@HubTest
class SecretsInLogsTest extends OfficialsTest {

    private static final String RED_TEXT = "RED-ONLY-3f9c1e wallet of the handler";

    @Inject
    AdvisoryService advisories;

    private final StringBuilder log = new StringBuilder();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (log) {
                log.append(record.getLevel())
                        .append(' ')
                        .append(record.getMessage())
                        .append(' ');
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        log.append(p).append(' ');
                    }
                }
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    log.append(trace);
                }
                log.append('\n');
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    private String captured() {
        synchronized (log) {
            return log.toString();
        }
    }

    @Test
    void shouldKeepRestrictedTextOutOfTheLogWhenADatabaseWriteFails() {
        // Past the boundary checks on purpose: the database itself refuses this write.
        AdvisoryContent content = new AdvisoryContent(
                RED_TEXT + "\u0000",
                "summary " + RED_TEXT,
                "body " + RED_TEXT,
                Tlp.RED,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                null);
        Actor drafter = new Actor(Officials.FBI_DRAFTER, "test-fbi", Set.of(Roles.DRAFTER));
        assertThatThrownBy(() -> advisories.create(content, drafter)).isInstanceOf(RuntimeException.class);
        assertThat(captured()).as("the failure was logged").isNotEmpty().doesNotContain("RED-ONLY-3f9c1e");
    }

    @Test
    void shouldKeepPasswordsKeySecretsAndWebhookSecretsOutOfTheLog() {
        given().auth()
                .preemptive()
                .basic(Officials.FBI_DRAFTER, "wrong-password-7d2a")
                .get("/api/v1/advisories")
                .then()
                .statusCode(401);
        Partners.partner("test-log-secrets", "VASP");
        Partners.Key key = Partners.key("test-log-secrets", List.of("vasp-indicators"), "GREEN", false, true);
        key.api()
                .body(Map.of(
                        "url",
                        "https://127.0.0.1:1/hook",
                        "collections",
                        List.of("vasp-indicators"),
                        "secret",
                        "webhook-secret-5b8e0c2d9a"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201);
        given().auth()
                .preemptive()
                .basic(key.keyId(), key.secret() + "x")
                .get("/taxii2/")
                .then()
                .statusCode(401);
        as(Officials.ADMIN)
                .contentType(ContentType.JSON)
                .get("/api/v1/advisories")
                .then()
                .statusCode(200);

        assertThat(captured())
                .doesNotContain("wrong-password-7d2a")
                .doesNotContain(key.secret())
                .doesNotContain("webhook-secret-5b8e0c2d9a")
                .doesNotContain(Officials.PASSWORD)
                .doesNotContain(Officials.ADMIN_PASSWORD);
    }
}
