package org.advisoryhub.security;

import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.Officials;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A revoked or rotated key stops working within a second of commit, however busy it is, on every instance. */
@HubTest
class KeyRevocationTest extends OfficialsTest {

    private static final int THREADS = 8;
    private static final long GRACE_MILLIS = 1000;

    @Inject
    AgroalDataSource dataSource;

    /** One request: when it started and what it got. */
    private record Call(long startedAt, int status) {}

    @Test
    void shouldRefuseARevokedKeyWithinASecondWhileManyThreadsUseIt() throws Exception {
        for (int trial = 0; trial < 3; trial++) {
            Partners.partner("test-revoke-race", "VASP");
            Partners.Key key = Partners.key("test-revoke-race", List.of("vasp-indicators"), "GREEN");
            assertRefusedSoonAfter(key, () -> {
                as(Officials.ADMIN)
                        .delete("/api/v1/partners/test-revoke-race/keys/" + key.keyId())
                        .then()
                        .statusCode(200);
                return System.nanoTime();
            });
        }
    }

    @Test
    void shouldRefuseTheOldSecretOfARotatedKeyWithinASecond() throws Exception {
        for (int trial = 0; trial < 3; trial++) {
            Partners.partner("test-rotate-race", "VASP");
            Partners.Key key = Partners.key("test-rotate-race", List.of("vasp-indicators"), "GREEN");
            assertRefusedSoonAfter(key, () -> {
                String fresh = as(Officials.ADMIN)
                        .contentType(ContentType.JSON)
                        .body(Map.of())
                        .post("/api/v1/partners/test-rotate-race/keys/" + key.keyId() + "/rotate")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("secret");
                new Partners.Key(key.keyId(), fresh, key.organizationId())
                        .taxii()
                        .get("/taxii2/")
                        .then()
                        .statusCode(200);
                return System.nanoTime();
            });
        }
    }

    @Test
    void shouldForgetAKeyRevokedByAnotherInstance() throws Exception {
        Partners.partner("test-revoke-elsewhere", "VASP");
        Partners.Key key = Partners.key("test-revoke-elsewhere", List.of("vasp-indicators"), "GREEN");
        key.taxii().get("/taxii2/").then().statusCode(200);
        // What another instance's revocation looks like from here: the row changes and a NOTIFY arrives at commit.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement revoke =
                            c.prepareStatement("update api_key set revoked_at = now() where key_id = ?");
                    PreparedStatement notify = c.prepareStatement("select pg_notify('hub_api_keys', ?)")) {
                revoke.setString(1, key.keyId());
                revoke.executeUpdate();
                notify.setString(1, key.keyId());
                notify.execute();
            }
            c.commit();
        }
        long committed = System.nanoTime();
        Awaitility.await()
                .atMost(GRACE_MILLIS, TimeUnit.MILLISECONDS)
                .pollInterval(20, TimeUnit.MILLISECONDS)
                .until(() -> key.taxii().get("/taxii2/").statusCode() == 401);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed)).isLessThan(GRACE_MILLIS);
    }

    /** Hammers the key from several threads, makes the change, and checks every request after the grace was refused. */
    private void assertRefusedSoonAfter(Partners.Key key, Supplier<Long> change) throws Exception {
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int i = 0; i < THREADS; i++) {
            pool.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    calls.add(new Call(start, key.taxii().get("/taxii2/").statusCode()));
                }
            });
        }
        // The key works first; then, once requests started after the grace period have answered, the hammering stops.
        Awaitility.await()
                .atMost(10, TimeUnit.SECONDS)
                .until(() -> calls.stream().anyMatch(c -> c.status() == 200));
        long committed = change.get();
        long graceEnds = committed + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        Awaitility.await()
                .atMost(10, TimeUnit.SECONDS)
                .until(() ->
                        calls.stream().filter(c -> c.startedAt() > graceEnds).count() >= THREADS);
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        long deadline = committed + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        assertThat(calls)
                .as("the key worked before the change")
                .anyMatch(c -> c.startedAt() < committed && c.status() == 200);
        List<Call> late = calls.stream().filter(c -> c.startedAt() > deadline).toList();
        assertThat(late).as("requests after the grace period").isNotEmpty().allMatch(c -> c.status() == 401);
        assertThat(calls)
                .as("nothing started after the commit succeeded")
                .noneMatch(c -> c.startedAt() > committed + TimeUnit.MILLISECONDS.toNanos(300) && c.status() == 200);
    }
}
