package org.advisoryhub.advisory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Traffic Light Protocol 2.0. Each level has an explicit rank, from least (CLEAR, 0) to most restricted (RED, 4);
 * the rank, never the declaration order, is what is compared and what the database stores ({@code tlp_rank}).
 */
public enum Tlp {
    CLEAR("CLEAR", 0),
    GREEN("GREEN", 1),
    AMBER("AMBER", 2),
    AMBER_STRICT("AMBER+STRICT", 3),
    RED("RED", 4);

    private final String label;
    private final int rank;

    Tlp(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** How restricted the level is; stored in the database. */
    public int rank() {
        return rank;
    }

    /** The level of a stored rank. */
    public static Tlp ofRank(int rank) {
        for (Tlp tlp : values()) {
            if (tlp.rank == rank) {
                return tlp;
            }
        }
        throw new IllegalArgumentException("no TLP level has rank " + rank);
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
        return rank <= ceiling.rank;
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
        throw new IllegalArgumentException(
                "'" + text + "' is not a TLP 2.0 level (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)");
    }
}
