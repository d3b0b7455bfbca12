package org.advisoryhub.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.advisoryhub.common.error.ValidationFailedException;

/**
 * The one opaque keyset position of the REST API: the sort key of the last item of a page (a time, an id, a sequence
 * number, or a time and an id), as URL-safe base64. Lists read the parts they sort on. TAXII keeps its own signed
 * {@code next}.
 */
public record Cursor(Instant at, UUID id, long sequence) {

    private static final UUID NONE = new UUID(0, 0);

    public static Cursor at(Instant at, UUID id) {
        return new Cursor(at, id, 0);
    }

    public static Cursor at(Instant at) {
        return new Cursor(at, NONE, 0);
    }

    public static Cursor after(UUID id) {
        return new Cursor(Instant.EPOCH, id, 0);
    }

    public static Cursor after(long sequence) {
        return new Cursor(Instant.EPOCH, NONE, sequence);
    }

    public String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "." + id + "." + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a {@code cursor} parameter names; null when absent, a 400 naming {@code cursor} when forged. */
    public static Cursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split("\\.", 4);
            return new Cursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]),
                    Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw ValidationFailedException.of("cursor", "is not a cursor this API returned");
        }
    }

    /** Clamps a requested page size into 1..max, using the default when absent. */
    public static int limit(Integer requested, int defaultSize, int max) {
        if (requested == null) {
            return defaultSize;
        }
        if (requested < 1) {
            throw ValidationFailedException.of("limit", "must be at least 1");
        }
        return Math.min(requested, max);
    }
}
