package org.advisoryhub.screening.dto;

import java.time.Instant;
import java.util.List;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKind;

/**
 * One indicator a screened value matched: its STIX id (for sightings), what it is, whether it is still in force,
 * and the advisory with the published revisions that carried it.
 */
public record ScreenHit(
        String indicator,
        IndicatorKind kind,
        String value,
        Chain chain,
        String chainName,
        String asset,
        String platform,
        boolean active,
        Instant validUntil,
        String advisory,
        String title,
        Tlp tlp,
        boolean withdrawn,
        int latestRevision,
        List<Integer> revisions) {}
