package org.advisoryhub.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How deliveries are signed: {@code Hub-Webhook-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with the Unix time in {@code Hub-Webhook-Timestamp}. Receivers recompute it, reject a timestamp more than
 * five minutes off, and drop a {@code Hub-Webhook-Id} they have already seen: together that stops replays.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "Hub-Webhook-Id";
    public static final String EVENT_HEADER = "Hub-Webhook-Event";
    public static final String TIMESTAMP_HEADER = "Hub-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Hub-Webhook-Signature";

    private WebhookSignature() {}

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
