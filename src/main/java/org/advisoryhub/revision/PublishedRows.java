package org.advisoryhub.revision;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKind;

/** The rows other features read of published revisions (feeds, MISP, screening), through {@link PublishedRevisions}. */
public final class PublishedRows {

    private PublishedRows() {}

    /** An active indicator of an advisory's latest published revision, as a flat feed lists it. */
    public record FeedIndicator(
            String value,
            String kind,
            String chain,
            String asset,
            String advisory,
            int revision,
            String tlp,
            Instant validFrom,
            Instant validUntil,
            String sourceUrl,
            String platform) {}

    /** An advisory's latest published revision: its content (JSON) and when the advisory last changed. */
    public record Event(
            String publicId,
            int revision,
            String content,
            Instant publishedAt,
            Instant withdrawnAt,
            String ownerId,
            String ownerName) {

        /** The same row with the owning organization's name (organizations are read through their own feature). */
        public Event named(String name) {
            return new Event(publicId, revision, content, publishedAt, withdrawnAt, ownerId, name);
        }

        public Instant changedAt() {
            return withdrawnAt != null && withdrawnAt.isAfter(publishedAt) ? withdrawnAt : publishedAt;
        }
    }

    /** An indicator of an event; {@code removed} when an earlier revision had it and the latest has not. */
    public record EventIndicator(
            String key,
            IndicatorKind kind,
            String value,
            String chain,
            String chainName,
            String asset,
            String hashAlgorithm,
            String fileName,
            String platform,
            Instant validFrom,
            Instant validUntil,
            String description,
            String sourceUrl,
            boolean removed) {}

    /** An indicator value with the advisory that publishes it. */
    public record Value(String publicId, String value) {}

    /** A published advisory's state and the audience of its latest published revision. */
    public record Head(
            UUID id, String publicId, String title, Tlp tlp, Set<String> recipients, boolean withdrawn, int revision) {}

    /**
     * One version of one indicator: published from {@code firstRevision} through {@code lastRevision}, or through the
     * latest revision while {@code lastRevision} is null.
     */
    public record IndicatorSpan(
            UUID advisory,
            UUID key,
            int firstRevision,
            Integer lastRevision,
            IndicatorKind kind,
            String value,
            String normalized,
            Chain chain,
            String chainName,
            String asset,
            String platform,
            Instant validUntil,
            List<String> aliases) {}
}
