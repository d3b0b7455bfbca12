package org.advisoryhub.audit;

import java.util.regex.Pattern;
import org.advisoryhub.common.error.ValidationFailedException;

/**
 * A point of the chain an auditor already verified and kept: an event id and the hash it had. Verifying from it
 * trusts everything up to that event and recomputes only what came after, so a large trail need not be read from
 * its start every time.
 */
public record Checkpoint(long eventId, String hash) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The checkpoint the query names ({@code after} and {@code hash}), or null for the whole chain. */
    static Checkpoint of(String after, String hash) {
        if (isBlank(after) && isBlank(hash)) {
            return null;
        }
        if (isBlank(after)) {
            throw ValidationFailedException.of("after", "is required with hash: the id of the checkpoint's event");
        }
        if (isBlank(hash)) {
            throw ValidationFailedException.of("hash", "is required with after: the hash the event had");
        }
        long id;
        try {
            id = Long.parseLong(after.trim());
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id < 1) {
            throw ValidationFailedException.of("after", "must be the id of an audit event (a positive number)");
        }
        if (!SHA256.matcher(hash.trim()).matches()) {
            throw ValidationFailedException.of("hash", "must be a SHA-256 in lower-case hex (64 characters)");
        }
        return new Checkpoint(id, hash.trim());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
