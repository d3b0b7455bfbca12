package org.advisoryhub.official;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.organization.OrganizationService;

/** Local accounts: passwords are kept only as bcrypt hashes. */
@ApplicationScoped
@Transactional
public class OfficialService {

    /** Compared against when the user does not exist, so a miss costs as much as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-official-password");

    private final OfficialRepository officials;
    private final OrganizationService organizations;
    private final AuditService audit;
    private final Clock clock;

    public OfficialService(OfficialRepository officials, OrganizationService organizations, AuditService audit,
            Clock clock) {
        this.officials = officials;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates or updates a local account on the hub's own behalf (the bootstrap administrator). */
    public OfficialResponse upsert(@NotNull @Valid OfficialRequest request) {
        return upsert(request, Actor.SYSTEM);
    }

    /** Creates or updates a local account; a new account needs a password. Never records the password. */
    public OfficialResponse upsert(@NotNull @Valid OfficialRequest request, Actor actor) {
        audit.official(actor, "official.saved", "official", request.username(), null,
                Map.of("roles", new java.util.TreeSet<>(request.roles()).toString(), "organization", request.organizationId(),
                        "passwordChanged", request.password() != null));
        organizations.require(request.organizationId());
        Optional<Official> existing = officials.findByUsername(request.username());
        Official official;
        if (existing.isPresent()) {
            official = existing.get();
            official.update(request.displayName(), request.roles(), request.organizationId());
            if (request.password() != null) {
                official.changePasswordHash(BcryptUtil.bcryptHash(request.password()));
            }
        } else {
            if (request.password() == null) {
                throw ValidationFailedException.of("password", "is required for a new account");
            }
            official = new Official(request.username(), request.displayName(), BcryptUtil.bcryptHash(request.password()),
                    request.roles(), request.organizationId(), clock.instant());
            officials.persist(official);
        }
        if (request.enabled() != null) {
            official.setEnabled(request.enabled());
        }
        return OfficialResponse.of(official);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficialResponse> list() {
        return officials.listByUsername().stream().map(OfficialResponse::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficialResponse get(String username) {
        return officials.findByUsername(username).map(OfficialResponse::of)
                .orElseThrow(() -> new NotFoundException("Official", username));
    }

    /**
     * Checks a user name and password; empty when either is wrong or the account is disabled. Its own read-only
     * transaction, because the console's sign-in form is handled outside any request scope.
     */
    @Transactional
    public Optional<Actor> authenticate(String username, char[] password) {
        Optional<Official> official = officials.findByUsername(username);
        String candidate = new String(password);
        boolean matches = BcryptUtil.matches(candidate, official.map(Official::passwordHash).orElse(DUMMY_HASH));
        return official.filter(o -> matches && o.enabled())
                .map(o -> new Actor(o.username(), o.organizationId(), o.roles()));
    }

    /** The account behind a console session, if it still exists and is enabled (disabling ends its sessions). */
    @Transactional
    public Optional<Actor> active(String username) {
        return officials.findByUsername(username).filter(Official::enabled)
                .map(o -> new Actor(o.username(), o.organizationId(), o.roles()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anyAdmin() {
        return officials.anyAdmin();
    }
}
