package org.advisoryhub.console;

import java.util.Set;

/** What every page needs: who is signed in, what they may do, the CSRF token for forms and the language. */
public record ConsoleView(String username, String organizationId, Set<String> roles, String csrf, String lang) {

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
