package org.advisoryhub.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/** An advisories-as-code file, as described by {@code schemas/advisory.schema.json}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AdvisoryFile(
        String id,
        String title,
        String tlp,
        List<String> coauthors,
        String summary,
        String body,
        List<Actor> threatActors,
        List<String> techniques,
        List<Ref> references,
        Map<String, Text> translations,
        List<String> recipients,
        String reviewBy,
        String status,
        String withdrawalReason,
        List<Revision> revisions) {

    public boolean withdrawn() {
        return "withdrawn".equals(status);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    /** An actor picked from the catalog ({@code threat-actors.yaml} and {@code /api/v1/threat-actors}). */
    public record Actor(String name, String mitreId) {}

    public record Ref(String url, String title, String source) {}

    public record Text(String title, String summary, String body) {}

    /** One published revision: indicators added and removed relative to the revision before it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Revision(
            String published, String changeNote, IndicatorFields defaults, List<JsonNode> add, List<JsonNode> remove) {}

    /** An indicator written as an object (a plain string is just its value). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record IndicatorFields(
            String kind,
            String value,
            String chain,
            String chainName,
            String asset,
            String hashAlgorithm,
            String fileName,
            String platform,
            String validFrom,
            String validUntil,
            Integer confidence,
            String description,
            String sourceName,
            String sourceUrl,
            Persona persona) {}

    /** A person or persona's other names, and the accounts it uses (values of the advisory's other indicators). */
    public record Persona(List<String> aliases, List<String> accounts) {}
}
