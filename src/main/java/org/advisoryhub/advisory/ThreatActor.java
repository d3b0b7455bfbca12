package org.advisoryhub.advisory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A threat actor an advisory concerns: an entry of the shared catalog ({@code id}), with a snapshot of its name,
 * aliases, MITRE ATT&CK group id (G0032) and the state it is attributed to as they were when the advisory was saved.
 * On input an actor is picked from the catalog by {@code id}, ATT&CK id, name or alias; the rest is filled in.
 */
public record ThreatActor(
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String name,

        List<@NotBlank @Size(max = 200) String> aliases,

        @Pattern(regexp = "G\\d{4}", message = "must be a MITRE ATT&CK group id such as G0032")
        String mitreId,

        @Size(max = 200) String attributedTo,
        UUID id) {

    public ThreatActor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A pick from the catalog by name or ATT&CK id, not yet resolved. */
    public static ThreatActor named(String name, String mitreId) {
        return new ThreatActor(name, List.of(), mitreId, null, null);
    }
}
