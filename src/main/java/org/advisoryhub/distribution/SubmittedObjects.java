package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Objects partners submitted (TAXII POST or a sighting report) as the distribution table holds them: the latest,
 * unrevoked version of each. Other features read them here, never from the table itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubmittedObjects {

    /** One submitted object: its id, the submitting organization, the STIX body as received, when it was added. */
    public record Stored(String stixId, String submittedBy, String body, Instant dateAdded) {}

    private final SubmittedObjectRepository repository;

    public SubmittedObjects(SubmittedObjectRepository repository) {
        this.repository = repository;
    }

    /** The newest submitted objects of one type, at most {@code limit}. */
    public List<Stored> newest(String type, int limit) {
        return repository.newest(type, limit);
    }

    /** Of these ids, the objects one organization submitted. */
    public List<Stored> byIds(String organizationId, Collection<String> ids) {
        return ids.isEmpty() ? List.of() : repository.byIds(organizationId, ids);
    }
}
