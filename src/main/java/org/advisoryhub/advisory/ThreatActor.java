package org.advisoryhub.advisory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A threat actor an advisory concerns, with its MITRE ATT&CK group id when it has one (G0032) and the state
 * or organization it is attributed to ("Democratic People's Republic of Korea").
 */
public record ThreatActor(
        @NotBlank @Size(max = 200) String name,
        List<@NotBlank @Size(max = 200) String> aliases,
        @Pattern(regexp = "G\\d{4}", message = "must be a MITRE ATT&CK group id such as G0032") String mitreId,
        @Size(max = 200) String attributedTo) {

    public ThreatActor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
