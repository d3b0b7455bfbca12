package org.advisoryhub.advisory;

import static org.advisoryhub.support.Advisories.create;
import static org.advisoryhub.support.Advisories.draft;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.NIS_DRAFTER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

@HubTest
class OptimisticLockingTest extends OfficialsTest {

    @Test
    void shouldRejectTheSecondOfTwoEditsOfTheSameVersion() {
        String id = create(FBI_DRAFTER, "Locking", List.of("test-nis"));
        String etag =
                as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().extract().header("ETag");

        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(draft("Edited by FBI", "GREEN", List.of("test-fbi", "test-nis")))
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        as(NIS_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(draft("Edited by NIS", "GREEN", List.of("test-fbi", "test-nis")))
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("currentVersion", equalTo(1));
        as(NIS_DRAFTER).get("/api/v1/advisories/" + id).then().body("title", equalTo("Edited by FBI"));
    }

    @Test
    void shouldRequireIfMatchForEdits() {
        String id = create(FBI_DRAFTER, "No precondition", List.of());
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(draft("x", "GREEN", List.of("test-fbi")))
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", "garbage")
                .body(draft("x", "GREEN", List.of("test-fbi")))
                .put("/api/v1/advisories/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("If-Match"));
    }

    @Test
    void shouldBumpTheVersionWhenIndicatorsChange() {
        String id = create(FBI_DRAFTER, "Indicator version", List.of());
        as(FBI_DRAFTER)
                .contentType(ContentType.TEXT)
                .body("npmjscloud.com")
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(200);
        as(FBI_DRAFTER)
                .contentType(ContentType.TEXT)
                .header("If-Match", "\"0\"")
                .body("npmrepos.com")
                .post("/api/v1/advisories/" + id + "/indicators/bulk")
                .then()
                .statusCode(412)
                .body("currentVersion", equalTo(1));
        as(FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{}")
                .post("/api/v1/advisories/" + id + "/submit")
                .then()
                .statusCode(412);
    }

    @Test
    void shouldLetExactlyOneOfConcurrentEditsWin() throws Exception {
        String id = create(FBI_DRAFTER, "Race", List.of("test-nis"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                String title = "Racer " + n;
                edits.add(() -> as(n % 2 == 0 ? FBI_DRAFTER : NIS_DRAFTER)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(draft(title, "GREEN", List.of("test-fbi", "test-nis")))
                        .put("/api/v1/advisories/" + id)
                        .then()
                        .extract()
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(edits)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 412 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().body("version", equalTo(1));
    }
}
