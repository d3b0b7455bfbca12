package org.advisoryhub.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.organization.dto.OrganizationRequest;
import org.advisoryhub.organization.dto.OrganizationResponse;

@ApplicationScoped
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final AuditService audit;
    private final Clock clock;

    public OrganizationService(OrganizationRepository organizations, AuditService audit, Clock clock) {
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates or updates an organization on the hub's own behalf (bootstrap, reference data files). */
    public OrganizationResponse upsert(@NotNull @Valid OrganizationRequest request) {
        return upsert(request, Actor.SYSTEM);
    }

    /** Creates the organization or updates its names, country and kind; the id never changes. */
    public OrganizationResponse upsert(@NotNull @Valid OrganizationRequest request, Actor actor) {
        audit.official(
                actor,
                "organization.saved",
                "organization",
                request.id(),
                null,
                Map.of("kind", request.kind().name(), "name", request.name()));
        Organization org = organizations.findById(request.id());
        if (org == null) {
            org = new Organization(
                    request.id(), request.name(), request.nameKo(), request.country(), request.kind(), clock.instant());
            organizations.persist(org);
        } else {
            org.describe(request.name(), request.nameKo(), request.country(), request.kind(), clock.instant());
        }
        return OrganizationMapper.toResponse(org);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationResponse> list() {
        return organizations.listByName().stream()
                .map(OrganizationMapper::toResponse)
                .toList();
    }

    /** The named organizations that exist, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, OrganizationResponse> find(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organizations.listByIds(ids).stream()
                .collect(Collectors.toMap(Organization::id, OrganizationMapper::toResponse));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationResponse get(String id) {
        return OrganizationMapper.toResponse(require(id));
    }

    /** Loads the organizations behind the given ids, reporting every unknown or non-authoring one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Organization> requireAuthors(Collection<String> ids, String field) {
        Map<String, Organization> found =
                organizations.listByIds(ids).stream().collect(Collectors.toMap(Organization::id, Function.identity()));
        List<Violation> bad = new java.util.ArrayList<>();
        int i = 0;
        for (String id : ids) {
            Organization org = found.get(id);
            if (org == null) {
                bad.add(new Violation(field + "[" + i + "]", "unknown organization", null, id));
            } else if (!org.kind().canAuthor()) {
                bad.add(new Violation(
                        field + "[" + i + "]", "a " + org.kind() + " cannot co-author advisories", null, id));
            }
            i++;
        }
        if (!bad.isEmpty()) {
            throw new ValidationFailedException("Some co-authoring organizations are not valid", bad);
        }
        return ids.stream().map(found::get).toList();
    }

    /** Reports every id that names no organization. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireExisting(Collection<String> ids, String field) {
        if (ids.isEmpty()) {
            return;
        }
        java.util.Set<String> found =
                organizations.listByIds(ids).stream().map(Organization::id).collect(Collectors.toSet());
        List<Violation> bad = new java.util.ArrayList<>();
        int i = 0;
        for (String id : ids) {
            if (!found.contains(id)) {
                bad.add(new Violation(field + "[" + i + "]", "unknown organization", null, id));
            }
            i++;
        }
        if (!bad.isEmpty()) {
            throw new ValidationFailedException("Some organizations are unknown", bad);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization require(String id) {
        Organization org = organizations.findById(id);
        if (org == null) {
            throw new NotFoundException("Organization", id);
        }
        return org;
    }
}
