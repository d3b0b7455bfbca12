package org.advisoryhub.advisory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Traffic Light Protocol 2.0, ordered from least to most restricted. */
public enum Tlp {
    CLEAR("CLEAR"),
    GREEN("GREEN"),
    AMBER("AMBER"),
    AMBER_STRICT("AMBER+STRICT"),
    RED("RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** RED and AMBER+STRICT content is addressed to named organizations, so it cannot be published without them. */
    public boolean needsRecipients() {
        return this == RED || this == AMBER_STRICT;
    }

    public boolean atMost(Tlp ceiling) {
        return compareTo(ceiling) <= 0;
    }

    /**
     * Whether an organization reading up to {@code ceiling} may see something marked with this level: RED only
     * when it is a named recipient, AMBER+STRICT with recipients only when it is one of them. The same rule as
     * the distribution queries apply in SQL.
     */
    public boolean readableBy(Tlp ceiling, java.util.Collection<String> recipients, String organizationId) {
        if (ceiling == null || !atMost(ceiling)) {
            return false;
        }
        return switch (this) {
            case RED -> recipients.contains(organizationId);
            case AMBER_STRICT -> recipients.isEmpty() || recipients.contains(organizationId);
            default -> true;
        };
    }

    /** Accepts {@code AMBER+STRICT}, {@code amber_strict}, {@code TLP:AMBER+STRICT} and, from URLs, {@code AMBER STRICT}. */
    @JsonCreator
    public static Tlp parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        if (key.startsWith("TLP:")) {
            key = key.substring(4);
        }
        key = key.replace('+', '_').replace(' ', '_').replace('-', '_');
        if ("WHITE".equals(key)) {
            return CLEAR;
        }
        for (Tlp tlp : values()) {
            if (tlp.name().equals(key)) {
                return tlp;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a TLP 2.0 level (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)");
    }
}
