package org.advisoryhub.organization;

/**
 * What an organization is; authoring kinds can co-author advisories, partner kinds only receive them. Officials
 * (people who sign in to the console and the officials' API) belong to authoring and government organizations and
 * to the hub's operator; exchanges and companies take part through API keys only.
 */
public enum OrganizationKind {
    AGENCY(true, true),
    WORKING_GROUP(true, true),
    OPERATOR(false, true),
    VASP(false, false),
    PARTNER_GOVERNMENT(false, true),
    COMPANY(false, false);

    private final boolean authoring;
    private final boolean officials;

    OrganizationKind(boolean authoring, boolean officials) {
        this.authoring = authoring;
        this.officials = officials;
    }

    public boolean canAuthor() {
        return authoring;
    }

    public boolean canHaveOfficials() {
        return officials;
    }
}
