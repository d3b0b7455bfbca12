package org.advisoryhub.intake.dto;

import java.util.List;
import java.util.Map;

/**
 * The answer to an intake: what was read from the bundle and what was (or, on a dry run, would be) done with it.
 * {@code advisory} is the draft created or added to (null on a dry run without {@code into}).
 */
public record IntakeReport(
        boolean dryRun,
        String advisory,
        String bundleId,
        int objects,
        Map<String, Integer> objectTypes,
        List<String> creators,
        IntakeDraft draft,
        int added,
        int merged,
        int duplicates,
        int invalid,
        int alreadyPublished,
        List<IntakeItem> indicators,
        List<IntakeSkipped> skipped) {}
