package org.advisoryhub.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One bundle taken into an advisory: where it came from and what each indicator it gave came from. */
@Entity
@Table(name = "advisory_intake")
public class IntakeRecord {

    /** The provenance of one indicator the bundle gave. */
    public record Item(
            UUID indicatorId,
            String kind,
            String normalized,
            String objectId,
            String createdBy,
            List<org.advisoryhub.indicator.dto.Provenance.SourceReference> references) {}

    @Id
    private UUID id;

    @Column(name = "advisory_id", nullable = false)
    private UUID advisoryId;

    @Column(name = "bundle_id")
    private String bundleId;

    @Column(name = "report_id")
    private String reportId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> creators;

    @Column(name = "object_count", nullable = false)
    private int objectCount;

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Item> items;

    protected IntakeRecord() {}

    IntakeRecord(
            UUID advisoryId,
            String bundleId,
            String reportId,
            List<String> creators,
            int objectCount,
            String receivedBy,
            Instant receivedAt,
            List<Item> items) {
        this.id = UUID.randomUUID();
        this.advisoryId = advisoryId;
        this.bundleId = bundleId;
        this.reportId = reportId;
        this.creators = List.copyOf(creators);
        this.objectCount = objectCount;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.items = List.copyOf(items);
    }

    public UUID id() {
        return id;
    }

    public String bundleId() {
        return bundleId;
    }

    public String reportId() {
        return reportId;
    }

    public List<String> creators() {
        return creators;
    }

    public int objectCount() {
        return objectCount;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<Item> items() {
        return items;
    }
}
