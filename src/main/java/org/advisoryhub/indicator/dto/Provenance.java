package org.advisoryhub.indicator.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where an indicator taken in from outside came from: the source STIX object's id, its creator (the identity's name,
 * or its id when the bundle did not include it) and the object's external references, as received.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String objectId, String createdBy, List<SourceReference> references) {

    public Provenance {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** An external reference as STIX 2.1 §2.5 has it: a source name, and a URL, an id or a description. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceReference(String sourceName, String url, String externalId, String description) {}
}
