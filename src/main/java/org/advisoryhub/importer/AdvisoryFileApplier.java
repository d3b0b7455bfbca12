package org.advisoryhub.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.AdvisoryService;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.importer.dto.ImportProblem;
import org.advisoryhub.importer.dto.ImportReport;
import org.advisoryhub.indicator.IndicatorService;

/** Brings one advisory in the database in line with its file, inside the caller's transaction. */
@ApplicationScoped
public class AdvisoryFileApplier {

    /** The importer acts as this user, on behalf of the advisory's first co-author. */
    public static final String IMPORT_USER = "advisories-import";

    private final AdvisoryService advisories;
    private final IndicatorService indicators;
    private final ImportRecordRepository records;
    private final Clock clock;

    public AdvisoryFileApplier(
            AdvisoryService advisories, IndicatorService indicators, ImportRecordRepository records, Clock clock) {
        this.advisories = advisories;
        this.indicators = indicators;
        this.records = records;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport.FileResult apply(
            String file,
            String fileHash,
            AdvisoryFile f,
            List<RevisionPlan.State> states,
            ImportRecord.Applied applied) {
        Actor actor = Actor.system(IMPORT_USER, f.coauthors().get(0), Set.of(Roles.DRAFTER, Roles.PUBLISHER));
        AdvisoryContent content = RevisionPlan.content(f);
        Optional<Advisory> existing = advisories.findForImport(f.id());
        ImportRecord record = records.findById(f.id());
        if (existing.isEmpty()) {
            Advisory advisory = advisories.importNew(
                    f.id(), content, actor, file, states.get(0).publishedAt());
            List<Integer> published = new ArrayList<>();
            for (RevisionPlan.State state : states) {
                published.add(publish(advisory, content, state, state.changeNote(), state.publishedAt(), actor));
            }
            withdrawIfAsked(advisory, f, actor);
            save(record, f.id(), file, fileHash, applied);
            return new ImportReport.FileResult(file, f.id(), ImportReport.Outcome.CREATED, published);
        }
        Advisory advisory = existing.get();
        if (advisory.sourceFile() == null || record == null) {
            throw new ImportFailedException(new ImportProblem(
                    file, "$.id", f.id() + " already exists in the hub and was not created from a file"));
        }
        if (record.contentHash().equals(fileHash)) {
            return new ImportReport.FileResult(file, f.id(), ImportReport.Outcome.UNCHANGED, List.of());
        }
        List<Integer> published = update(file, advisory, f, content, states, record.applied(), applied, actor);
        save(record, f.id(), file, fileHash, applied);
        return new ImportReport.FileResult(file, f.id(), ImportReport.Outcome.UPDATED, published);
    }

    /** Publishes revisions appended to the file one by one; any other change becomes one new revision. */
    private List<Integer> update(
            String file,
            Advisory advisory,
            AdvisoryFile f,
            AdvisoryContent content,
            List<RevisionPlan.State> states,
            ImportRecord.Applied before,
            ImportRecord.Applied now,
            Actor actor) {
        List<Integer> published = new ArrayList<>();
        if (advisory.status() == AdvisoryStatus.WITHDRAWN) {
            if (!f.withdrawn()) {
                throw new ImportFailedException(new ImportProblem(
                        file, "$.status", f.id() + " is withdrawn; a withdrawn advisory cannot be published again"));
            }
            return published;
        }
        if (advisory.status() != AdvisoryStatus.PUBLISHED) {
            throw new ImportFailedException(new ImportProblem(
                    file,
                    "$",
                    f.id() + " is being amended in the hub (" + advisory.status()
                            + "); the file change waits until that is published"));
        }
        int kept = commonPrefix(before.revisions(), now.revisions());
        boolean appendedOnly = before.content().equals(now.content())
                && kept == before.revisions().size();
        if (appendedOnly) {
            for (RevisionPlan.State state : states.subList(kept, states.size())) {
                published.add(publish(advisory, content, state, state.changeNote(), state.publishedAt(), actor));
            }
        } else if (!before.effective().equals(now.effective())) {
            RevisionPlan.State last = states.get(states.size() - 1);
            published.add(publish(
                    advisory,
                    content,
                    last,
                    "Updated from " + file + ": " + last.changeNote(),
                    clock.instant(),
                    actor));
        }
        withdrawIfAsked(advisory, f, actor);
        return published;
    }

    private int publish(
            Advisory advisory,
            AdvisoryContent content,
            RevisionPlan.State state,
            String note,
            Instant wanted,
            Actor actor) {
        Instant at =
                advisory.publishedRevision() > 0 && !wanted.isAfter(advisory.updatedAt()) ? clock.instant() : wanted;
        return advisories
                .importRevision(
                        advisory,
                        content,
                        () -> indicators.replaceAll(advisory, state.indicators(), at),
                        note,
                        actor,
                        at)
                .number();
    }

    private void withdrawIfAsked(Advisory advisory, AdvisoryFile f, Actor actor) {
        if (f.withdrawn() && advisory.status() != AdvisoryStatus.WITHDRAWN) {
            advisories.importWithdrawal(advisory, f.withdrawalReason(), actor, clock.instant());
        }
    }

    private void save(ImportRecord record, String id, String file, String fileHash, ImportRecord.Applied applied) {
        ImportRecord r = record == null ? new ImportRecord(id) : record;
        r.record(file, fileHash, applied, clock.instant());
        if (record == null) {
            records.persist(r);
        }
    }

    private static int commonPrefix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }
}
