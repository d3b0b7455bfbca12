package org.advisoryhub.advisory;

/**
 * Fired inside the transaction that published a revision of, or withdrew, an advisory; observers that
 * distribute it commit or roll back together with the publication.
 */
public record AdvisoryPublished(Advisory advisory) {}
