package org.advisoryhub.official.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Create or update a local account. A blank password keeps the current one on update. */
public record OfficialRequest(
        @NotBlank
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,99}", message = "must be lower-case letters, digits, '.', '_' or '-'")
        String username,

        @NotBlank @Size(max = 200) String displayName,

        @Size(min = 12, max = 200, message = "must be 12 to 200 characters")
        String password,

        @NotEmpty
        Set<
                        @Pattern(
                                regexp = "drafter|reviewer|publisher|admin",
                                message = "must be drafter, reviewer, publisher or admin")
                        String>
                roles,

        @NotBlank String organizationId,
        Boolean enabled) {}
