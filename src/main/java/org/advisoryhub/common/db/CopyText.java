package org.advisoryhub.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} in its text format ({@link CopyRows} encodes the rows), sent in large chunks:
 * the bulk path for writing hundreds of thousands of rows. Only repositories use it.
 */
public final class CopyText implements AutoCloseable {

    private static final int CHUNK = 1 << 16;
    /** Chunks encoded ahead of the one being sent. */
    private static final int AHEAD = 4;

    private final CopyIn in;
    private final CopyRows rows = new CopyRows(2 * CHUNK);

    private CopyText(CopyIn in) {
        this.in = in;
    }

    /** Starts {@code copy} (a {@code COPY … FROM STDIN} statement) on the caller's connection. */
    public static CopyText start(Connection c, String copy) throws SQLException {
        return new CopyText(c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy));
    }

    /** The next field of the row; null is SQL NULL. */
    public CopyText field(String value) {
        rows.field(value);
        return this;
    }

    /** The next field, a timestamp; null is SQL NULL. */
    public CopyText field(Instant value) {
        rows.field(value);
        return this;
    }

    /** The next field of the row, already UTF-8; null is SQL NULL. */
    public CopyText field(byte[] utf8) {
        rows.field(utf8);
        return this;
    }

    /** Ends the row; full chunks go to the server as they fill. */
    public void endRow() throws SQLException {
        rows.endRow();
        if (rows.size() >= CHUNK) {
            send();
        }
    }

    /**
     * Sends one row per item, in order, encoding {@code perChunk} items at a time on the common pool a few chunks
     * ahead of the server: for a large write, encoding (JSON bodies, escaping) runs while the server takes the rows
     * already sent, rather than before or between.
     */
    public <T> void rowsAhead(List<T> items, int perChunk, BiConsumer<T, CopyRows> encoder) throws SQLException {
        send();
        Deque<CompletableFuture<CopyRows>> ahead = new ArrayDeque<>();
        try {
            for (int from = 0; from < items.size(); from += perChunk) {
                List<T> chunk = items.subList(from, Math.min(items.size(), from + perChunk));
                ahead.add(CompletableFuture.supplyAsync(() -> {
                    CopyRows encoded = new CopyRows(CHUNK);
                    chunk.forEach(item -> encoder.accept(item, encoded));
                    return encoded;
                }));
                if (ahead.size() > AHEAD) {
                    send(ahead.poll().join());
                }
            }
            while (!ahead.isEmpty()) {
                send(ahead.poll().join());
            }
        } catch (CompletionException e) {
            ahead.forEach(f -> f.cancel(false));
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Sends what is left and ends the copy; returns the rows the server took. */
    public long finish() throws SQLException {
        send();
        return in.endCopy();
    }

    private void send() throws SQLException {
        send(rows);
    }

    private void send(CopyRows encoded) throws SQLException {
        if (encoded.size() > 0) {
            in.writeToCopy(encoded.buffer(), 0, encoded.size());
            encoded.clear();
        }
    }

    /** Abandons a copy that did not finish, so the connection can be used again. */
    @Override
    public void close() throws SQLException {
        if (in.isActive()) {
            in.cancelCopy();
        }
    }
}
