package org.advisoryhub.stix;

import java.util.UUID;
import org.advisoryhub.common.ids.Uuid5;

/**
 * Deterministic STIX identifiers (STIX 2.1 §2.9): {@code type--UUIDv5} in the hub's own namespace (never the
 * OASIS SCO namespace), over a name that includes the type, so re-exporting a revision yields the same ids and
 * no UUID is shared between types.
 */
public final class StixIds {

    /** The hub's namespace for SDO, SRO and meta-object ids. */
    static final UUID NAMESPACE = UUID.fromString("6d4e8b1c-3b0a-4b8e-9a51-2c7f0e5d9a43");

    private StixIds() {
    }

    /** The identity of an organization (an agency, a working group or a partner), the same wherever it appears. */
    public static String organization(String organizationId) {
        return of("identity", "organization|" + organizationId);
    }

    /** The report of an advisory: the same id in every revision, so revisions are versions of one object. */
    public static String report(String publicId) {
        return of("report", publicId);
    }

    public static String of(String type, String name) {
        return type + "--" + Uuid5.of(NAMESPACE, type + "|" + name);
    }
}
