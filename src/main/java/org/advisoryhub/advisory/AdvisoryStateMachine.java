package org.advisoryhub.advisory;

import static org.advisoryhub.advisory.AdvisoryStatus.DRAFT;
import static org.advisoryhub.advisory.AdvisoryStatus.IN_REVIEW;
import static org.advisoryhub.advisory.AdvisoryStatus.PUBLISHED;
import static org.advisoryhub.advisory.AdvisoryStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.common.error.InvalidStateTransitionException;

/** The lifecycle, in one table: for each action, the statuses it may start from and the status it leads to. */
public final class AdvisoryStateMachine {

    private record Rule(Set<AdvisoryStatus> from, AdvisoryStatus to) {}

    private static final Map<AdvisoryAction, Rule> RULES = Map.of(
            AdvisoryAction.EDIT, new Rule(EnumSet.of(DRAFT, IN_REVIEW), null),
            AdvisoryAction.SUBMIT, new Rule(EnumSet.of(DRAFT), IN_REVIEW),
            AdvisoryAction.RETURN_TO_DRAFT, new Rule(EnumSet.of(IN_REVIEW), DRAFT),
            AdvisoryAction.PUBLISH, new Rule(EnumSet.of(IN_REVIEW), PUBLISHED),
            AdvisoryAction.AMEND, new Rule(EnumSet.of(PUBLISHED), DRAFT),
            AdvisoryAction.WITHDRAW, new Rule(EnumSet.of(PUBLISHED, DRAFT, IN_REVIEW), WITHDRAWN),
            AdvisoryAction.DELETE, new Rule(EnumSet.of(DRAFT, IN_REVIEW), null));

    private AdvisoryStateMachine() {}

    /**
     * Returns the status after {@code action}, or the current one for actions that keep it.
     * Withdrawing and deleting also depend on whether a revision was ever published; the advisory checks that.
     */
    public static AdvisoryStatus next(AdvisoryStatus current, AdvisoryAction action) {
        Rule rule = RULES.get(action);
        if (!rule.from().contains(current)) {
            throw new InvalidStateTransitionException(current.name(), action.verb());
        }
        return rule.to() == null ? current : rule.to();
    }
}
