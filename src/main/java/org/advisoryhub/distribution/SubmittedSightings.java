package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Partners' sightings as the distribution table holds them (the latest, unrevoked version of each one a partner
 * submitted): the sighting feature reads them here, never from the table itself.
 */
@ApplicationScoped
public class SubmittedSightings {

    /** One stored sighting: its id, the submitting organization, the STIX body as received, when it was added. */
    public record Stored(String stixId, String submittedBy, String body, Instant dateAdded) {}

    private final SubmittedSightingRepository repository;

    public SubmittedSightings(SubmittedSightingRepository repository) {
        this.repository = repository;
    }

    /** Every sighting of any of these indicators. */
    public List<Stored> of(Collection<String> indicatorIds) {
        return repository.of(indicatorIds);
    }

    /** Sightings of these indicators added before {@code before} (null: any), newest first. */
    public List<Stored> of(Collection<String> indicatorIds, Instant before, int limit) {
        return repository.of(indicatorIds, before, limit);
    }

    /** Whether this sighting is one of these indicators'. */
    public boolean isOf(Collection<String> indicatorIds, String stixId) {
        return repository.isOf(indicatorIds, stixId);
    }

    /** One organization's sightings added before {@code before} (null: any), newest first. */
    public List<Stored> by(String organizationId, Instant before, int limit) {
        return repository.by(organizationId, before, limit);
    }

    /** One of the organization's sightings. */
    public Optional<Stored> one(String organizationId, String stixId) {
        return repository.one(organizationId, stixId);
    }
}
