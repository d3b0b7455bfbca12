package org.advisoryhub.webhook.dto;

import java.util.List;

/**
 * Register a webhook: the https URL, the collections (ids or aliases, granted to the key) whose advisories to
 * follow, the events (all when empty) and the signing secret (generated and shown once when absent).
 */
public record SubscriptionRequest(String url, List<String> collections, List<String> events, String secret) {}
