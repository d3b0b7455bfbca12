package org.advisoryhub.common.db;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Rows encoded for PostgreSQL's {@code COPY … FROM STDIN} text format, as UTF-8 bytes, apart from any connection: so
 * that other threads can encode the next rows while {@link CopyText} sends these. Values are escaped at the byte
 * level (a backslash, tab or line end never occurs inside a multi-byte UTF-8 character).
 */
public final class CopyRows {

    private static final byte[] NULL = {'\\', 'N'};

    private byte[] buffer;
    private int size;
    private boolean rowStarted;

    public CopyRows(int capacity) {
        buffer = new byte[Math.max(capacity, 64)];
    }

    /** The next field of the row; null is SQL NULL. */
    public CopyRows field(String value) {
        return field(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The next field, a timestamp in ISO 8601 UTC; null is SQL NULL. Written digit by digit: a publication writes
     * 600,000 of them, and {@code Instant.toString()} spends more on each than the rest of its field.
     */
    public CopyRows field(Instant t) {
        if (t == null) {
            return field((byte[]) null);
        }
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        int nanos = t.getNano();
        if (d.getYear() < 1000 || d.getYear() > 9999 || nanos % 1000 != 0) {
            // Rare shapes keep the general form (PostgreSQL rounds nanoseconds to microseconds itself).
            return field(t.toString());
        }
        byte[] text = new byte[27];
        digits(text, 0, d.getYear(), 4);
        text[4] = '-';
        digits(text, 5, d.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, d.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, d.getHour(), 2);
        text[13] = ':';
        digits(text, 14, d.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, d.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, nanos / 1000, 6);
        text[26] = 'Z';
        return field(text);
    }

    private static void digits(byte[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The next field of the row, already UTF-8; null is SQL NULL. */
    public CopyRows field(byte[] utf8) {
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

    /** Ends the row. */
    public CopyRows endRow() {
        put((byte) '\n');
        rowStarted = false;
        return this;
    }

    /** How many bytes are encoded. */
    public int size() {
        return size;
    }

    byte[] buffer() {
        return buffer;
    }

    void clear() {
        size = 0;
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
}
