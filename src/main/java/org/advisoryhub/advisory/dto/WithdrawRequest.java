package org.advisoryhub.advisory.dto;

/** Withdrawing needs a reason partners can read; AdvisoryService checks it for every path (API and console). */
public record WithdrawRequest(String reason) {}
