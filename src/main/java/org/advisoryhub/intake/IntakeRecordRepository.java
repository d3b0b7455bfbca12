package org.advisoryhub.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IntakeRecordRepository implements PanacheRepositoryBase<IntakeRecord, UUID> {

    /** The bundles taken into an advisory, oldest first. */
    public List<IntakeRecord> listFor(UUID advisoryId) {
        return list("advisoryId", Sort.by("receivedAt").and("id"), advisoryId);
    }
}
