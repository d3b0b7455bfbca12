package org.advisoryhub.common.security;

import java.util.Set;

/** Role names, the same whether the identity comes from a local account or from Keycloak. */
public final class Roles {

    public static final String DRAFTER = "drafter";
    public static final String REVIEWER = "reviewer";
    public static final String PUBLISHER = "publisher";
    public static final String ADMIN = "admin";
    /** A partner organization's machine client, authenticated with an API key (TAXII and partner APIs). */
    public static final String PARTNER = "partner";

    public static final Set<String> ALL = Set.of(DRAFTER, REVIEWER, PUBLISHER, ADMIN);

    /** Security identity attribute that carries the official's organization id. */
    public static final String ORGANIZATION_ATTRIBUTE = "hub.organization";

    /** Security identity attribute that carries the official's user name when the principal name says more. */
    public static final String USERNAME_ATTRIBUTE = "hub.username";

    /** Security identity attribute that carries the grants of the API key used. */
    public static final String API_KEY_ATTRIBUTE = "hub.api-key";

    private Roles() {}
}
