package org.advisoryhub.common.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who acts: an official (signed in), a partner (an API key) or the hub itself (bootstrap, imports of files). */
public enum ActorKind {
    OFFICIAL,
    PARTNER,
    SYSTEM;

    /** The name in the audit trail ({@code official}, {@code partner}, {@code system}). */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
