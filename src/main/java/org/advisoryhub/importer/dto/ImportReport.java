package org.advisoryhub.importer.dto;

import java.time.Instant;
import java.util.List;

/** Outcome of importing the advisories folder: what each file did, and every problem found. */
public record ImportReport(Instant at, String directory, List<FileResult> files, List<ImportProblem> problems) {

    /** What happened to one file. */
    public record FileResult(String file, String advisoryId, Outcome outcome, List<Integer> revisionsPublished) {}

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }
}
