package org.advisoryhub.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * STIX identifiers of SDOs, SROs and meta objects (STIX 2.1 §2.9): {@code type--UUIDv4}, the 122 random bits being
 * HMAC-SHA-256 under the installation's secret key over a stable name that includes the type. Every export, version
 * and instance gives an object the same id (the key is stored in the database), no UUID is shared between types, and
 * without the key nobody can guess an id. Observables are not named here: they take the ids §2.9 defines for them.
 */
public final class StixIds {

    private static volatile SecretKeySpec key;

    /** A Mac per thread: looking one up costs more than the hash of a short name, and ids are made by the 100,000. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private StixIds() {}

    /** Installs the installation's key; done once at start, before anything is mapped. */
    public static void useKey(byte[] secret) {
        key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public static boolean hasKey() {
        return key != null;
    }

    /** The identity of an organization (an agency, a working group or a partner), the same wherever it appears. */
    public static String organization(String organizationId) {
        return of("identity", "organization|" + organizationId);
    }

    /** The report of an advisory: the same id in every revision, so revisions are versions of one object. */
    public static String report(String publicId) {
        return of("report", publicId);
    }

    public static String of(String type, String name) {
        return type + "--" + v4(type + "|" + name);
    }

    private static UUID v4(String name) {
        SecretKeySpec k = key;
        if (k == null) {
            throw new IllegalStateException("the STIX id key is not loaded yet");
        }
        try {
            Mac mac = MAC.get();
            mac.init(k);
            byte[] h = mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x40);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
