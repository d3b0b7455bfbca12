package org.advisoryhub.advisory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.advisoryhub.common.security.Actor;

/**
 * What the advisory lifecycle asks of the features built on advisories. Each is implemented by its feature
 * (sign-off, revisions, indicators), so those depend on {@code advisory} and {@code advisory} depends on none of them:
 * no package cycle, and publishing still runs as one transaction.
 */
public final class PublicationPorts {

    private PublicationPorts() {}

    /** Joint sign-off ({@code signoff}). */
    public interface SignoffGate {
        /** Refuses to publish while a co-author's approval of this exact version is missing. */
        void requireReadyToPublish(Advisory advisory);

        /** Records a change request on the revision in progress. */
        void requestChanges(Advisory advisory, String comment, Actor actor);
    }

    /** Published revisions ({@code revision}). */
    public interface RevisionLedger {
        /** Freezes the advisory's content and indicator set as its next revision, in the publishing transaction. */
        Frozen freeze(Advisory advisory, String changeNote, Actor actor, Instant at);

        /** The newest published revision, if any. */
        Optional<Frozen> latest(Advisory advisory);
    }

    /** The working indicator set ({@code indicator}). */
    public interface IndicatorCounts {
        long countFor(UUID advisoryId);
    }

    /**
     * What changed in the working indicator set ({@code indicator}), kept on every path that writes it and read
     * through the {@code changed_indicator} view.
     */
    public interface IndicatorChanges {
        /** Starts afresh once a revision has taken the changes in. */
        void forget(UUID advisoryId);
    }

    /** Search by indicator value ({@code indicator}): the normalized forms a typed value may be stored as. */
    public interface IndicatorMatcher {
        List<String> candidates(String value);
    }

    /**
     * Published revisions as access checks and advisory search read them ({@code revision}). Search runs as one
     * keyset-paged query over advisories {@code a}, so the owner of the revision tables supplies its conditions as
     * SQL, with named parameters.
     */
    public interface PublishedRevisionLookup {
        /** The level and recipients of the advisory's latest published revision, if it has one. */
        Optional<Audience> audience(UUID advisoryId);

        /** Some published revision of {@code a} has one of the normalized {@code :values}. */
        String anyRevisionHasValue();

        /**
         * {@code a} has a published revision that {@code :org} may read and that matches the query; the query's
         * parameters are added to {@code params}.
         */
        String latestPublishedMatches(AdvisoryQuery query, Map<String, Object> params);
    }

    /** The working indicator sets as advisory search reads them ({@code indicator}). */
    public interface IndicatorConditions {
        /** The working set of {@code a} has one of the normalized {@code :values}. */
        String workingSetHasValue();
    }

    /** Who a published revision is for: its TLP level and named recipients. */
    public record Audience(Tlp tlp, List<String> recipients) {}

    /** A frozen revision as the lifecycle needs it. */
    public record Frozen(int number, int indicatorCount, AdvisoryContent content) {}
}
