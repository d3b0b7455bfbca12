package org.advisoryhub.common.error;

/** The client edited an outdated version (If-Match or the version field did not match). */
public class VersionMismatchException extends HubException {

    private final long currentVersion;

    public VersionMismatchException(long expected, long currentVersion) {
        super("The advisory was changed by someone else: you sent version " + expected
                + " but the current version is " + currentVersion + ". Reload it and apply your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public String title() {
        return "Version mismatch";
    }
}
