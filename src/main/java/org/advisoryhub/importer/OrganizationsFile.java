package org.advisoryhub.importer;

import java.util.List;
import org.advisoryhub.organization.dto.OrganizationRequest;

/** {@code advisories/organizations.yaml}, as described by {@code schemas/organizations.schema.json}. */
public record OrganizationsFile(List<OrganizationRequest> organizations) {}
