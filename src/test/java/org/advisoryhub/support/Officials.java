package org.advisoryhub.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;
import org.advisoryhub.official.OfficialService;
import org.advisoryhub.official.dto.OfficialRequest;
import org.advisoryhub.organization.OrganizationKind;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationRequest;

/**
 * Test officials of two co-authoring agencies and one outside agency, created once per run through the
 * real services. Every account has the password {@link #PASSWORD}.
 */
public final class Officials {

    public static final String PASSWORD = "test-password-123";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    public static final String FBI_DRAFTER = "fbi-drafter";
    public static final String FBI_REVIEWER = "fbi-reviewer";
    public static final String FBI_PUBLISHER = "fbi-publisher";
    public static final String NIS_DRAFTER = "nis-drafter";
    public static final String NIS_PUBLISHER = "nis-publisher";
    public static final String TREASURY_DRAFTER = "treasury-drafter";
    public static final String TREASURY_PUBLISHER = "treasury-publisher";

    private static volatile boolean created;

    private Officials() {}

    /** Creates the organizations and accounts the first time any test asks. */
    public static synchronized void ensure(OrganizationService organizations, OfficialService officials) {
        if (created) {
            return;
        }
        organizations.upsert(new OrganizationRequest("test-fbi", "Test FBI", "US", OrganizationKind.AGENCY));
        organizations.upsert(new OrganizationRequest("test-nis", "Test NIS", "KR", OrganizationKind.AGENCY));
        organizations.upsert(new OrganizationRequest("test-treasury", "Test Treasury", "US", OrganizationKind.AGENCY));
        organizations.upsert(new OrganizationRequest("test-vasp", "Test Exchange", "KR", OrganizationKind.VASP));
        account(officials, FBI_DRAFTER, "drafter", "test-fbi");
        account(officials, FBI_REVIEWER, "reviewer", "test-fbi");
        account(officials, FBI_PUBLISHER, "publisher", "test-fbi");
        account(officials, NIS_DRAFTER, "drafter", "test-nis");
        account(officials, NIS_PUBLISHER, "publisher", "test-nis");
        account(officials, TREASURY_DRAFTER, "drafter", "test-treasury");
        account(officials, TREASURY_PUBLISHER, "publisher", "test-treasury");
        created = true;
    }

    private static void account(OfficialService officials, String username, String role, String org) {
        officials.upsert(new OfficialRequest(username, username, PASSWORD, Set.of(role), org, true));
    }

    /** A request authenticated as the given official (HTTP Basic, sent up front). */
    public static RequestSpecification as(String username) {
        String password = ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
        return given().auth().preemptive().basic(username, password);
    }
}
