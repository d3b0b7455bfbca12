package org.advisoryhub.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One indicator in an advisory's working set. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    private UUID id;

    @Column(name = "advisory_id", nullable = false)
    private UUID advisoryId;

    @Column(name = "indicator_key", nullable = false)
    private UUID key;

    @Embedded
    private IndicatorValues values;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Indicator() {}

    public Indicator(UUID advisoryId, UUID key, NormalizedIndicator n, Instant now) {
        this.id = UUID.randomUUID();
        this.advisoryId = advisoryId;
        this.createdAt = now;
        replace(key, n, now);
    }

    /** Replaces every field (an edit through PUT). */
    public final void replace(UUID newKey, NormalizedIndicator n, Instant now) {
        key = newKey;
        values = IndicatorValues.of(n).keeping(values);
        updatedAt = now;
    }

    /** A duplicate was added: keep what we have and fill only the fields still empty. */
    public void mergeFrom(NormalizedIndicator n, Instant now) {
        if (values.fillFrom(n)) {
            updatedAt = now;
        }
    }

    /** Records where the indicator came from (intake), unless it already has a source of record. */
    public void cite(org.advisoryhub.indicator.dto.Provenance source, Instant now) {
        if (values.cite(source)) {
            updatedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID advisoryId() {
        return advisoryId;
    }

    public UUID key() {
        return key;
    }

    public IndicatorValues values() {
        return values;
    }

    public Instant validFrom() {
        return values.validFrom();
    }
}
