package org.advisoryhub.indicator;

import java.util.UUID;
import org.advisoryhub.common.ids.Uuid5;

/**
 * Stable indicator keys: a name-based UUID of the advisory's public id and the indicator's dedupe key, so the
 * same indicator keeps the same key in every revision and on every fresh import.
 */
public final class IndicatorKeys {

    private static final UUID NAMESPACE = UUID.fromString("0b4a3a7e-6d6c-4f0e-9b53-2f1c6f1d8a11");

    private IndicatorKeys() {}

    public static UUID of(String advisoryPublicId, String dedupeKey) {
        return Uuid5.of(NAMESPACE, advisoryPublicId + "|" + dedupeKey);
    }
}
