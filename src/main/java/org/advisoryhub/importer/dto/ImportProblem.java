package org.advisoryhub.importer.dto;

/** Why a file (or part of it) was not imported: which file, where in it, and what is wrong. */
public record ImportProblem(String file, String path, String reason) {

    @Override
    public String toString() {
        return file + " at " + path + ": " + reason;
    }
}
