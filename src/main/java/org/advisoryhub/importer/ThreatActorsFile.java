package org.advisoryhub.importer;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** {@code advisories/threat-actors.yaml}, as described by {@code schemas/threat-actors.schema.json}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ThreatActorsFile(List<Entry> threatActors) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(String name, String mitreId, List<String> aliases, String attributedTo, String description) {}
}
