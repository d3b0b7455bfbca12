package org.advisoryhub.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryhub.common.error.ForbiddenOperationException;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.security.Actor;

/**
 * Who may see and change which advisory. Drafts are visible only to officials of co-authoring
 * organizations (and admins); once a revision is published every official can read it. Changes need the
 * right role and a co-authoring organization.
 */
@ApplicationScoped
public class AdvisoryAccess {

    private final AdvisoryRepository advisories;

    public AdvisoryAccess(AdvisoryRepository advisories) {
        this.advisories = advisories;
    }

    public boolean seesWorkingCopy(Advisory advisory, Actor actor) {
        return actor.isAdmin() || advisory.isCoauthoredBy(actor.organizationId());
    }

    /** Loads an advisory the actor may read; unreadable ones look the same as missing ones. */
    public Advisory requireReadable(String publicId, Actor actor) {
        return readable(advisories.findByPublicId(publicId), publicId, actor);
    }

    private Advisory readable(java.util.Optional<Advisory> found, String publicId, Actor actor) {
        Advisory advisory = found.orElseThrow(() -> new NotFoundException("Advisory", publicId));
        if (!seesWorkingCopy(advisory, actor) && advisory.publishedRevision() == 0) {
            throw new NotFoundException("Advisory", publicId);
        }
        return advisory;
    }

    /** Loads an advisory whose review material (sign-off, comments, sightings) only co-authors and admins see. */
    public Advisory requireCoauthorView(String publicId, Actor actor, String what) {
        Advisory advisory = requireReadable(publicId, actor);
        if (!seesWorkingCopy(advisory, actor)) {
            throw new ForbiddenOperationException("Only co-authoring organizations " + what);
        }
        return advisory;
    }

    /** Loads, locked for the transaction, an advisory the actor may change in a role-specific way. */
    public Advisory requireCoauthor(String publicId, Actor actor, String... roles) {
        Advisory advisory = readable(advisories.findByPublicIdForUpdate(publicId), publicId, actor);
        if (!actor.hasAny(roles)) {
            throw new ForbiddenOperationException("This needs one of the roles " + String.join(", ", roles));
        }
        if (!advisory.isCoauthoredBy(actor.organizationId())) {
            throw new ForbiddenOperationException("Only officials of the co-authoring organizations may change "
                    + publicId + "; " + actor.organizationId() + " is not one of them");
        }
        return advisory;
    }
}
