package org.advisoryhub.distribution.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The TAXII status resource (§4.3.1) of one POST: all-or-nothing per object, complete when answered. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SubmissionStatus(
        String id,
        String status,
        @JsonProperty("request_timestamp") String requestTimestamp,
        @JsonProperty("total_count") int totalCount,
        @JsonProperty("success_count") int successCount,
        @JsonProperty("failure_count") int failureCount,
        @JsonProperty("pending_count") int pendingCount,
        List<Detail> successes,
        List<Detail> failures) {

    /** status-details: the object id, its version and, for failures, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String id, String version, String message) {}
}
