package org.advisoryhub.common.security;

import java.util.Set;

/**
 * Who is acting: user name, organization, roles and kind. Services take this instead of a security API. Signed-in
 * officials are {@link ActorKind#OFFICIAL}; the hub acting on its own (bootstrap, the importer) is
 * {@link ActorKind#SYSTEM}, also when it acts with an organization's roles.
 */
public record Actor(String username, String organizationId, Set<String> roles, ActorKind kind) {

    /** The hub itself (bootstrap, imports of reference data). */
    public static final Actor SYSTEM = system("system", null, Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** A signed-in official. */
    public Actor(String username, String organizationId, Set<String> roles) {
        this(username, organizationId, roles, ActorKind.OFFICIAL);
    }

    /** The hub acting on its own, under a name that says which part of it (e.g. the advisories importer). */
    public static Actor system(String username, String organizationId, Set<String> roles) {
        return new Actor(username, organizationId, roles, ActorKind.SYSTEM);
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
