package org.advisoryhub.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.advisoryhub.common.error.InvalidStateTransitionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdvisoryStateMachineTest {

    /** Every status × action pair: the status it leads to, or "refused". */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "DRAFT,EDIT,DRAFT",
        "IN_REVIEW,EDIT,IN_REVIEW",
        "PUBLISHED,EDIT,refused",
        "WITHDRAWN,EDIT,refused",
        "DRAFT,SUBMIT,IN_REVIEW",
        "IN_REVIEW,SUBMIT,refused",
        "PUBLISHED,SUBMIT,refused",
        "WITHDRAWN,SUBMIT,refused",
        "DRAFT,RETURN_TO_DRAFT,refused",
        "IN_REVIEW,RETURN_TO_DRAFT,DRAFT",
        "PUBLISHED,RETURN_TO_DRAFT,refused",
        "WITHDRAWN,RETURN_TO_DRAFT,refused",
        "DRAFT,PUBLISH,refused",
        "IN_REVIEW,PUBLISH,PUBLISHED",
        "PUBLISHED,PUBLISH,refused",
        "WITHDRAWN,PUBLISH,refused",
        "DRAFT,AMEND,refused",
        "IN_REVIEW,AMEND,refused",
        "PUBLISHED,AMEND,DRAFT",
        "WITHDRAWN,AMEND,refused",
        "DRAFT,WITHDRAW,WITHDRAWN",
        "IN_REVIEW,WITHDRAW,WITHDRAWN",
        "PUBLISHED,WITHDRAW,WITHDRAWN",
        "WITHDRAWN,WITHDRAW,refused",
        "DRAFT,DELETE,DRAFT",
        "IN_REVIEW,DELETE,IN_REVIEW",
        "PUBLISHED,DELETE,refused",
        "WITHDRAWN,DELETE,refused"
    })
    void shouldFollowTheTransitionTable(AdvisoryStatus from, AdvisoryAction action, String expected) {
        if ("refused".equals(expected)) {
            assertThatThrownBy(() -> AdvisoryStateMachine.next(from, action))
                    .isInstanceOf(InvalidStateTransitionException.class)
                    .hasMessageContaining(from.name());
        } else {
            assertThat(AdvisoryStateMachine.next(from, action)).isEqualTo(AdvisoryStatus.valueOf(expected));
        }
    }
}
