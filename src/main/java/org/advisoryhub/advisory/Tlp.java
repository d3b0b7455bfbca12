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

    public boolean atMost(Tlp ceiling) {
        return compareTo(ceiling) <= 0;
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
