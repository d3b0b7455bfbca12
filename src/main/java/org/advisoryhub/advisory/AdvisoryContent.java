package org.advisoryhub.advisory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.advisoryhub.common.error.ValidationFailedException;

/**
 * The text and metadata of an advisory: what officials edit and what each revision freezes.
 * Co-authors are organization ids; techniques are MITRE ATT&CK technique ids (T1566.001). Recipients are the
 * organizations an advisory is explicitly addressed to; TLP:RED content reaches only them. {@code reviewBy} is the
 * date by which the authors will review it again (absent: a configured period after each publication).
 */
public record AdvisoryContent(
        @NotBlank @Size(max = 500) String title,
        @NotNull @Size(max = 10_000) String summary,
        @NotNull @Size(max = 200_000) String body,
        @NotNull Tlp tlp,
        @Size(max = 20) List<@NotBlank String> coauthors,
        @Size(max = 50) List<@Valid ThreatActor> threatActors,

        @Size(max = 200)
        List<
                        @Pattern(
                                regexp = "T\\d{4}(\\.\\d{3})?",
                                message = "must be an ATT&CK technique id such as T1566.001")
                        String>
                techniques,

        @Size(max = 200) List<@Valid Reference> references,
        Map<
                        @Pattern(
                                regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                                message = "must be a BCP 47 language tag such as ko")
                        String,
                        @Valid Translation>
                translations,
        @Size(max = 200) List<@NotBlank String> recipients,
        LocalDate reviewBy) {

    public AdvisoryContent {
        coauthors = coauthors == null ? List.of() : List.copyOf(coauthors);
        threatActors = threatActors == null ? List.of() : List.copyOf(threatActors);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        references = references == null ? List.of() : List.copyOf(references);
        translations = translations == null ? Map.of() : new TreeMap<>(translations);
        recipients = recipients == null ? List.of() : List.copyOf(new java.util.TreeSet<>(recipients));
    }

    /** The publishing rules the content itself must meet, for every path that publishes (API, console, importer). */
    public void requirePublishable(Instant at) {
        if (tlp.needsRecipients() && recipients.isEmpty()) {
            throw ValidationFailedException.of(
                    "recipients",
                    "TLP:" + tlp.label()
                            + " advisories need an explicit list of recipient organizations before they are published");
        }
        if (reviewBy != null && !reviewStart().isAfter(at)) {
            throw ValidationFailedException.of(
                    "reviewBy",
                    "must be after the publication date " + at.toString().substring(0, 10)
                            + "; clear it to review a default period after publication");
        }
    }

    /** The instant the chosen review-by date begins (UTC), or null when none was chosen. */
    public Instant reviewStart() {
        return reviewBy == null ? null : reviewBy.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public AdvisoryContent withThreatActors(List<ThreatActor> actors) {
        return new AdvisoryContent(
                title,
                summary,
                body,
                tlp,
                coauthors,
                actors,
                techniques,
                references,
                translations,
                recipients,
                reviewBy);
    }

    public AdvisoryContent withCoauthors(List<String> orgIds) {
        return new AdvisoryContent(
                title,
                summary,
                body,
                tlp,
                orgIds,
                threatActors,
                techniques,
                references,
                translations,
                recipients,
                reviewBy);
    }
}
