package org.advisoryhub.advisory;

import java.util.Map;
import java.util.TreeMap;
import org.advisoryhub.advisory.dto.AdvisoryResponse;
import org.advisoryhub.advisory.dto.AdvisorySummary;

/** Entity (or frozen content) to API records. */
final class AdvisoryMapper {

    private AdvisoryMapper() {}

    static AdvisoryResponse toResponse(
            Advisory a, AdvisoryContent c, String view, AdvisoryStatus status, long indicatorCount) {
        AdvisoryResponse.Withdrawal withdrawal = a.withdrawnAt() == null
                ? null
                : new AdvisoryResponse.Withdrawal(a.withdrawnAt(), a.withdrawnBy(), a.withdrawalReason());
        return new AdvisoryResponse(
                a.publicId(),
                status,
                view,
                a.version(),
                a.publishedRevision(),
                c.title(),
                c.summary(),
                c.body(),
                c.tlp(),
                c.coauthors(),
                c.threatActors(),
                c.techniques(),
                c.references(),
                c.translations(),
                "working".equals(view) ? c.recipients() : null,
                c.reviewBy(),
                a.ownerOrgId(),
                a.createdBy(),
                a.createdAt(),
                a.updatedBy(),
                a.updatedAt(),
                indicatorCount,
                withdrawal);
    }

    static AdvisorySummary toSummary(Advisory a, AdvisoryContent c, AdvisoryStatus status) {
        return new AdvisorySummary(
                a.publicId(),
                status,
                c.tlp(),
                c.title(),
                c.summary(),
                withoutBodies(c.translations()),
                c.coauthors(),
                c.threatActors().stream().map(ThreatActor::name).toList(),
                a.publishedRevision(),
                a.createdAt(),
                a.updatedAt());
    }

    private static Map<String, Translation> withoutBodies(Map<String, Translation> translations) {
        Map<String, Translation> lists = new TreeMap<>();
        translations.forEach((lang, t) -> lists.put(lang, new Translation(t.title(), t.summary(), null)));
        return lists;
    }
}
