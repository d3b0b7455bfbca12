package org.advisoryhub.common.db;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An instance's cache of answers about subjects (an API key, an official's password) that changes to those subjects
 * must empty at once, on every instance: a change is announced on the cache's channel when it commits (see
 * {@link CommitNotices}), and the announcement drops the subject here.
 *
 * <p>A request that asked the database before a change committed must not put its stale answer back afterwards:
 * every drop moves a generation on, and an answer is remembered only if the generation read before the database was
 * asked is still current.
 */
public abstract class AnnouncedCache implements NotificationHandler {

    private final AtomicLong generation = new AtomicLong();

    /** Read before asking the database; hand it back to {@link #rememberIfCurrent}. */
    public long generation() {
        return generation.get();
    }

    /** Runs {@code put} unless a change was announced since {@code seenGeneration}. */
    protected synchronized void rememberIfCurrent(long seenGeneration, Runnable put) {
        if (generation.get() == seenGeneration) {
            put.run();
        }
    }

    /** Drops what is known of a subject, here and now. */
    public synchronized void forget(String subject) {
        generation.incrementAndGet();
        drop(subject);
    }

    private synchronized void forgetAll() {
        generation.incrementAndGet();
        dropAll();
    }

    protected abstract void drop(String subject);

    protected abstract void dropAll();

    /** Announcements may have been missed while not listening. */
    @Override
    public void listening(Connection c) {
        forgetAll();
    }

    @Override
    public void notified(Connection c, Set<String> subjects) {
        subjects.forEach(this::forget);
    }
}
