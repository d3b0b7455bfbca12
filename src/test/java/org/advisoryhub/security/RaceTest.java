package org.advisoryhub.security;

import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/** Many requests racing on one advisory: each gets an answer or a 409, never a 500, and the data stays whole. */
@HubTest
class RaceTest extends OfficialsTest {

    private static final int RACERS = 24;

    /** Starts every request at once and returns their status codes. */
    private static List<Integer> race(IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            int n = i;
            results.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                return request.apply(n);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        return statuses;
    }

    @Test
    void shouldAddTheSameIndicatorOnceWhenManyAddItAtOnce() throws Exception {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Parallel adds", List.of());
        List<Integer> statuses = race(n -> as(Officials.FBI_DRAFTER)
                .contentType(ContentType.JSON)
                .body(Map.of("value", "parallel-add.example.net"))
                .post("/api/v1/advisories/" + id + "/indicators")
                .statusCode());
        assertThat(statuses).allMatch(s -> s == 200 || s == 201 || s == 409).contains(201);
        int count = as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
        assertThat(count).isEqualTo(1);
    }

    @Test
    void shouldApproveOncePerOrganizationWhenApprovalsRace() throws Exception {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Parallel approvals", List.of("test-nis"));
        Advisories.addText(Officials.FBI_DRAFTER, id, "parallel-approve.example.net")
                .statusCode(200);
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        List<Integer> statuses = race(n -> as(n % 2 == 0 ? Officials.FBI_PUBLISHER : Officials.NIS_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/advisories/" + id + "/approve")
                .statusCode());
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(2);
        List<?> approvals = as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/signoff")
                .then()
                .statusCode(200)
                .extract()
                .path("approvals");
        assertThat(approvals).hasSize(2);
    }

    @Test
    void shouldSettlePublishWithdrawAndReturnRacingOnOneAdvisory() throws Exception {
        String id = Advisories.create(Officials.FBI_DRAFTER, "Parallel lifecycle", List.of("test-nis"));
        Advisories.addText(Officials.FBI_DRAFTER, id, "parallel-lifecycle.example.net")
                .statusCode(200);
        Advisories.action(Officials.FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.signOff(id);
        List<Integer> statuses = race(n -> switch (n % 3) {
            case 0 ->
                as(Officials.FBI_PUBLISHER)
                        .contentType(ContentType.JSON)
                        .body(Map.of("changeNote", "race"))
                        .post("/api/v1/advisories/" + id + "/publish")
                        .statusCode();
            case 1 ->
                as(Officials.FBI_PUBLISHER)
                        .contentType(ContentType.JSON)
                        .body(Map.of("reason", "race"))
                        .post("/api/v1/advisories/" + id + "/withdraw")
                        .statusCode();
            default ->
                as(Officials.NIS_PUBLISHER)
                        .contentType(ContentType.JSON)
                        .body(Map.of("comment", "race"))
                        .post("/api/v1/advisories/" + id + "/return")
                        .statusCode();
        });
        assertThat(statuses).as("answers").allMatch(s -> s == 200 || s == 409);
        String status = as(Officials.FBI_DRAFTER)
                .get("/api/v1/advisories/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
        assertThat(status).isIn("PUBLISHED", "WITHDRAWN", "DRAFT");
        as(Officials.ADMIN)
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true));
    }
}
