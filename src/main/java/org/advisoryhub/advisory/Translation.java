package org.advisoryhub.advisory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The advisory's text in another language (keyed by BCP 47 tag, e.g. {@code ko}). */
public record Translation(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 10_000) String summary,
        @Size(max = 200_000) String body) {}
