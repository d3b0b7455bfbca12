package org.advisoryhub.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.advisoryhub.common.config.HubConfig;

/**
 * Slows down password and API key guessing, per account and per source address: after a number of failures in a
 * row each further attempt must wait, 1 s, 2 s, 4 s… up to a maximum, and while it waits even the right credential
 * is refused (429 with Retry-After). A success clears the account; failures are forgotten after a quiet period.
 * Kept in memory on each instance.
 *
 * <p>API keys are throttled per source only (pass no account): a key's secret cannot be guessed, its id is not a
 * secret, and a per-key lockout would let anyone who knows the id, or the partner's own forgotten client with an old
 * secret, lock the partner out.
 */
@ApplicationScoped
public class SignInThrottle {

    /** A failure that made the account or the source wait: worth an audit event. */
    public record Lockout(String subject, int failures, long retryAfterSeconds) {}

    private record State(int failures, Instant last, Instant waitUntil) {}

    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, State> accounts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, State> sources = new ConcurrentHashMap<>();
    private final int accountAttempts;
    private final int sourceAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;

    @Inject
    public SignInThrottle(HubConfig config, Clock clock) {
        this(
                config.signIn().accountAttempts(),
                config.signIn().sourceAttempts(),
                config.signIn().firstDelay(),
                config.signIn().maxDelay(),
                config.signIn().forgetAfter(),
                clock);
    }

    SignInThrottle(
            int accountAttempts,
            int sourceAttempts,
            Duration firstDelay,
            Duration maxDelay,
            Duration forgetAfter,
            Clock clock) {
        this.accountAttempts = accountAttempts;
        this.sourceAttempts = sourceAttempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** A presented user name or key id as it may be kept and recorded: bounded, and only text that can be stored. */
    public static String subject(String presented) {
        if (presented == null || !org.advisoryhub.common.text.StorableText.isStorable(presented)) {
            return "(unreadable)";
        }
        return presented.length() <= 100 ? presented : presented.substring(0, 100) + "…";
    }

    /** Seconds this attempt must still wait (rounded up), or 0 when it may go ahead. */
    public long retryAfter(String account, String source) {
        Instant now = clock.instant();
        return Math.max(account == null ? 0 : wait(accounts.get(account), now), wait(sources.get(source), now));
    }

    /** Counts a failure; says so when it starts a wait for the account or the source. */
    public Lockout failed(String account, String source) {
        Instant now = clock.instant();
        prune(now);
        State a = account == null ? null : accounts.compute(account, (k, s) -> next(s, now, accountAttempts));
        State s = sources.compute(source, (k, old) -> next(old, now, sourceAttempts));
        if (a != null && a.waitUntil() != null) {
            return new Lockout(account, a.failures(), wait(a, now));
        }
        return s.waitUntil() != null ? new Lockout("source " + source, s.failures(), wait(s, now)) : null;
    }

    /** The right credential, allowed through: the account starts afresh. */
    public void succeeded(String account) {
        if (account != null) {
            accounts.remove(account);
        }
    }

    private State next(State s, Instant now, int freeAttempts) {
        int failures = s == null || s.last().plus(forgetAfter).isBefore(now) ? 1 : s.failures() + 1;
        if (failures <= freeAttempts) {
            return new State(failures, now, null);
        }
        int doublings = Math.min(failures - freeAttempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return new State(failures, now, now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }

    private long wait(State s, Instant now) {
        if (s == null || s.waitUntil() == null || !s.waitUntil().isAfter(now)) {
            return 0;
        }
        return Math.max(1, (Duration.between(now, s.waitUntil()).toMillis() + 999) / 1000);
    }

    /** Keeps memory bounded when many sources or names are tried. */
    private void prune(Instant now) {
        for (ConcurrentHashMap<String, State> map : java.util.List.of(accounts, sources)) {
            if (map.size() > MAX_TRACKED) {
                map.values().removeIf(s -> s.last().plus(forgetAfter).isBefore(now));
                if (map.size() > MAX_TRACKED) {
                    map.clear();
                }
            }
        }
    }
}
