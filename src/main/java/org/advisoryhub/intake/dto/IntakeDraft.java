package org.advisoryhub.intake.dto;

import java.util.List;
import org.advisoryhub.advisory.Reference;

/**
 * What the draft takes from the bundle: the report's title and first paragraph, the level of its markings (AMBER when
 * the bundle states none: {@code tlpStated} false), the threat actors found in the hub's catalog (and the names that
 * were not), ATT&CK techniques, and the report's links as references.
 */
public record IntakeDraft(
        String reportId,
        String title,
        String summary,
        String tlp,
        boolean tlpStated,
        List<String> threatActors,
        List<String> unknownActors,
        List<String> techniques,
        List<Reference> references) {}
