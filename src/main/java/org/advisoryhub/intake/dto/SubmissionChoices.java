package org.advisoryhub.intake.dto;

import java.util.List;

/**
 * What partners gave that an advisory could take: the choices, newest first, and how many values were left out because
 * the advisory has them already or they are not valid indicators.
 */
public record SubmissionChoices(
        String advisory, String tlp, List<SubmissionChoice> choices, int inAdvisory, int invalid) {}
