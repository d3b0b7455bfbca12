package org.advisoryhub.advisory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A source the advisory cites. */
public record Reference(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String url,

        @Size(max = 500) String title,
        @Size(max = 200) String source) {}
