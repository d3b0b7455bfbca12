package org.advisoryhub.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a partner's receiver does, written from the README's description (not from the hub's code): recompute
 * the HMAC over "timestamp.body", compare in constant time, reject stale timestamps and ids already seen.
 */
public final class WebhookVerifier {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final String secret;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public WebhookVerifier(String secret) {
        this.secret = secret;
    }

    /** Null when the request is authentic and new; otherwise why it is refused. */
    public String refuse(String id, String timestamp, String signature, String body, Instant now) throws Exception {
        if (id == null || timestamp == null || signature == null) {
            return "missing headers";
        }
        long ts = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - ts) > TOLERANCE.toSeconds()) {
            return "stale timestamp";
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1="
                + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            return "bad signature";
        }
        if (!seen.add(id)) {
            return "replay";
        }
        return null;
    }

    public String refuse(WebhookReceiver.Received r, Instant now) throws Exception {
        return refuse(
                r.header("Hub-Webhook-Id"),
                r.header("Hub-Webhook-Timestamp"),
                r.header("Hub-Webhook-Signature"),
                r.body(),
                now);
    }
}
