package org.advisoryhub.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one keep-alive connection, as load generators use: the JDK's HttpClient spends more
 * CPU per request than the hub does, and on a 2-core machine it would measure itself.
 */
final class KeepAliveClient implements AutoCloseable {

    /** Status and body of one response. */
    record Response(int status, byte[] body) {}

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String auth;
    private final String accept;

    KeepAliveClient(int port, String auth) throws IOException {
        this(port, auth, "application/json");
    }

    KeepAliveClient(int port, String auth, String accept) throws IOException {
        this.accept = accept;
        this.socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream(), 65536);
        this.out = socket.getOutputStream();
        this.auth = auth;
    }

    Response get(String pathAndQuery) throws IOException {
        return send("GET " + pathAndQuery, null);
    }

    Response postJson(String path, String json) throws IOException {
        return send("POST " + path, json.getBytes(StandardCharsets.UTF_8));
    }

    private Response send(String requestLine, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(requestLine)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ")
                .append(auth)
                .append("\r\nAccept: ")
                .append(accept)
                .append("\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        return read();
    }

    private Response read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return new Response(code, body.toByteArray());
        }
        return new Response(code, length <= 0 ? new byte[0] : in.readNBytes(length));
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
