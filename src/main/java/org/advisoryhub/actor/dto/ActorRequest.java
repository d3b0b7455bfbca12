package org.advisoryhub.actor.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What officials say of a catalog actor. */
public record ActorRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,

        @Pattern(regexp = "G\\d{4}", message = "must be a MITRE ATT&CK group id such as G0032")
        String mitreId,

        @Size(max = 200) String attributedTo,
        @Size(max = 10_000) String description) {

    public ActorRequest {
        aliases = aliases == null
                ? List.of()
                : aliases.stream().map(String::strip).distinct().toList();
        attributedTo = attributedTo == null || attributedTo.isBlank() ? null : attributedTo.strip();
        description = description == null || description.isBlank() ? null : description;
        mitreId = mitreId == null || mitreId.isBlank() ? null : mitreId.strip();
    }
}
