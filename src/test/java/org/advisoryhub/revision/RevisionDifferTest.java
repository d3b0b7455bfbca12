package org.advisoryhub.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.revision.dto.RevisionDiff;
import org.junit.jupiter.api.Test;

/** The diff between two revisions, as pure logic: text fields, and indicators added, removed and changed by key. */
class RevisionDifferTest {

    private static final Instant PUBLISHED = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant REVIEW_1 = Instant.parse("2027-01-10T00:00:00Z");
    private static final Instant REVIEW_2 = Instant.parse("2027-06-30T00:00:00Z");
    private static final UUID KEPT = UUID.randomUUID();
    private static final UUID DROPPED = UUID.randomUUID();
    private static final UUID NEW = UUID.randomUUID();

    @Test
    void shouldListChangedTextFieldsOnly() {
        RevisionDiff diff = RevisionDiffer.diff(
                "HUB-2026-0001",
                revision(1, content("Title", "Summary", Tlp.GREEN), REVIEW_1),
                List.of(),
                revision(2, content("Title", "A new summary", Tlp.AMBER), REVIEW_2),
                List.of());
        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.textChanges())
                .extracting(RevisionDiff.FieldChange::field)
                .containsExactly("summary", "tlp");
        assertThat(diff.textChanges().get(0).from()).isEqualTo("Summary");
        assertThat(diff.textChanges().get(0).to()).isEqualTo("A new summary");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void shouldMatchIndicatorsByKeyNotByValue() {
        IndicatorResponse kept = domain(KEPT, "npmjscloud.com", null, REVIEW_1);
        IndicatorResponse keptEdited = domain(KEPT, "npmjscloud.com", "now with a description", REVIEW_2);
        RevisionDiff diff = RevisionDiffer.diff(
                "HUB-2026-0001",
                revision(1, content("T", "S", Tlp.GREEN), REVIEW_1),
                List.of(kept, domain(DROPPED, "npmrepos.com", null, REVIEW_1)),
                revision(2, content("T", "S", Tlp.GREEN), REVIEW_2),
                List.of(keptEdited, domain(NEW, "npmrepos.com", null, REVIEW_2)));
        assertThat(diff.added()).extracting(IndicatorResponse::key).containsExactly(NEW);
        assertThat(diff.removed()).extracting(IndicatorResponse::key).containsExactly(DROPPED);
        assertThat(diff.changed()).hasSize(1);
        RevisionDiff.IndicatorChange change = diff.changed().get(0);
        assertThat(change.key()).isEqualTo(KEPT);
        assertThat(change.fields())
                .extracting(RevisionDiff.FieldChange::field)
                .as("the review-by date each revision gives moves on without being an edit")
                .containsExactly("description");
    }

    @Test
    void shouldShowAnEndOfItsOwnThatOfficialsSet() {
        Instant ownEnd = Instant.parse("2026-12-31T00:00:00Z");
        RevisionDiff diff = RevisionDiffer.diff(
                "HUB-2026-0001",
                revision(1, content("T", "S", Tlp.GREEN), REVIEW_1),
                List.of(domain(KEPT, "npmjscloud.com", null, REVIEW_1)),
                revision(2, content("T", "S", Tlp.GREEN), REVIEW_2),
                List.of(domain(KEPT, "npmjscloud.com", null, ownEnd)));
        assertThat(diff.changed()).hasSize(1);
        RevisionDiff.FieldChange end = diff.changed().get(0).fields().get(0);
        assertThat(end.field()).isEqualTo("validUntil");
        assertThat(end.from()).isNull();
        assertThat(end.to()).isEqualTo(ownEnd);
    }

    private static AdvisoryRevision revision(int number, AdvisoryContent content, Instant reviewBy) {
        return new AdvisoryRevision(
                UUID.randomUUID(), number, content, "note", "bob", "us-fbi", PUBLISHED, reviewBy, 0);
    }

    private static AdvisoryContent content(String title, String summary, Tlp tlp) {
        return new AdvisoryContent(
                title,
                summary,
                "## Body",
                tlp,
                List.of("us-fbi"),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                LocalDate.parse("2027-01-10"));
    }

    private static IndicatorResponse domain(UUID key, String value, String description, Instant validUntil) {
        return new IndicatorResponse(
                UUID.randomUUID(),
                key,
                IndicatorKind.DOMAIN,
                value,
                value,
                null,
                null,
                null,
                null,
                null,
                null,
                PUBLISHED,
                validUntil,
                null,
                description,
                "FBI",
                "https://example.org/source",
                null,
                null);
    }
}
