package org.advisoryhub.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.revision.dto.RevisionDiff;

/** Computes a {@link RevisionDiff}: indicators matched by stable key, text fields compared one by one. */
final class RevisionDiffer {

    private static final Map<String, Function<AdvisoryContent, Object>> TEXT_FIELDS = fields();
    private static final Map<String, Function<IndicatorResponse, Object>> INDICATOR_FIELDS = indicatorFields();

    private RevisionDiffer() {}

    static RevisionDiff diff(
            String publicId,
            AdvisoryRevision from,
            List<IndicatorResponse> fromIndicators,
            AdvisoryRevision to,
            List<IndicatorResponse> toIndicators) {
        List<RevisionDiff.FieldChange> text = new ArrayList<>();
        TEXT_FIELDS.forEach((name, getter) -> {
            Object a = getter.apply(from.content());
            Object b = getter.apply(to.content());
            if (!Objects.equals(a, b)) {
                text.add(new RevisionDiff.FieldChange(name, a, b));
            }
        });
        Map<UUID, IndicatorResponse> before = byKey(fromIndicators);
        Map<UUID, IndicatorResponse> after = byKey(toIndicators);
        List<IndicatorResponse> added = after.values().stream()
                .filter(i -> !before.containsKey(i.key()))
                .toList();
        List<IndicatorResponse> removed = before.values().stream()
                .filter(i -> !after.containsKey(i.key()))
                .toList();
        List<RevisionDiff.IndicatorChange> changed = new ArrayList<>();
        for (IndicatorResponse b : after.values()) {
            IndicatorResponse a = before.get(b.key());
            if (a == null) {
                continue;
            }
            List<RevisionDiff.FieldChange> fields = new ArrayList<>();
            INDICATOR_FIELDS.forEach((name, getter) -> {
                Object va = "validUntil".equals(name) ? ownEnd(a, from) : getter.apply(a);
                Object vb = "validUntil".equals(name) ? ownEnd(b, to) : getter.apply(b);
                if (!Objects.equals(va, vb)) {
                    fields.add(new RevisionDiff.FieldChange(name, va, vb));
                }
            });
            if (!fields.isEmpty()) {
                changed.add(new RevisionDiff.IndicatorChange(b.key(), b.kind(), b.value(), fields));
            }
        }
        return new RevisionDiff(publicId, from.number(), to.number(), text, added, removed, changed);
    }

    /**
     * The end an indicator was given, as opposed to the revision's review-by date it takes when it has none: every
     * publication moves that one on, which is a re-confirmation, not an edit.
     */
    private static Instant ownEnd(IndicatorResponse i, AdvisoryRevision revision) {
        return i.validUntil() == null || i.validUntil().equals(revision.reviewBy()) ? null : i.validUntil();
    }

    private static Map<UUID, IndicatorResponse> byKey(List<IndicatorResponse> indicators) {
        Map<UUID, IndicatorResponse> map = new LinkedHashMap<>();
        indicators.forEach(i -> map.put(i.key(), i));
        return map;
    }

    private static Map<String, Function<AdvisoryContent, Object>> fields() {
        Map<String, Function<AdvisoryContent, Object>> m = new LinkedHashMap<>();
        m.put("title", AdvisoryContent::title);
        m.put("summary", AdvisoryContent::summary);
        m.put("body", AdvisoryContent::body);
        m.put("tlp", AdvisoryContent::tlp);
        m.put("coauthors", AdvisoryContent::coauthors);
        m.put("threatActors", AdvisoryContent::threatActors);
        m.put("techniques", AdvisoryContent::techniques);
        m.put("references", AdvisoryContent::references);
        m.put("translations", AdvisoryContent::translations);
        m.put("recipients", AdvisoryContent::recipients);
        m.put("reviewBy", AdvisoryContent::reviewBy);
        return m;
    }

    private static Map<String, Function<IndicatorResponse, Object>> indicatorFields() {
        Map<String, Function<IndicatorResponse, Object>> m = new LinkedHashMap<>();
        m.put("value", IndicatorResponse::value);
        m.put("asset", IndicatorResponse::asset);
        m.put("fileName", IndicatorResponse::fileName);
        m.put("validFrom", IndicatorResponse::validFrom);
        m.put("validUntil", IndicatorResponse::validUntil);
        m.put("confidence", IndicatorResponse::confidence);
        m.put("description", IndicatorResponse::description);
        m.put("sourceName", IndicatorResponse::sourceName);
        m.put("sourceUrl", IndicatorResponse::sourceUrl);
        return m;
    }
}
