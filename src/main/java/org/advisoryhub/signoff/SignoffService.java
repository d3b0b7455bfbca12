package org.advisoryhub.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryAccess;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.advisory.PublicationPorts;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.error.ConflictException;
import org.advisoryhub.common.error.ForbiddenOperationException;
import org.advisoryhub.common.error.InvalidStateTransitionException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.signoff.dto.CommentResponse;
import org.advisoryhub.signoff.dto.SignoffState;

/**
 * Joint sign-off. A revision is published only when a publisher of every co-authoring organization approved
 * exactly the version under review: any edit moves the version on and so voids earlier approvals. Nobody who
 * changed the revision may approve it.
 */
@ApplicationScoped
@Transactional
public class SignoffService implements PublicationPorts.SignoffGate {

    static final int MAX_COMMENT = 5000;

    private final SignoffRepository signoffs;
    private final AdvisoryAccess access;
    private final AuditService audit;
    private final Clock clock;

    public SignoffService(SignoffRepository signoffs, AdvisoryAccess access, AuditService audit, Clock clock) {
        this.signoffs = signoffs;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Approves the version under review on behalf of the publisher's organization. */
    public SignoffState approve(String publicId, Long expectedVersion, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.PUBLISHER);
        if (advisory.status() != AdvisoryStatus.IN_REVIEW) {
            throw new InvalidStateTransitionException(advisory.status().name(), "approve");
        }
        advisory.checkVersion(expectedVersion);
        if (advisory.isAuthoredBy(actor.username())) {
            throw new ForbiddenOperationException(
                    "You changed this revision, so another publisher must approve it (four eyes)");
        }
        SignoffState before = state(advisory);
        if (!before.missing().contains(actor.organizationId())) {
            throw new ConflictException(actor.organizationId() + " already approved version " + advisory.version());
        }
        signoffs.approve(advisory.id(), advisory.version(), actor.organizationId(), actor.username(), clock.instant());
        audit.official(
                actor, "advisory.approved", "advisory", publicId, publicId, Map.of("version", advisory.version()));
        return state(advisory);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SignoffState state(String publicId, Actor actor) {
        return state(access.requireCoauthorView(publicId, actor, "follow the sign-off"));
    }

    /** Refuses to publish while an approval is missing. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireReadyToPublish(Advisory advisory) {
        advisory.content().requirePublishable(clock.instant());
        SignoffState s = state(advisory);
        if (!s.complete()) {
            throw new ConflictException(
                    "Sign-off of version " + s.version() + " is missing from: " + String.join(", ", s.missing()),
                    advisory.version());
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestChanges(Advisory advisory, String comment, Actor actor) {
        comment(advisory, checked("comment", comment), "changes-requested", actor);
    }

    /** Adds a review comment to the revision in progress. */
    public CommentResponse comment(String publicId, String text, String kind, Actor actor) {
        String checked = checked("text", text);
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER);
        return comment(advisory, checked, kind, actor);
    }

    /** A review comment has words, at most {@value #MAX_COMMENT} characters, whichever path sends it. */
    private static String checked(String field, String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw ValidationFailedException.of(field, "must not be blank");
        }
        if (stripped.length() > MAX_COMMENT) {
            throw ValidationFailedException.of(field, "must be at most " + MAX_COMMENT + " characters");
        }
        return stripped;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CommentResponse comment(Advisory advisory, String text, String kind, Actor actor) {
        Instant now = clock.instant();
        int revision = advisory.publishedRevision() + 1;
        signoffs.comment(advisory.id(), revision, actor.username(), actor.organizationId(), kind, text, now);
        audit.official(
                actor,
                "advisory." + kind,
                "advisory",
                advisory.publicId(),
                advisory.publicId(),
                Map.of("revision", revision));
        return new CommentResponse(actor.username(), actor.organizationId(), revision, kind, text, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommentResponse> comments(String publicId, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "read the review");
        return signoffs.comments(advisory.id());
    }

    private SignoffState state(Advisory advisory) {
        List<SignoffState.Approval> approvals = signoffs.approvals(advisory.id(), advisory.version());
        List<String> required = advisory.content().coauthors();
        List<String> missing = required.stream()
                .filter(org ->
                        approvals.stream().noneMatch(a -> a.organizationId().equals(org)))
                .toList();
        boolean complete = advisory.status() == AdvisoryStatus.IN_REVIEW && missing.isEmpty();
        return new SignoffState(
                advisory.publicId(),
                advisory.status().name(),
                advisory.version(),
                required,
                approvals,
                missing,
                complete);
    }
}
