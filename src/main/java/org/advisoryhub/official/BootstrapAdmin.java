package org.advisoryhub.official;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.official.dto.OfficialRequest;
import org.advisoryhub.organization.OrganizationKind;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationRequest;

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
        organizations.upsert(new OrganizationRequest(
                bootstrap.organizationId(), bootstrap.organizationName(), null, OrganizationKind.OPERATOR));
        String password = bootstrap.adminPassword().filter(p -> !p.isBlank()).orElseGet(BootstrapAdmin::generate);
        officials.upsert(new OfficialRequest(
                bootstrap.adminUsername(),
                "Bootstrap administrator",
                password,
                Set.of(Roles.ADMIN),
                bootstrap.organizationId(),
                true));
        if (bootstrap.adminPassword().isEmpty()) {
            // Only the hash is stored; the log never carries a password, so it goes to an owner-only file.
            Path file = writePasswordFile(Path.of(bootstrap.passwordFile()), password);
            Log.warnf(
                    "Created administrator '%s' with a generated password, written to %s (readable by its owner only;"
                            + " delete it after signing in, or set HUB_BOOTSTRAP_ADMIN_PASSWORD to choose the password)",
                    bootstrap.adminUsername(), file);
        } else {
            Log.infof("Created administrator '%s' from HUB_BOOTSTRAP_ADMIN_PASSWORD", bootstrap.adminUsername());
        }
    }

    private static Path writePasswordFile(Path file, String password) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            Files.createFile(
                    target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(target, password + "\n", StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bootstrap administrator's password to " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
