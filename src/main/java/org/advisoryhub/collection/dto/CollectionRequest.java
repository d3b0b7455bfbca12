package org.advisoryhub.collection.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.advisoryhub.advisory.Tlp;

/**
 * Create or change a collection; {@code objectTypes} empty means every STIX type. A collection that
 * {@code acceptsWrites} holds what partners POST (each partner reads back only its own) instead of hub content; one
 * that is {@code addressedOnly} carries exactly what names the reading organization as a recipient, to every key.
 */
public record CollectionRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @NotNull Tlp tlpCeiling,
        List<@Pattern(regexp = "[a-z][a-z0-9-]{1,62}", message = "must be a STIX type such as indicator") String>
                objectTypes,
        Boolean acceptsWrites,
        Boolean addressedOnly) {}
