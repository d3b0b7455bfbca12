package org.advisoryhub.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.advisoryhub.advisory.AdvisoryContent;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An immutable, numbered snapshot of an advisory taken when it was published. */
@Entity
@Immutable
@Table(name = "advisory_revision")
public class AdvisoryRevision {

    @Id
    private UUID id;

    @Column(name = "advisory_id", nullable = false)
    private UUID advisoryId;

    @Column(nullable = false)
    private int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private AdvisoryContent content;

    @Column(name = "change_note", nullable = false)
    private String changeNote;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_org", nullable = false)
    private String publishedOrg;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "indicator_count", nullable = false)
    private int indicatorCount;

    /** The content's level and recipients as columns, for the visibility rule in SQL ({@code Visibility}). */
    @Column(name = "tlp_rank", nullable = false)
    private short tlpRank;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] recipients;

    /** The date this revision is vouched for until; indicators without their own end are valid until then. */
    @Column(name = "review_by", nullable = false)
    private Instant reviewBy;

    protected AdvisoryRevision() {}

    AdvisoryRevision(
            UUID advisoryId,
            int number,
            AdvisoryContent content,
            String changeNote,
            String publishedBy,
            String publishedOrg,
            Instant publishedAt,
            Instant reviewBy,
            int indicatorCount) {
        this.id = UUID.randomUUID();
        this.advisoryId = advisoryId;
        this.number = number;
        this.content = content;
        this.tlpRank = (short) content.tlp().rank();
        this.recipients = content.recipients().toArray(String[]::new);
        this.changeNote = changeNote;
        this.publishedBy = publishedBy;
        this.publishedOrg = publishedOrg;
        this.publishedAt = publishedAt;
        this.reviewBy = reviewBy;
        this.indicatorCount = indicatorCount;
    }

    public UUID id() {
        return id;
    }

    public UUID advisoryId() {
        return advisoryId;
    }

    public int number() {
        return number;
    }

    public AdvisoryContent content() {
        return content;
    }

    public String changeNote() {
        return changeNote;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String publishedOrg() {
        return publishedOrg;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant reviewBy() {
        return reviewBy;
    }

    public int indicatorCount() {
        return indicatorCount;
    }
}
