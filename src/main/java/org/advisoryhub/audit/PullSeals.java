package org.advisoryhub.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.common.ids.Sha256;
import org.advisoryhub.common.security.ActorKind;

/**
 * Seals pull-log ranges into the hash chain: each seal is a chained audit event carrying the first and last id it
 * covers, how many records there are and the SHA-256 over them, so that verifying the chain also proves that no sealed
 * pull record was changed, removed or added, and that the seals follow each other without a gap.
 */
@ApplicationScoped
public class PullSeals {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PullLogRepository pulls;
    private final AuditRepository chain;
    private final AuditService audit;

    private final PullArchives archives;

    public PullSeals(PullLogRepository pulls, AuditRepository chain, AuditService audit, PullArchives archives) {
        this.pulls = pulls;
        this.chain = chain;
        this.audit = audit;
        this.archives = archives;
    }

    /** Seals every record appended since the last seal; nothing when there is none. Returns the records sealed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long seal() {
        long upTo = pulls.lockAndReadLastId(); // serializes sealers too: the head read next cannot move
        long sealedTo = chain.head().pullsSealedTo();
        if (upTo <= sealedTo) {
            return 0;
        }
        Digest digest = digest(sealedTo, upTo);
        audit.seal(
                new AuditEntry(
                        "pull-log",
                        ActorKind.SYSTEM,
                        null,
                        AuditRepository.PULLS_SEALED,
                        "pull-log",
                        (sealedTo + 1) + "-" + upTo,
                        null,
                        null,
                        Map.of("from", sealedTo + 1, "to", upTo, "records", digest.records, "digest", digest.hex())),
                upTo);
        return digest.records;
    }

    /** What verifying the seals found: the first broken seal, if any, and how many records are sealed and not. */
    record Check(Long brokenEventId, String reason, long sealed, long unsealed) {}

    /**
     * Recomputes every seal after event {@code afterEvent} in chain order, in the caller's transaction; memory does
     * not grow with the log. The seals up to that event are trusted with it. Records of archived months are read
     * from their archive files; a file that is missing or changed breaks the chain at the event that archived it.
     */
    Check verify(long afterEvent) {
        ArchivedPulls archived = new ArchivedPulls(chain.archives(), archives);
        long[] sealedTo = {
            chain.lastSealUpTo(afterEvent)
                    .map(e -> details(e).path("to").asLong())
                    .orElse(0L)
        };
        long[] sealed = {0};
        Check[] broken = {null};
        chain.streamSeals(afterEvent, event -> {
            if (broken[0] != null) {
                return;
            }
            String problem;
            try {
                problem = problem(event, sealedTo[0], archived);
            } catch (ArchivedPulls.Unreadable e) {
                broken[0] = new Check(e.eventId(), e.getMessage(), sealed[0], 0);
                return;
            }
            if (problem != null) {
                broken[0] = new Check(event.id(), problem, sealed[0], 0);
                return;
            }
            JsonNode d = details(event);
            sealedTo[0] = d.path("to").asLong();
            sealed[0] += d.path("records").asLong();
        });
        if (broken[0] != null) {
            return broken[0];
        }
        return new Check(null, null, sealed[0], pulls.countAfter(sealedTo[0]));
    }

    private String problem(AuditEvent seal, long sealedTo, ArchivedPulls archived) {
        JsonNode d = details(seal);
        if (d.path("from").asLong() != sealedTo + 1) {
            return "pull records " + (sealedTo + 1) + " to " + (d.path("from").asLong() - 1) + " were never sealed";
        }
        Digest actual = new Digest();
        archived.stream(sealedTo, d.path("to").asLong(), pulls::streamRange, actual::add);
        if (actual.records != d.path("records").asLong()
                || !actual.hex().equals(d.path("digest").asText())) {
            return "pull records " + d.path("from").asLong() + " to "
                    + d.path("to").asLong() + " were changed, removed or added after they were sealed";
        }
        return null;
    }

    private Digest digest(long after, long upTo) {
        Digest digest = new Digest();
        pulls.streamRange(after, upTo, digest::add);
        return digest;
    }

    /** An event's details as JSON; unreadable details read as none, so the checks that need them fail. */
    static JsonNode details(AuditEvent event) {
        try {
            return JSON.readTree(event.details());
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    /** SHA-256 over the canonical form of records, added in id order. */
    private static final class Digest {
        private final MessageDigest sha = Sha256.digest();
        private long records;

        void add(PullRecord r) {
            sha.update(canonical(r).getBytes(StandardCharsets.UTF_8));
            records++;
        }

        /** Every field in a fixed order, in the chain's own encoding, one record per line. */
        private static String canonical(PullRecord r) {
            return AuditHash.canonical(
                            r.id(),
                            r.at(),
                            r.keyId(),
                            r.organizationId(),
                            r.collectionId(),
                            r.endpoint(),
                            r.objects(),
                            r.firstAdded(),
                            r.lastAdded(),
                            r.source())
                    + "\n";
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
