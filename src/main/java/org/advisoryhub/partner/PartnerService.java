package org.advisoryhub.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.organization.OrganizationKind;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationRequest;
import org.advisoryhub.organization.dto.OrganizationResponse;

/** Partner organizations: the VASPs, partner governments and companies that receive advisories. */
@ApplicationScoped
@Transactional
public class PartnerService {

    static final Set<OrganizationKind> PARTNER_KINDS =
            EnumSet.of(OrganizationKind.VASP, OrganizationKind.PARTNER_GOVERNMENT, OrganizationKind.COMPANY);

    /** The kinds of organization that take part through API keys. */
    public static List<OrganizationKind> kinds() {
        return List.copyOf(PARTNER_KINDS);
    }

    private final OrganizationService organizations;

    public PartnerService(OrganizationService organizations) {
        this.organizations = organizations;
    }

    public OrganizationResponse upsert(OrganizationRequest request, Actor actor) {
        if (request.kind() != null && !PARTNER_KINDS.contains(request.kind())) {
            throw ValidationFailedException.of("kind", "a partner is a VASP, PARTNER_GOVERNMENT or COMPANY");
        }
        return organizations.upsert(request, actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationResponse> list() {
        return organizations.list().stream()
                .filter(o -> PARTNER_KINDS.contains(o.kind()))
                .toList();
    }

    static OrganizationResponse requirePartner(OrganizationResponse org) {
        if (!PARTNER_KINDS.contains(org.kind())) {
            throw ValidationFailedException.of("organizationId", org.id() + " is not a partner organization");
        }
        return org;
    }
}
