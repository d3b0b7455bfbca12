package org.advisoryhub.official;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.organization.OrganizationKind;
import org.advisoryhub.organization.OrganizationRequest;
import org.advisoryhub.organization.OrganizationService;

/** Creates the first administrator when no administrator exists yet. */
@ApplicationScoped
public class BootstrapAdmin {

    private final OfficialService officials;
    private final OrganizationService organizations;
    private final HubConfig config;

    public BootstrapAdmin(OfficialService officials, OrganizationService organizations, HubConfig config) {
        this.officials = officials;
        this.organizations = organizations;
        this.config = config;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (officials.anyAdmin()) {
            return;
        }
        HubConfig.Bootstrap bootstrap = config.bootstrap();
        organizations.upsert(new OrganizationRequest(bootstrap.organizationId(), bootstrap.organizationName(), null,
                OrganizationKind.OPERATOR));
        String password = bootstrap.adminPassword().filter(p -> !p.isBlank()).orElseGet(BootstrapAdmin::generate);
        officials.upsert(new OfficialRequest(bootstrap.adminUsername(), "Bootstrap administrator", password,
                Set.of(Roles.ADMIN), bootstrap.organizationId(), true));
        if (bootstrap.adminPassword().isEmpty()) {
            // Shown exactly once: only the hash is stored.
            Log.warnf("Created administrator '%s' with generated password: %s (set HUB_BOOTSTRAP_ADMIN_PASSWORD to choose it)",
                    bootstrap.adminUsername(), password);
        } else {
            Log.infof("Created administrator '%s' from HUB_BOOTSTRAP_ADMIN_PASSWORD", bootstrap.adminUsername());
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
