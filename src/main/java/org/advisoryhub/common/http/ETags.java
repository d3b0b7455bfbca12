package org.advisoryhub.common.http;

import org.advisoryhub.common.error.ValidationFailedException;

/** Versions as HTTP entity tags ({@code "7"}), for every resource edited under optimistic locking. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return String.valueOf(version);
    }

    /** What a weak tag stands for: a version nothing has, so it fails like a stale tag (412). */
    public static final long WEAK = -1;

    /** Whether an If-None-Match header names this (strong) tag: the client's copy is current, a 304 will do. */
    public static boolean noneMatchHas(String ifNoneMatch, String tag) {
        return ifNoneMatch != null && ifNoneMatch.replace("\"", "").trim().equals(tag);
    }

    /**
     * Parses an If-Match header; null when absent or {@code *} (matches any version). If-Match compares strongly
     * (RFC 9110 §13.1.1), so a weak tag matches no version.
     */
    public static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            return WEAK;
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("If-Match", "must be the ETag this API returned, e.g. \"3\"");
        }
    }
}
