package org.advisoryhub.organization;

/** What an organization is; authoring kinds can co-author advisories, partner kinds only receive them. */
public enum OrganizationKind {
    AGENCY(true),
    WORKING_GROUP(true),
    OPERATOR(false),
    VASP(false),
    PARTNER_GOVERNMENT(false),
    COMPANY(false);

    private final boolean authoring;

    OrganizationKind(boolean authoring) {
        this.authoring = authoring;
    }

    public boolean canAuthor() {
        return authoring;
    }
}
