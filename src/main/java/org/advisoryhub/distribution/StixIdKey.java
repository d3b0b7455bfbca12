package org.advisoryhub.distribution;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import org.advisoryhub.stix.StixIds;

/**
 * Loads the installation's STIX id key at start, making it on the very first start: every instance sharing the
 * database reads the same key, so all of them give an object the same id. Runs before the advisories are imported.
 */
@ApplicationScoped
public class StixIdKey {

    private final StixIdKeyRepository keys;

    public StixIdKey(StixIdKeyRepository keys) {
        this.keys = keys;
    }

    @Transactional
    void onStart(@Observes @Priority(5) StartupEvent event) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        StixIds.useKey(keys.keyOrStore(fresh));
    }
}
