package org.advisoryhub.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.db.JdbcRows;
import org.advisoryhub.common.ids.Sha256;

/**
 * Archived months of the pull log as files in {@code hub.audit.pull-archive-dir}: one JSON record per line, in id
 * order, gzip-compressed. The SHA-256 of the file goes into the audit chain; verification reads the file back.
 */
@ApplicationScoped
public class PullArchives {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public PullArchives(HubConfig config) {
        this.dir = Path.of(config.audit().pullArchiveDir());
    }

    /** A written archive: its file name, the SHA-256 of its bytes and the records in it. */
    record Written(String file, String sha256, long records, long firstId, long lastId) {}

    /** An archive that is missing or no longer has the digest the chain recorded. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Writes the records {@code producer} hands over to {@code <name>.jsonl.gz}, replacing the file atomically and
     * only once it is on disk.
     */
    Written write(String name, Consumer<JdbcRows.Sink<PullRecord>> producer) throws IOException {
        Files.createDirectories(dir);
        String file = name + ".jsonl.gz";
        Path temporary = dir.resolve(file + "." + UUID.randomUUID() + ".tmp");
        MessageDigest sha = Sha256.digest();
        long[] counted = {0, 0, 0}; // records, first id, last id
        try {
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha);
                    Writer lines = new BufferedWriter(
                            new OutputStreamWriter(new GZIPOutputStream(out, 65536), StandardCharsets.UTF_8))) {
                producer.accept(r -> {
                    lines.write(JSON.writeValueAsString(json(r)));
                    lines.write('\n');
                    counted[1] = counted[0] == 0 ? r.id() : counted[1];
                    counted[2] = r.id();
                    counted[0]++;
                });
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(
                    temporary, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Written(file, HexFormat.of().formatHex(sha.digest()), counted[0], counted[1], counted[2]);
    }

    /** The records of an archive in id order, after checking that the file still has the digest recorded. */
    Iterator<PullRecord> read(String file, String sha256) throws Unreadable {
        Path path = dir.resolve(Path.of(file).getFileName().toString());
        try {
            MessageDigest sha = Sha256.digest();
            try (InputStream in = Files.newInputStream(path)) {
                byte[] buffer = new byte[65536];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                throw new Unreadable("the archive file " + file + " was changed after it was archived");
            }
            return new Lines(new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(path), 65536), StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            throw new Unreadable("the archive file " + file + " is missing from " + dir);
        } catch (IOException e) {
            throw new Unreadable("the archive file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static ObjectNode json(PullRecord r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("at", r.at().toString());
        o.put("keyId", r.keyId());
        o.put("organizationId", r.organizationId());
        o.put("collectionId", r.collectionId() == null ? null : r.collectionId().toString());
        o.put("endpoint", r.endpoint());
        o.put("objects", r.objects());
        o.put("firstAdded", r.firstAdded() == null ? null : r.firstAdded().toString());
        o.put("lastAdded", r.lastAdded() == null ? null : r.lastAdded().toString());
        o.put("source", r.source());
        return o;
    }

    private static PullRecord record(JsonNode o) {
        return new PullRecord(
                o.path("id").asLong(),
                Instant.parse(o.path("at").asText()),
                o.path("keyId").textValue(),
                o.path("organizationId").textValue(),
                o.path("collectionId").isNull()
                        ? null
                        : UUID.fromString(o.path("collectionId").asText()),
                o.path("endpoint").textValue(),
                o.path("objects").asInt(),
                o.path("firstAdded").isNull()
                        ? null
                        : Instant.parse(o.path("firstAdded").asText()),
                o.path("lastAdded").isNull()
                        ? null
                        : Instant.parse(o.path("lastAdded").asText()),
                o.path("source").textValue());
    }

    /** Records read line by line; the reader closes at the end of the file. */
    private static final class Lines implements Iterator<PullRecord> {
        private final BufferedReader reader;
        private String next;

        Lines(BufferedReader reader) throws IOException {
            this.reader = reader;
            advance();
        }

        private void advance() throws IOException {
            next = reader.readLine();
            if (next == null) {
                reader.close();
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public PullRecord next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            try {
                PullRecord r = record(JSON.readTree(next));
                advance();
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
