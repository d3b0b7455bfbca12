package org.advisoryhub.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryhub.common.error.ForbiddenOperationException;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.security.Actor;

/**
 * Who may see and change which advisory. Drafts are visible only to officials of co-authoring organizations (and
 * admins); a published revision to every official that {@link Visibility} lets read it (TLP:RED and AMBER+STRICT:
 * co-authors and named recipients only). Changes need the right role and a co-authoring organization.
 */
@ApplicationScoped
public class AdvisoryAccess {

    private final AdvisoryRepository advisories;
    private final PublicationPorts.PublishedRevisionLookup published;

    public AdvisoryAccess(AdvisoryRepository advisories, PublicationPorts.PublishedRevisionLookup published) {
        this.advisories = advisories;
        this.published = published;
    }

    public boolean seesWorkingCopy(Advisory advisory, Actor actor) {
        return actor.isAdmin() || advisory.isCoauthoredBy(actor.organizationId());
    }

    /** Loads an advisory the actor may read; unreadable ones look the same as missing ones. */
    public Advisory requireReadable(String publicId, Actor actor) {
        return readable(advisories.findByPublicId(publicId), publicId, actor);
    }

    /**
     * Loads an advisory anyone may read without signing in: its latest published revision is public
     * ({@link Visibility#publicMayRead}). Others look the same as missing ones.
     */
    public Advisory requirePublic(String publicId) {
        Advisory advisory =
                advisories.findByPublicId(publicId).orElseThrow(() -> new NotFoundException("Advisory", publicId));
        boolean open = published
                .audience(advisory.id())
                .map(p -> Visibility.publicMayRead(p.tlp()))
                .orElse(false);
        if (!open) {
            throw new NotFoundException("Advisory", publicId);
        }
        return advisory;
    }

    /** Co-authors and administrators read the working copy; others the latest published revision, if it is for them. */
    private Advisory readable(java.util.Optional<Advisory> found, String publicId, Actor actor) {
        Advisory advisory = found.orElseThrow(() -> new NotFoundException("Advisory", publicId));
        if (seesWorkingCopy(advisory, actor)) {
            return advisory;
        }
        boolean readable = published
                .audience(advisory.id())
                .map(p -> mayReadRevision(advisory, actor, p.tlp(), p.recipients()))
                .orElse(false);
        if (!readable) {
            throw new NotFoundException("Advisory", publicId);
        }
        return advisory;
    }

    /** Whether the actor may read a published revision of this advisory with this level and these recipients. */
    public boolean mayReadRevision(Advisory advisory, Actor actor, Tlp tlp, java.util.Collection<String> recipients) {
        return Visibility.officialMayRead(
                tlp,
                recipients,
                actor.organizationId(),
                advisory.isCoauthoredBy(actor.organizationId()),
                actor.isAdmin());
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
