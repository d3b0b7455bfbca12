package org.advisoryhub.console;

import java.time.ZoneId;
import java.util.Set;

/**
 * What every page needs: who is signed in, what they may do, the CSRF token for forms, the language, the time zone
 * times are shown in, and this page's address (URL-encoded) for the language switch to come back to.
 */
public record ConsoleView(
        String username, String organizationId, Set<String> roles, String csrf, String lang, ZoneId zone, String back) {

    public boolean signedIn() {
        return username != null;
    }

    public boolean drafter() {
        return roles.contains("drafter");
    }

    public boolean reviewer() {
        return roles.contains("reviewer");
    }

    public boolean publisher() {
        return roles.contains("publisher");
    }

    public boolean admin() {
        return roles.contains("admin");
    }
}
