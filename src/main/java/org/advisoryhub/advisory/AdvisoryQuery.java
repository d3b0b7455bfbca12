package org.advisoryhub.advisory;

import java.util.List;

/** Filters of an advisory search; null means "any". {@code indicatorValues} are candidate normalized forms. */
public record AdvisoryQuery(String text, AdvisoryStatus status, Tlp tlp, String actor, List<String> indicatorValues) {
}
