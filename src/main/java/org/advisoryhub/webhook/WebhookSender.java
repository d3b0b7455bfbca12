package org.advisoryhub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.text.StorableText;

/**
 * Makes one signed POST over HTTP/1.1 to the address {@link WebhookTargets} cleared, never resolving the name
 * again; with https the certificate is still checked against the name. Redirects are not followed (a 3xx is a
 * failure), the whole exchange is bounded by the timeout, and at most {@link #MAX_RESPONSE_BYTES} of the answer
 * are read, only to explain a failure.
 */
@ApplicationScoped
public class WebhookSender {

    static final int MAX_RESPONSE_BYTES = 1024;
    private static final int MAX_HEAD_BYTES = 16 * 1024;

    private static final ScheduledExecutorService CLOSER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hub-webhook-deadlines");
        t.setDaemon(true);
        return t;
    });

    /** How an attempt went: the status code (null when there was no answer) and, for a failure, why. */
    record Outcome(boolean delivered, Integer statusCode, String error) {}

    /** The status line and the headers that matter here. */
    private record Head(int status, String location, boolean chunked, long contentLength) {}

    private final WebhookTargets targets;
    private final Duration timeout;
    private final Clock clock;

    @Inject
    public WebhookSender(HubConfig config, WebhookTargets targets, Clock clock) {
        this(config.webhooks().timeout(), targets, clock);
    }

    WebhookSender(Duration timeout, WebhookTargets targets, Clock clock) {
        this.timeout = timeout;
        this.targets = targets;
        this.clock = clock;
    }

    Outcome send(String url, String secret, String deliveryId, String eventType, String body) {
        WebhookTargets.Check check = targets.vet(url);
        if (check.problem() != null) {
            return new Outcome(false, null, "target refused: " + check.problem());
        }
        WebhookTargets.Vetted target = check.target();
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        String request = "POST " + pathOf(target) + " HTTP/1.1\r\n"
                + "Host: " + hostHeader(target) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "User-Agent: AdvisoryHub-Webhooks/1\r\n"
                + WebhookSignature.ID_HEADER + ": " + deliveryId + "\r\n"
                + WebhookSignature.EVENT_HEADER + ": " + eventType + "\r\n"
                + WebhookSignature.TIMESTAMP_HEADER + ": " + timestamp + "\r\n"
                + WebhookSignature.SIGNATURE_HEADER + ": " + WebhookSignature.sign(secret, timestamp, body) + "\r\n"
                + "Content-Length: " + payload.length + "\r\n"
                + "Connection: close\r\n\r\n";
        AtomicBoolean timedOut = new AtomicBoolean();
        Socket socket = new Socket();
        ScheduledFuture<?> deadline = CLOSER.schedule(
                () -> {
                    timedOut.set(true);
                    closeQuietly(socket);
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return exchange(socket, target, request.getBytes(StandardCharsets.ISO_8859_1), payload);
        } catch (IOException e) {
            if (timedOut.get() || e instanceof java.net.SocketTimeoutException) {
                return new Outcome(false, null, "no answer within " + timeout.toMillis() + " ms");
            }
            return new Outcome(
                    false,
                    null,
                    clip("connection failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage())));
        } finally {
            deadline.cancel(false);
            closeQuietly(socket);
        }
    }

    private Outcome exchange(Socket socket, WebhookTargets.Vetted target, byte[] head, byte[] payload)
            throws IOException {
        int millis = (int) Math.max(1, timeout.toMillis());
        socket.connect(new InetSocketAddress(target.address(), target.port()), millis);
        socket.setSoTimeout(millis);
        Socket channel = target.tls() ? tls(socket, target) : socket;
        OutputStream out = channel.getOutputStream();
        out.write(head);
        out.write(payload);
        out.flush();
        InputStream in = new BufferedInputStream(channel.getInputStream());
        Head answer = readHead(in);
        if (answer.status() >= 200 && answer.status() < 300) {
            return new Outcome(true, answer.status(), null);
        }
        String text = readSome(in, answer).strip();
        String why = answer.status() >= 300 && answer.status() < 400
                ? "redirect to " + (answer.location() == null ? "?" : answer.location()) + " not followed"
                : "HTTP " + answer.status();
        return new Outcome(false, answer.status(), clip(text.isBlank() ? why : why + ": " + text));
    }

    /** TLS to the cleared address, with the name for SNI and for checking the certificate. */
    private static Socket tls(Socket socket, WebhookTargets.Vetted target) throws IOException {
        SSLSocket ssl;
        try {
            ssl = (SSLSocket)
                    SSLContext.getDefault().getSocketFactory().createSocket(socket, target.host(), target.port(), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("no TLS available", e);
        }
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isAddress(target.host())) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    /** SNI carries names only. */
    private static boolean isAddress(String host) {
        try {
            return TargetAddresses.literal(host).isPresent();
        } catch (java.net.UnknownHostException e) {
            return true;
        }
    }

    private static Head readHead(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + clip(parts[1]));
        }
        String location = null;
        boolean chunked = false;
        long length = -1;
        int read = statusLine.length();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            read += header.length();
            if (read > MAX_HEAD_BYTES) {
                throw new IOException("answer headers too long");
            }
            int colon = header.indexOf(':');
            String name = colon < 0 ? header : header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : header.substring(colon + 1).trim();
            switch (name) {
                case "location" -> location = value;
                case "transfer-encoding" ->
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "content-length" -> length = parseLength(value);
                default -> {}
            }
        }
        return new Head(status, location, chunked, length);
    }

    /** The start of an error answer, plain or chunked; never more than {@link #MAX_RESPONSE_BYTES}. */
    private static String readSome(InputStream in, Head head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (head.chunked()) {
                for (long size = chunkSize(in); size > 0 && out.size() < MAX_RESPONSE_BYTES; size = chunkSize(in)) {
                    out.write(in.readNBytes((int) Math.min(size, MAX_RESPONSE_BYTES - out.size())));
                    if (out.size() < MAX_RESPONSE_BYTES) {
                        line(in);
                    }
                }
            } else {
                long want = head.contentLength() < 0
                        ? MAX_RESPONSE_BYTES
                        : Math.min(head.contentLength(), MAX_RESPONSE_BYTES);
                out.write(in.readNBytes((int) want));
            }
        } catch (IOException e) {
            // what arrived before the failure (or the deadline) is enough to explain it
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long chunkSize(InputStream in) throws IOException {
        String line = line(in);
        int semicolon = line.indexOf(';');
        try {
            return Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One header line, without its CRLF; bounded so that an endless line cannot exhaust memory. */
    private static String line(InputStream in) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                if (out.isEmpty()) {
                    throw new IOException("the connection closed without an answer");
                }
                break;
            }
            if (out.length() >= MAX_HEAD_BYTES) {
                throw new IOException("answer line too long");
            }
            if (c != '\r') {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static String pathOf(WebhookTargets.Vetted target) {
        String path =
                target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                        ? "/"
                        : target.uri().getRawPath();
        return target.uri().getRawQuery() == null
                ? path
                : path + "?" + target.uri().getRawQuery();
    }

    private static String hostHeader(WebhookTargets.Vetted target) {
        boolean defaultPort = target.port() == (target.tls() ? 443 : 80);
        return defaultPort ? target.host() : target.host() + ":" + target.port();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already failing; nothing to add
        }
    }

    /** At most 500 characters, and only text the database can keep: the receiver chose these bytes. */
    private static String clip(String text) {
        String kept = StorableText.sanitize(text);
        return kept.length() <= 500 ? kept : kept.substring(0, 497) + "...";
    }
}
