package org.advisoryhub.common.error;

/** The client edited an outdated version (If-Match or the version field did not match). */
public class VersionMismatchException extends HubException {

    private final long currentVersion;

    public VersionMismatchException(long expected, long currentVersion) {
        this(
                "The advisory was changed by someone else: you sent version " + expected
                        + " but the current version is " + currentVersion + ". Reload it and apply your change again.",
                currentVersion);
    }

    private VersionMismatchException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    /** If-Match compares strongly (RFC 9110 §13.1.1): a weak tag matches no version. */
    public static VersionMismatchException weakTag(long currentVersion) {
        return new VersionMismatchException(
                "If-Match needs a strong ETag; a weak one (W/) never matches. The current" + " version's ETag is \""
                        + currentVersion + "\".",
                currentVersion);
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public String title() {
        return "Version mismatch";
    }
}
