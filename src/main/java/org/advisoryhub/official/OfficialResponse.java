package org.advisoryhub.official;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A local account as shown to admins; never includes the password hash. */
public record OfficialResponse(String username, String displayName, Set<String> roles, String organizationId,
        boolean enabled, Instant createdAt) {

    static OfficialResponse of(Official o) {
        return new OfficialResponse(o.username(), o.displayName(), new TreeSet<>(o.roles()), o.organizationId(),
                o.enabled(), o.createdAt());
    }
}
