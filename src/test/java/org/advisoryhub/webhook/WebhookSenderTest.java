package org.advisoryhub.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the sender keeps of a receiver's answer: only text the database can store. */
class WebhookSenderTest {

    @Test
    void shouldKeepAnErrorAnswerWithControlCharactersAsStorableText() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread receiver = new Thread(() -> answerOnce(
                    server, "HTTP/1.1 500 Broken\r\nContent-Length: 7\r\nConnection: close\r\n\r\nbad\u0000\u0007!x"));
            receiver.start();
            WebhookSender sender =
                    new WebhookSender(Duration.ofSeconds(2), new WebhookTargets(true, false), Clock.systemUTC());
            WebhookSender.Outcome outcome = sender.send(
                    "http://127.0.0.1:" + server.getLocalPort() + "/hook",
                    "secret",
                    "delivery-1",
                    "advisory.published",
                    "{}");
            receiver.join(5_000);
            assertThat(outcome.delivered()).isFalse();
            assertThat(outcome.statusCode()).isEqualTo(500);
            assertThat(outcome.error()).isEqualTo("HTTP 500: bad\uFFFD\uFFFD!x").doesNotContain("\u0000");
        }
    }

    private static void answerOnce(ServerSocket server, String answer) {
        try (Socket s = server.accept();
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream()) {
            byte[] buffer = new byte[4096];
            in.read(buffer);
            out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
