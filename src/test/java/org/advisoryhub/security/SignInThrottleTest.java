package org.advisoryhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How sign-in throttling counts, waits and forgets, on a clock the test moves by hand. */
class SignInThrottleTest {

    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle =
            new SignInThrottle(3, 10, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofHours(1), clock);

    @Test
    void shouldLetAFewFailuresThroughThenMakeEachFurtherAttemptWaitLonger() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.retryAfter("official:alice", "10.0.0.1")).isZero();
            assertThat(throttle.failed("official:alice", "10.0.0.1")).isNull();
        }
        SignInThrottle.Lockout first = throttle.failed("official:alice", "10.0.0.1");
        assertThat(first).isNotNull();
        assertThat(first.retryAfterSeconds()).isEqualTo(1);
        assertThat(throttle.retryAfter("official:alice", "10.0.0.2"))
                .as("per account, from anywhere")
                .isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.failed("official:alice", "10.0.0.1").retryAfterSeconds())
                .isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.failed("official:alice", "10.0.0.1").retryAfterSeconds())
                .isEqualTo(4);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(2));
            throttle.failed("official:alice", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("official:alice", "10.0.0.9"))
                .as("capped")
                .isEqualTo(60);
        assertThat(throttle.retryAfter("official:bob", "10.0.0.9"))
                .as("others are not affected")
                .isZero();
    }

    @Test
    void shouldStartAfreshAfterASuccessOrAQuietHour() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("key:k1", "10.0.0.1");
        }
        throttle.succeeded("key:k1");
        assertThat(throttle.failed("key:k1", "10.0.0.1"))
                .as("counting again from one")
                .isNull();
        for (int i = 0; i < 3; i++) {
            throttle.failed("key:k2", "10.0.0.3");
        }
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.failed("key:k2", "10.0.0.3")).isNull();
    }

    @Test
    void shouldSlowDownOneSourceTryingManyAccounts() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("official:user" + i, "203.0.113.7")).isNull();
        }
        SignInThrottle.Lockout lockout = throttle.failed("official:user10", "203.0.113.7");
        assertThat(lockout.subject()).isEqualTo("source 203.0.113.7");
        assertThat(throttle.retryAfter("official:someone-else", "203.0.113.7")).isEqualTo(1);
        assertThat(throttle.retryAfter("official:someone-else", "198.51.100.1")).isZero();
    }

    @Test
    void shouldKeepOnlyStorableBoundedSubjects() {
        assertThat(SignInThrottle.subject("alice")).isEqualTo("alice");
        assertThat(SignInThrottle.subject("a\u0000b")).isEqualTo("(unreadable)");
        assertThat(SignInThrottle.subject("x".repeat(500))).hasSize(101);
    }
}
