package org.advisoryhub.advisory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Publishing freezes a revision; the change note says what it brings ("Initial publication", "Adds 33 addresses"). */
public record PublishRequest(@NotBlank @Size(max = 2000) String changeNote) {}
