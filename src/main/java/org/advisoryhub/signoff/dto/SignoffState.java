package org.advisoryhub.signoff.dto;

import java.time.Instant;
import java.util.List;

/**
 * Where the joint sign-off of the version under review stands: which co-authoring organizations must approve,
 * which did (who, when) and which are still missing.
 */
public record SignoffState(
        String advisoryId,
        String status,
        long version,
        List<String> required,
        List<Approval> approvals,
        List<String> missing,
        boolean complete) {

    /** One organization's approval of this version. */
    public record Approval(String organizationId, String approvedBy, Instant approvedAt) {}
}
