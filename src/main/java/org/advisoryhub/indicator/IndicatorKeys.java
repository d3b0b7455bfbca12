package org.advisoryhub.indicator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Stable indicator keys: a name-based (version 5) UUID of the advisory's public id and the indicator's
 * dedupe key, so the same indicator keeps the same key in every revision and on every fresh import.
 */
public final class IndicatorKeys {

    private static final UUID NAMESPACE = UUID.fromString("0b4a3a7e-6d6c-4f0e-9b53-2f1c6f1d8a11");

    private IndicatorKeys() {
    }

    public static UUID of(String advisoryPublicId, String dedupeKey) {
        return uuid5(NAMESPACE, advisoryPublicId + "|" + dedupeKey);
    }

    /** RFC 9562 version 5 UUID. */
    public static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16)
                    .putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
