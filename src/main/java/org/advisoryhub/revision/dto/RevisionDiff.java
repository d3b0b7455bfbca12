package org.advisoryhub.revision.dto;

import java.util.List;
import java.util.UUID;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.IndicatorResponse;

/** What changed between two revisions of one advisory. */
public record RevisionDiff(
        String advisoryId,
        int from,
        int to,
        List<FieldChange> textChanges,
        List<IndicatorResponse> added,
        List<IndicatorResponse> removed,
        List<IndicatorChange> changed) {

    /** One field that differs, with both values. */
    public record FieldChange(String field, Object from, Object to) {}

    /** An indicator present in both revisions whose attributes differ. */
    public record IndicatorChange(UUID key, IndicatorKind kind, String value, List<FieldChange> fields) {}
}
