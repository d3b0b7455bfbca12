package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.advisoryhub.common.db.CommitNotices;
import org.advisoryhub.common.db.NotificationHandler;

/**
 * The newest {@code date_added} in the distribution table, as this instance knows it. A read asking only for what
 * was added after it is answered empty without a query. The head is read when listening starts, moved by every
 * instance's announcement (V16), and moved here as soon as this instance's own appends commit.
 *
 * <p>An instance that has not yet heard of another's commit answers empty a few milliseconds too long. Nothing is
 * lost: an empty page repeats the client's {@code added_after}, so its next poll asks again from there.
 */
@ApplicationScoped
public class TaxiiHead implements NotificationHandler {

    static final String CHANNEL = "hub_taxii_head";

    private final CommitNotices commits;
    private volatile Instant head;

    public TaxiiHead(CommitNotices commits) {
        this.commits = commits;
    }

    /** Whether nothing was added after {@code after}, as far as this instance knows for certain. */
    boolean nothingAfter(Instant after) {
        Instant known = head;
        return after != null && known != null && !after.isBefore(known);
    }

    /** Moves the head once the current transaction, which appended up to {@code last}, has committed. */
    void advanceOnCommit(Instant last) {
        commits.onCommit(() -> advance(last));
    }

    private synchronized void advance(Instant last) {
        if (head != null && last.isAfter(head)) {
            head = last;
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public synchronized void listening(Connection c) throws SQLException {
        head = StixObjectRepository.clock(c);
    }

    @Override
    public void notified(Connection c, Set<String> payloads) {
        for (String payload : payloads) {
            try {
                advance(Instant.parse(payload));
            } catch (DateTimeParseException e) {
                head = null; // unreadable: ask the database until the next announcement
            }
        }
    }
}
