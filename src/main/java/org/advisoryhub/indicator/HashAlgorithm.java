package org.advisoryhub.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** File hash algorithms, named as STIX's hash-algorithm-ov does. */
public enum HashAlgorithm {
    MD5("MD5", 32),
    SHA1("SHA-1", 40),
    SHA256("SHA-256", 64);

    private final String stixName;
    private final int hexLength;

    HashAlgorithm(String stixName, int hexLength) {
        this.stixName = stixName;
        this.hexLength = hexLength;
    }

    @JsonValue
    public String stixName() {
        return stixName;
    }

    public int hexLength() {
        return hexLength;
    }

    public static HashAlgorithm ofLength(int hexLength) {
        for (HashAlgorithm a : values()) {
            if (a.hexLength == hexLength) {
                return a;
            }
        }
        return null;
    }

    @JsonCreator
    public static HashAlgorithm parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (HashAlgorithm a : values()) {
            if (a.name().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown hash algorithm '" + text + "' (MD5, SHA-1 or SHA-256)");
    }
}
