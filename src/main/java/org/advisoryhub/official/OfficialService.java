package org.advisoryhub.official;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.db.CommitNotices;
import org.advisoryhub.common.error.ConflictException;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.official.dto.OfficialRequest;
import org.advisoryhub.official.dto.OfficialResponse;
import org.advisoryhub.organization.Organization;
import org.advisoryhub.organization.OrganizationService;

/** Local accounts: passwords are kept only as bcrypt hashes, and must meet the {@link PasswordPolicy}. */
@ApplicationScoped
@Transactional
public class OfficialService {

    /** Compared against when the user does not exist, so a miss costs as much as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-official-password");

    private final OfficialRepository officials;
    private final OrganizationService organizations;
    private final AuditService audit;
    private final VerifiedCredentials verified;
    private final CommitNotices notices;
    private final Clock clock;

    public OfficialService(
            OfficialRepository officials,
            OrganizationService organizations,
            AuditService audit,
            VerifiedCredentials verified,
            CommitNotices notices,
            Clock clock) {
        this.officials = officials;
        this.organizations = organizations;
        this.audit = audit;
        this.verified = verified;
        this.notices = notices;
        this.clock = clock;
    }

    /** Creates or updates a local account on the hub's own behalf (the bootstrap administrator). */
    public OfficialResponse upsert(@NotNull @Valid OfficialRequest request) {
        return upsert(request, Actor.SYSTEM);
    }

    /** Creates or updates a local account; a new account needs a password. Never records the password. */
    public OfficialResponse upsert(@NotNull @Valid OfficialRequest request, Actor actor) {
        Organization org = organizations.require(request.organizationId());
        if (!org.kind().canHaveOfficials()) {
            throw ValidationFailedException.of(
                    "organizationId",
                    org.id() + " is a " + org.kind()
                            + "; officials belong to agencies, working groups, partner governments and the hub's operator");
        }
        if (request.password() != null) {
            PasswordPolicy.require("password", request.password(), request.username());
        }
        Optional<Official> existing = officials.findByUsername(request.username());
        Official official;
        if (existing.isPresent()) {
            official = existing.get();
            requireAnotherAdminIfDemoted(official, request);
            official.update(request.displayName(), request.roles(), request.organizationId());
            if (request.password() != null) {
                official.changePasswordHash(BcryptUtil.bcryptHash(request.password()));
            }
        } else {
            if (request.password() == null) {
                throw ValidationFailedException.of("password", "is required for a new account");
            }
            official = new Official(
                    request.username(),
                    request.displayName(),
                    BcryptUtil.bcryptHash(request.password()),
                    request.roles(),
                    request.organizationId(),
                    clock.instant());
            officials.persist(official);
        }
        if (request.enabled() != null) {
            official.setEnabled(request.enabled());
        }
        audit.official(
                actor,
                "official.saved",
                "official",
                request.username(),
                null,
                Map.of(
                        "roles",
                        new java.util.TreeSet<>(request.roles()).toString(),
                        "organization",
                        request.organizationId(),
                        "passwordChanged",
                        request.password() != null,
                        "enabled",
                        official.enabled()));
        forgetEverywhere(official.username());
        return OfficialMapper.toResponse(official);
    }

    /**
     * An official changes their own password, proving the current one. Every console session they had ends, and
     * the old password stops working on every instance.
     */
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        Official official = officials
                .findByUsername(actor.username())
                .orElseThrow(() -> new ValidationFailedException(
                        "Only local accounts have a password here",
                        List.of(org.advisoryhub.common.error.Violation.of(
                                "username", "signed in through the identity provider; change the password there"))));
        if (currentPassword == null || !BcryptUtil.matches(currentPassword, official.passwordHash())) {
            throw ValidationFailedException.of("currentPassword", "is not your current password");
        }
        if (newPassword == null) {
            throw ValidationFailedException.of("newPassword", "is required");
        }
        PasswordPolicy.require("newPassword", newPassword, official.username());
        official.changePasswordHash(BcryptUtil.bcryptHash(newPassword));
        audit.official(actor, "official.password-changed", "official", official.username(), null, Map.of());
        forgetEverywhere(official.username());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficialResponse> list() {
        return officials.listByUsername().stream()
                .map(OfficialMapper::toResponse)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficialResponse get(String username) {
        return officials
                .findByUsername(username)
                .map(OfficialMapper::toResponse)
                .orElseThrow(() -> new NotFoundException("Official", username));
    }

    /**
     * Checks a user name and password; empty when either is wrong or the account is disabled. Its own read-only
     * transaction, because the console's sign-in form is handled outside any request scope.
     */
    @Transactional
    public Optional<SignedIn> authenticate(String username, char[] password) {
        Optional<Official> official = officials.findByUsername(username);
        String candidate = new String(password);
        boolean matches = BcryptUtil.matches(
                candidate, official.map(Official::passwordHash).orElse(DUMMY_HASH));
        return official.filter(o -> matches && o.enabled()).map(OfficialService::signedIn);
    }

    /** The account behind a console session, if it still exists, is enabled and the session began in this epoch. */
    @Transactional
    public Optional<Actor> activeSession(String username, int epoch) {
        return officials
                .findByUsername(username)
                .filter(o -> o.enabled() && o.sessionEpoch() == epoch)
                .map(o -> signedIn(o).actor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anyAdmin() {
        return officials.anyAdmin();
    }

    /** Who signed in, and the console session epoch a new session begins in. */
    public record SignedIn(Actor actor, int sessionEpoch) {}

    private static SignedIn signedIn(Official o) {
        return new SignedIn(new Actor(o.username(), o.organizationId(), o.roles()), o.sessionEpoch());
    }

    /** The last enabled administrator stays one: otherwise nobody could manage the hub any more. */
    private void requireAnotherAdminIfDemoted(Official official, OfficialRequest request) {
        boolean staysAdmin = request.roles().contains(Roles.ADMIN) && !Boolean.FALSE.equals(request.enabled());
        if (!official.isAdmin() || staysAdmin) {
            return;
        }
        // Serializes concurrent demotions, so that two admins cannot demote each other at the same moment.
        officials.lockAdmins();
        if (officials.countOtherEnabledAdmins(official.username()) == 0) {
            throw new ConflictException(
                    official.username() + " is the last enabled administrator; make another"
                            + " official an administrator first",
                    null);
        }
    }

    /** Drops remembered credentials of this official on every instance once the change commits. */
    private void forgetEverywhere(String username) {
        notices.afterCommit(verified, username);
    }
}
