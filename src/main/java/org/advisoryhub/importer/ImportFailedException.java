package org.advisoryhub.importer;

import java.util.List;
import org.advisoryhub.importer.dto.ImportProblem;

/** A file that cannot be imported; carries every problem found in it. */
class ImportFailedException extends RuntimeException {

    private final List<ImportProblem> problems;

    ImportFailedException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "import failed" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    ImportFailedException(ImportProblem problem) {
        this(List.of(problem));
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
