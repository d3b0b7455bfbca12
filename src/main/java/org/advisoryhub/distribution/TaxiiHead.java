package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.advisoryhub.common.db.CommitNotices;
import org.advisoryhub.common.db.NotificationHandler;

/**
 * The newest {@code date_added} in the distribution table, as this instance knows it, and the polls known to be
 * empty until the table changes again. A read asking only for what was added after the head is answered empty
 * without a query; so is a read that an identical earlier read, after the same or an earlier position, found empty
 * while nothing has been appended or deleted since (a collection's own head is usually behind the table's). The
 * head is read when listening starts, moved by every instance's announcement (V16), and moved here as soon as this
 * instance's own appends commit; every move forgets the remembered empty reads.
 *
 * <p>An instance that has not yet heard of another's commit answers empty a few milliseconds too long. Nothing is
 * lost: an empty page repeats the client's {@code added_after}, so its next poll asks again from there.
 */
@ApplicationScoped
public class TaxiiHead implements NotificationHandler {

    static final String CHANNEL = "hub_taxii_head";

    /**
     * Distinct remembered reads (an audience is one organization's view of one collection, times the filters it
     * uses); beyond this all are forgotten at once, so memory stays bounded at a few megabytes.
     */
    static final int MAX_REMEMBERED = 50_000;

    private static final ObjectPage EMPTY = new ObjectPage(List.of(), false);

    private final CommitNotices commits;
    private final Map<Question, Empty> empty = new ConcurrentHashMap<>();
    private volatile Instant head;
    private volatile long changes;

    public TaxiiHead(CommitNotices commits) {
        this.commits = commits;
    }

    /** One read's question, without its position: the same question asked again differs only in added_after. */
    private record Question(Audience audience, ObjectFilter filter, String stixId) {}

    /** A question found empty after {@code after} while the table was at change number {@code change}. */
    private record Empty(Instant after, long change) {}

    /**
     * The page for a read, from memory when nothing can have been added after its position; otherwise from
     * {@code query}, remembering an empty answer until the table next changes.
     */
    ObjectPage read(Audience audience, ObjectFilter filter, String stixId, Supplier<ObjectPage> query) {
        Instant after = filter.after();
        if (after == null) {
            return query.get();
        }
        if (nothingAfter(after)) {
            return EMPTY; // a poll at the head: nothing newer anywhere
        }
        Question question = new Question(audience, filter.withAfter(null), stixId);
        long change = changes;
        Empty known = empty.get(question);
        if (known != null && known.change() == change && !after.isBefore(known.after())) {
            return EMPTY;
        }
        ObjectPage page = query.get();
        if (page.rows().isEmpty()) {
            remember(question, new Empty(after, change));
        }
        return page;
    }

    /** Whether nothing was added after {@code after}, as far as this instance knows for certain. */
    private boolean nothingAfter(Instant after) {
        Instant known = head;
        return known != null && !after.isBefore(known);
    }

    private void remember(Question question, Empty found) {
        if (empty.size() >= MAX_REMEMBERED) {
            empty.clear();
        }
        // Kept only if the table did not change while the query ran; the earliest empty position answers most.
        empty.merge(
                question,
                found,
                (old, now) -> old.change() == now.change() && old.after().isBefore(now.after()) ? old : now);
        if (changes != found.change()) {
            empty.remove(question, found);
        }
    }

    /** Moves the head once the current transaction, which appended up to {@code last}, has committed. */
    void advanceOnCommit(Instant last) {
        commits.onCommit(() -> advance(last));
    }

    /** Forgets the remembered empty reads once the current transaction, which deleted versions, has committed. */
    void changedOnCommit() {
        commits.onCommit(this::changed);
    }

    private synchronized void advance(Instant last) {
        if (head != null && last.isAfter(head)) {
            head = last;
        }
        changed();
    }

    private synchronized void changed() {
        changes++;
        empty.clear();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public synchronized void listening(Connection c) throws SQLException {
        head = StixObjectRepository.clock(c);
        changed();
    }

    @Override
    public void notified(Connection c, Set<String> payloads) {
        for (String payload : payloads) {
            try {
                advance(Instant.parse(payload));
            } catch (DateTimeParseException e) {
                synchronized (this) {
                    head = null; // unreadable: ask the database until the next announcement
                    changed();
                }
            }
        }
    }
}
