package org.advisoryhub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.advisoryhub.common.config.HubConfig;

/**
 * Makes one signed POST. Redirects are not followed (a 3xx is a failure), the whole exchange is bounded by the
 * timeout, and at most {@link #MAX_RESPONSE_BYTES} of the answer are read, only to explain a failure.
 */
@ApplicationScoped
public class WebhookSender {

    static final int MAX_RESPONSE_BYTES = 1024;

    private static final ScheduledExecutorService CLOSER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hub-webhook-deadlines");
        t.setDaemon(true);
        return t;
    });

    /** How an attempt went: the status code (null when there was no answer) and, for a failure, why. */
    record Outcome(boolean delivered, Integer statusCode, String error) {
    }

    private final HttpClient client;
    private final WebhookTargets targets;
    private final Duration timeout;
    private final Clock clock;

    public WebhookSender(HubConfig config, WebhookTargets targets, Clock clock) {
        this.timeout = config.webhooks().timeout();
        this.targets = targets;
        this.clock = clock;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    Outcome send(String url, String secret, String deliveryId, String eventType, String body) {
        String problem = targets.problemReaching(url);
        if (problem != null) {
            return new Outcome(false, null, "target refused: " + problem);
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "AdvisoryHub-Webhooks/1")
                .header(WebhookSignature.ID_HEADER, deliveryId)
                .header(WebhookSignature.EVENT_HEADER, eventType)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                response.body().close();
                return new Outcome(true, status, null);
            }
            String answer = readSome(response.body());
            String why = status >= 300 && status < 400 ? "redirect to " + response.headers().firstValue("Location").orElse("?")
                    + " not followed" : "HTTP " + status;
            return new Outcome(false, status, clip(answer.isBlank() ? why : why + ": " + answer));
        } catch (HttpTimeoutException e) {
            return new Outcome(false, null, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(false, null, clip("connection failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted (hub shutting down)");
        }
    }

    /**
     * The start of an error answer. The stream is closed after that many bytes, or when the timeout runs out,
     * so an endless or trickling body costs nothing.
     */
    private String readSome(InputStream body) {
        ScheduledFuture<?> deadline = CLOSER.schedule(() -> closeQuietly(body), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = body) {
            return new String(in.readNBytes(MAX_RESPONSE_BYTES), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        } finally {
            deadline.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // already failing; nothing to add
        }
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
