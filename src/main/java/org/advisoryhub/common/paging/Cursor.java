package org.advisoryhub.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.advisoryhub.common.error.ValidationFailedException;

/** Opaque keyset position: the sort timestamp and id of the last item of a page. */
public record Cursor(Instant at, UUID id) {

    public String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\.", 3);
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ValidationFailedException.of("cursor", "is not a cursor this API returned");
        }
    }

    /** A cursor that is the id of the last item of the previous page. */
    public static java.util.UUID afterId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
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
