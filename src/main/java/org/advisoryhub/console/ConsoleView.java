package org.advisoryhub.console;

import java.time.ZoneId;
import java.util.Set;

/**
 * What every page needs: who is signed in, what they may do, the CSRF token for forms, the language and the time zone
 * times are shown in.
 */
public record ConsoleView(
        String username, String organizationId, Set<String> roles, String csrf, String lang, ZoneId zone) {

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
