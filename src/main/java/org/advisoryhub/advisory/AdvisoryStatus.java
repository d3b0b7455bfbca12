package org.advisoryhub.advisory;

/**
 * Status of an advisory's working copy. After an amendment starts, the advisory is DRAFT again while its
 * last published revision stays public ({@code publishedRevision > 0}).
 */
public enum AdvisoryStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    WITHDRAWN
}
