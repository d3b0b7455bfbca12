package org.advisoryhub.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.audit.dto.AuditVerification;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.ActorKind;

/**
 * The append-only, hash-chained audit trail. Events are written in the transaction of what they record, so an
 * action and its event commit or roll back together.
 */
@ApplicationScoped
public class AuditService {

    /** What the first event points at. */
    private static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final AuditRepository audit;
    private final PullSeals seals;
    private final PullLogRepository pulls;
    private final MeterRegistry metrics;
    private final CurrentVertxRequest request;
    private final Clock clock;

    public AuditService(
            AuditRepository audit,
            PullSeals seals,
            PullLogRepository pulls,
            CurrentVertxRequest request,
            Clock clock,
            MeterRegistry metrics) {
        this.metrics = metrics;
        this.audit = audit;
        this.seals = seals;
        this.pulls = pulls;
        this.request = request;
        this.clock = clock;
    }

    /** Records what an official, or the hub acting on its own, did (the actor's kind says which). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void official(
            Actor actor,
            String action,
            String targetType,
            String targetId,
            String advisoryId,
            java.util.Map<String, Object> details) {
        record(new AuditEntry(
                actor.username(),
                actor.kind(),
                actor.organizationId(),
                action,
                targetType,
                targetId,
                advisoryId,
                null,
                details));
    }

    /**
     * Records that failed sign-ins made an account or a source wait, in a transaction of its own: the failed
     * attempt itself has none, and its refusal must not undo the record.
     */
    public void signInThrottled(
            ActorKind actorKind,
            String targetType,
            String subject,
            String source,
            int failures,
            long retryAfterSeconds,
            String throttled) {
        metrics.counter("hub.sign.in.throttled", "subject", actorKind.label()).increment();
        QuarkusTransaction.requiringNew()
                .run(() -> record(new AuditEntry(
                        subject,
                        actorKind,
                        null,
                        "sign-in.throttled",
                        targetType,
                        subject,
                        null,
                        null,
                        Map.of(
                                "source",
                                source,
                                "failures",
                                failures,
                                "retryAfterSeconds",
                                retryAfterSeconds,
                                "subject",
                                throttled))));
    }

    /** Appends one event to the chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry) {
        append(entry, null);
    }

    /** Appends the event that seals the pull log up to {@code upTo} (see {@link PullSeals}). */
    @Transactional(Transactional.TxType.MANDATORY)
    void seal(AuditEntry entry, long upTo) {
        append(entry, upTo);
    }

    private void append(AuditEntry entry, Long pullsSealedTo) {
        String details = json(entry.details());
        String source = AuditSources.of(request);
        Instant at = clock.instant();
        audit.append(
                head -> {
                    AuditEvent event = new AuditEvent(
                            head.lastId() + 1,
                            at,
                            entry.actor(),
                            entry.actorKind().label(),
                            entry.organizationId(),
                            entry.action(),
                            entry.targetType(),
                            entry.targetId(),
                            entry.advisoryId(),
                            entry.partnerId(),
                            details,
                            source,
                            head.lastHash(),
                            null);
                    return event.withHash(AuditHash.of(event));
                },
                pullsSealedTo);
    }

    /**
     * Recomputes every hash in order, from the first event, and reports the first event that does not fit its
     * predecessor.
     */
    @Transactional
    public AuditVerification verify() {
        return verify(null);
    }

    /** The same after a checkpoint (from the start when null), and the pull-log seals after it. */
    @Transactional
    public AuditVerification verify(Checkpoint from) {
        ChainCheck check = from == null ? new ChainCheck(0, GENESIS) : new ChainCheck(from.eventId(), from.hash());
        if (from != null) {
            AuditEvent anchor = audit.find(from.eventId())
                    .orElseThrow(() -> ValidationFailedException.of("after", "is not an event of the audit chain"));
            if (!anchor.hash().equals(from.hash()) || !AuditHash.of(anchor).equals(anchor.hash())) {
                return AuditVerification.ofChain(
                        false, 0, anchor.id(), "the event no longer has the checkpoint's hash", from.eventId());
            }
        }
        audit.streamInOrder(check.from, check::accept);
        AuditVerification chain = check.result(audit.head());
        if (!chain.valid()) {
            return chain;
        }
        PullSeals.Check pulls = seals.verify(check.from);
        return new AuditVerification(
                pulls.brokenEventId() == null,
                chain.eventsChecked(),
                pulls.brokenEventId(),
                pulls.reason(),
                pulls.sealed(),
                pulls.unsealed(),
                chain.fromEventId(),
                pulls.brokenEventId() == null ? chain.lastEventId() : null,
                pulls.brokenEventId() == null ? chain.lastHash() : null);
    }

    /** Walks the events in order from a trusted point, remembering the first that breaks the chain. */
    private static final class ChainCheck {
        private final long from;
        private long checked;
        private String previous;
        private AuditVerification broken;

        ChainCheck(long from, String previous) {
            this.from = from;
            this.previous = previous;
        }

        void accept(AuditEvent e) {
            if (broken != null) {
                return;
            }
            long expectedId = from + checked + 1;
            String problem = e.id() != expectedId
                    ? "event " + expectedId + " is missing"
                    : !e.previousHash().equals(previous)
                            ? "does not point at the previous event's hash"
                            : !AuditHash.of(e).equals(e.hash()) ? "its content does not match its hash" : null;
            if (problem != null) {
                broken = AuditVerification.ofChain(
                        false, checked, e.id() != expectedId ? expectedId : e.id(), problem, fromId());
                return;
            }
            previous = e.hash();
            checked++;
        }

        AuditVerification result(AuditRepository.ChainHead head) {
            if (broken != null) {
                return broken;
            }
            if (head.lastId() != from + checked || !head.lastHash().equals(previous)) {
                return AuditVerification.ofChain(
                        false, checked, from + checked + 1, "events at the end of the chain are missing", fromId());
            }
            return new AuditVerification(true, checked, null, null, null, null, fromId(), from + checked, previous);
        }

        private Long fromId() {
            return from == 0 ? null : from;
        }
    }

    /** Pull records matching the filters, newest first, keyset-paged by id. */
    @Transactional
    public Page<PullRecord> searchPulls(PullFilter filter) {
        return Keyset.page(filter.limit(), n -> pulls.search(filter.reading(n)), r -> Cursor.after(r.id()), r -> r);
    }

    /** Events matching the filters, newest first, keyset-paged by id. */
    @Transactional
    public Page<AuditEvent> search(AuditFilter filter) {
        return Keyset.page(filter.limit(), n -> audit.search(filter.reading(n)), e -> Cursor.after(e.id()), e -> e);
    }

    private static String json(java.util.Map<String, Object> details) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
