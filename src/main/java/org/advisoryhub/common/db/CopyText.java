package org.advisoryhub.common.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, written as UTF-8 bytes and sent in large chunks:
 * the bulk path for writing hundreds of thousands of rows. Values are escaped at the byte level (a backslash, tab or
 * line end never occurs inside a multi-byte UTF-8 character). Only repositories use it.
 */
public final class CopyText implements AutoCloseable {

    private static final int CHUNK = 1 << 16;
    private static final byte[] NULL = {'\\', 'N'};

    private final CopyIn in;
    private byte[] buffer = new byte[2 * CHUNK];
    private int size;
    private boolean rowStarted;

    private CopyText(CopyIn in) {
        this.in = in;
    }

    /** Starts {@code copy} (a {@code COPY … FROM STDIN} statement) on the caller's connection. */
    public static CopyText start(Connection c, String copy) throws SQLException {
        return new CopyText(c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy));
    }

    /** The next field of the row; null is SQL NULL. */
    public CopyText field(String value) {
        return field(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** The next field of the row, already UTF-8; null is SQL NULL. */
    public CopyText field(byte[] utf8) {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
        if (utf8 == null) {
            put(NULL, 0, NULL.length);
            return this;
        }
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte escaped = switch (utf8[i]) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (escaped != 0) {
                put(utf8, from, i - from);
                put((byte) '\\');
                put(escaped);
                from = i + 1;
            }
        }
        put(utf8, from, utf8.length - from);
        return this;
    }

    /** Ends the row; full chunks go to the server as they fill. */
    public void endRow() throws SQLException {
        put((byte) '\n');
        rowStarted = false;
        if (size >= CHUNK) {
            send();
        }
    }

    /** Sends what is left and ends the copy; returns the rows the server took. */
    public long finish() throws SQLException {
        send();
        return in.endCopy();
    }

    // A plain growable array rather than a ByteArrayOutputStream: no lock per byte, no copy per chunk sent.
    private void put(byte b) {
        ensure(1);
        buffer[size++] = b;
    }

    private void put(byte[] bytes, int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, buffer, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, size + more));
        }
    }

    private void send() throws SQLException {
        if (size > 0) {
            in.writeToCopy(buffer, 0, size);
            size = 0;
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
