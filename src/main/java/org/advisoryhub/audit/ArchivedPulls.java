package org.advisoryhub.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.common.db.JdbcRows;

/**
 * The archived pull records a verification needs, merged in id order with those still in the database. Ranges are
 * asked for in increasing order; an archive file is opened (and its digest checked) only when a range reaches it.
 */
final class ArchivedPulls {

    /** An archive that cannot be read back as the chain recorded it: the event that recorded it, and why. */
    static final class Unreadable extends RuntimeException {
        private final long eventId;

        Unreadable(long eventId, String reason) {
            super(reason);
            this.eventId = eventId;
        }

        long eventId() {
            return eventId;
        }
    }

    private record Archive(long eventId, String file, String sha256, long firstId, long lastId) {}

    /** An open archive and its next record. */
    private static final class Cursor {
        private final Iterator<PullRecord> records;
        private PullRecord next;

        Cursor(Iterator<PullRecord> records) {
            this.records = records;
            this.next = records.hasNext() ? records.next() : null;
        }

        PullRecord take() {
            PullRecord taken = next;
            next = records.hasNext() ? records.next() : null;
            return taken;
        }
    }

    private final PullArchives files;
    private final List<Archive> waiting = new ArrayList<>();
    private final PriorityQueue<Cursor> open = new PriorityQueue<>(Comparator.comparingLong(c -> c.next.id()));

    ArchivedPulls(List<AuditEvent> archiveEvents, PullArchives files) {
        this.files = files;
        for (AuditEvent e : archiveEvents) {
            JsonNode d = PullSeals.details(e);
            if (d.path("records").asLong() > 0) {
                waiting.add(new Archive(
                        e.id(),
                        d.path("file").asText(),
                        d.path("sha256").asText(),
                        d.path("firstId").asLong(),
                        d.path("lastId").asLong()));
            }
        }
    }

    /**
     * Streams the records with ids in {@code (after, upTo]}: those {@code stored} hands over from the database, and
     * the archived ones between them.
     */
    void stream(long after, long upTo, StoredRange stored, JdbcRows.Sink<PullRecord> sink) {
        openReaching(after, upTo);
        stored.stream(after, upTo, r -> {
            emitUpTo(after, r.id() - 1, sink);
            sink.accept(r);
        });
        try {
            emitUpTo(after, upTo, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database's records of a range, in id order. */
    interface StoredRange {
        void stream(long after, long upTo, JdbcRows.Sink<PullRecord> sink);
    }

    private void openReaching(long after, long upTo) {
        for (Iterator<Archive> it = waiting.iterator(); it.hasNext(); ) {
            Archive a = it.next();
            if (a.lastId() <= after) {
                it.remove(); // wholly before every range still to come
            } else if (a.firstId() <= upTo) {
                it.remove();
                Cursor c = open(a);
                while (c.next != null && c.next.id() <= after) {
                    c.take();
                }
                if (c.next != null) {
                    open.add(c);
                }
            }
        }
    }

    private Cursor open(Archive a) {
        try {
            return new Cursor(files.read(a.file(), a.sha256()));
        } catch (PullArchives.Unreadable e) {
            throw new Unreadable(a.eventId(), e.getMessage());
        }
    }

    private void emitUpTo(long after, long limit, JdbcRows.Sink<PullRecord> sink) throws IOException {
        while (!open.isEmpty() && open.peek().next.id() <= limit) {
            Cursor c = open.poll();
            PullRecord r = c.take();
            if (r.id() > after) {
                sink.accept(r);
            }
            if (c.next != null) {
                open.add(c);
            }
        }
    }
}
