package org.advisoryhub.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The TAXII 2.1 error resource (§3.6.1); {@code http_status} is a string equal to the HTTP status. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TaxiiError(
        String title,
        String description,
        @JsonProperty("error_id") String errorId,
        @JsonProperty("http_status") String httpStatus,
        Map<String, List<Violation>> details) {

    public static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
}
