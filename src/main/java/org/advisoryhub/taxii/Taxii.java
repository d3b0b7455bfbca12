package org.advisoryhub.taxii;

import java.time.Instant;
import org.advisoryhub.common.time.Timestamps;

/** TAXII 2.1 constants: the media type (§1.6.8) and timestamps with exactly microsecond precision (§2). */
public final class Taxii {

    public static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
    public static final String STIX_MEDIA_TYPE = "application/stix+json;version=2.1";
    public static final String ROOT = "/taxii2";
    public static final String API_ROOT = "/taxii2/api";
    public static final String DATE_ADDED_FIRST = "X-TAXII-Date-Added-First";
    public static final String DATE_ADDED_LAST = "X-TAXII-Date-Added-Last";

    private Taxii() {}

    public static String timestamp(Instant instant) {
        return Timestamps.micros(instant);
    }
}
