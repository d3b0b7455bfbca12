package org.advisoryhub.common.security;

import java.util.Set;

/** Who is acting: user name, organization and roles. Services take this instead of a security API. */
public record Actor(String username, String organizationId, Set<String> roles) {

    /** The hub itself (bootstrap, imports of reference data). */
    public static final Actor SYSTEM = new Actor("system", null, Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
