package org.advisoryhub.support;

import jakarta.inject.Inject;
import org.advisoryhub.official.OfficialService;
import org.advisoryhub.organization.OrganizationService;
import org.junit.jupiter.api.BeforeEach;

/** Base of API tests that act as the test officials of {@link Officials}. */
public abstract class OfficialsTest {

    @Inject
    protected OrganizationService organizations;

    @Inject
    protected OfficialService officials;

    @BeforeEach
    void createOfficials() {
        Officials.ensure(organizations, officials);
    }
}
