package org.advisoryhub.advisory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Withdrawing needs a reason partners can read. */
public record WithdrawRequest(@NotBlank @Size(max = 2000) String reason) {}
