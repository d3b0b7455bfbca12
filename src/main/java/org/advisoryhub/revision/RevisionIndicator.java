package org.advisoryhub.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.advisoryhub.indicator.IndicatorValues;
import org.hibernate.annotations.Immutable;

/** An indicator as frozen in one revision; written only by the snapshot statement. */
@Entity
@Immutable
@IdClass(RevisionIndicator.Key.class)
@Table(name = "revision_indicator")
public class RevisionIndicator {

    /** Composite primary key. */
    public record Key(UUID revisionId, UUID key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "revision_id")
    private UUID revisionId;

    @Id
    @Column(name = "indicator_key")
    private UUID key;

    @Embedded
    private IndicatorValues values;

    protected RevisionIndicator() {}

    public UUID key() {
        return key;
    }

    public IndicatorValues values() {
        return values;
    }
}
