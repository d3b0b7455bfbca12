package org.advisoryhub.taxii;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ValidationFailedException;

/**
 * The opaque {@code next} value (TAXII 2.1 §3.5, Appendix B): the last {@code date_added} of a page, HMAC-signed
 * together with the key, collection and filters it belongs to. A cursor is only a position; visibility is
 * re-applied on every request, so a revoked or narrowed grant takes effect on the next page.
 */
@ApplicationScoped
public class TaxiiCursor {

    private final byte[] key;

    public TaxiiCursor(HubConfig config) {
        this.key = config.taxii()
                .cursorSecret()
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
    }

    public String encode(String scope, Instant lastDateAdded) {
        ByteBuffer payload =
                ByteBuffer.allocate(16).putLong(lastDateAdded.getEpochSecond()).putLong(lastDateAdded.getNano());
        byte[] position = payload.array();
        byte[] mac = mac(scope, position);
        byte[] token = ByteBuffer.allocate(position.length + 16)
                .put(position)
                .put(mac, 0, 16)
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The position in a cursor issued for exactly this scope; anything else is a 400. */
    public Instant decode(String scope, String next) {
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(next);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (token.length != 32) {
            throw invalid();
        }
        byte[] position = Arrays.copyOf(token, 16);
        byte[] expected = Arrays.copyOf(mac(scope, position), 16);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(token, 16, 32))) {
            throw invalid();
        }
        ByteBuffer b = ByteBuffer.wrap(position);
        return Instant.ofEpochSecond(b.getLong(), b.getLong());
    }

    private byte[] mac(String scope, byte[] position) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(position);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidationFailedException invalid() {
        return ValidationFailedException.of(
                "next",
                "is not a next value issued for this request and client "
                        + "(continue with added_after and the X-TAXII-Date-Added-Last of the previous page)");
    }
}
