package org.advisoryhub.partner;

import java.util.Set;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;

/** What an authenticated API key may do; carried on the security identity of the request. */
public record ApiKeyGrant(
        String keyId,
        String organizationId,
        Set<UUID> collections,
        Tlp tlpCeiling,
        boolean canWrite,
        boolean canSubscribe) {

    /** What this key may read through a collection: the lower of the two ceilings. */
    public Tlp ceilingIn(Tlp collectionCeiling) {
        return collectionCeiling.atMost(tlpCeiling) ? collectionCeiling : tlpCeiling;
    }
}
