package org.advisoryhub.advisory.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.advisory.Reference;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Translation;

/**
 * An advisory. Co-authors see the working copy ({@code view = "working"}); other officials see the latest
 * published revision ({@code view = "published"}). {@code version} is also sent as the ETag. {@code recipients}
 * (who may read it at TLP:RED or AMBER+STRICT) is shown to co-authors only. {@code reviewBy} is the date the authors
 * chose; each revision says the date it took ({@code RevisionResponse.reviewBy}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdvisoryResponse(
        String id,
        AdvisoryStatus status,
        String view,
        long version,
        int publishedRevision,
        String title,
        String summary,
        String body,
        Tlp tlp,
        List<String> coauthors,
        List<ThreatActor> threatActors,
        List<String> techniques,
        List<Reference> references,
        Map<String, Translation> translations,
        List<String> recipients,
        LocalDate reviewBy,
        String ownerOrganization,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long indicatorCount,
        Withdrawal withdrawal) {

    /** Who withdrew the advisory, when and why. */
    public record Withdrawal(Instant at, String by, String reason) {}
}
