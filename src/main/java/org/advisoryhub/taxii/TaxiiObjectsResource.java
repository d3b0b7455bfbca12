package org.advisoryhub.taxii;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Set;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ForbiddenOperationException;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.distribution.CollectionAccess;
import org.advisoryhub.distribution.CollectionReader;
import org.advisoryhub.distribution.ObjectFilter;
import org.advisoryhub.distribution.ObjectPage;
import org.advisoryhub.distribution.SubmissionService;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.partner.auth.CurrentPartner;

/** Objects of a collection (TAXII 2.1 §5.4–§5.8). */
@Path(Taxii.API_ROOT + "/collections/{collection}/objects")
@RolesAllowed(Roles.PARTNER)
public class TaxiiObjectsResource {

    private static final Set<String> OBJECTS_PARAMS =
            Set.of("added_after", "limit", "next", "match[id]", "match[type]", "match[version]", "match[spec_version]");
    private static final Set<String> OBJECT_PARAMS =
            Set.of("added_after", "limit", "next", "match[version]", "match[spec_version]");
    private static final Set<String> VERSIONS_PARAMS = Set.of("added_after", "limit", "next", "match[spec_version]");

    private final CollectionReader reader;
    private final CurrentPartner partner;
    private final TaxiiCursor cursors;
    private final SubmissionService submissions;
    private final HubConfig config;

    public TaxiiObjectsResource(
            CollectionReader reader,
            CurrentPartner partner,
            TaxiiCursor cursors,
            SubmissionService submissions,
            HubConfig config) {
        this.reader = reader;
        this.submissions = submissions;
        this.partner = partner;
        this.cursors = cursors;
        this.config = config;
    }

    /** §5.4: an envelope of objects, oldest date_added first, latest versions unless match[version] says otherwise. */
    @GET
    public Response objects(@PathParam("collection") String collection, @Context UriInfo uri) {
        return page(collection, null, uri, OBJECTS_PARAMS, "objects");
    }

    /** §5.6: all versions selected by match[version] of one object. */
    @GET
    @Path("{objectId}")
    public Response object(
            @PathParam("collection") String collection, @PathParam("objectId") String objectId, @Context UriInfo uri) {
        Response response = page(collection, objectId, uri, OBJECT_PARAMS, "object");
        if ("{}".equals(response.getEntity()) && !uri.getQueryParameters().containsKey("added_after")) {
            // An object this key cannot see (or that does not exist) is not found, not an empty envelope.
            throw new NotFoundException("Object", objectId);
        }
        return response;
    }

    /** §5.8: the versions of one object. */
    @GET
    @Path("{objectId}/versions")
    public Response versions(
            @PathParam("collection") String collection, @PathParam("objectId") String objectId, @Context UriInfo uri) {
        ApiKeyGrant grant = partner.grant();
        CollectionAccess access = reader.collection(grant, collection);
        ObjectFilter filter = TaxiiQuery.parse(
                uri.getQueryParameters(),
                VERSIONS_PARAMS,
                config.taxii().defaultPageSize(),
                config.taxii().maxPageSize());
        ObjectFilter all = new ObjectFilter(
                filter.after(),
                filter.limit(),
                filter.ids(),
                filter.types(),
                ObjectFilter.Versions.ALL,
                filter.exactVersions(),
                filter.specVersionMatches());
        ObjectPage page = reader.read(grant, access, all, objectId, "versions");
        if (page.rows().isEmpty() && filter.after() == null) {
            throw new NotFoundException("Object", objectId);
        }
        return TaxiiResponses.versions(page, filter.after());
    }

    /**
     * §5.5: adds objects to a collection the key may write. Answers 202 with a complete status resource that
     * reports each object as a success or a failure (with the reason); the status stays queryable.
     */
    @POST
    public Response add(@PathParam("collection") String collection, String envelope) {
        ApiKeyGrant grant = partner.grant();
        CollectionAccess access = reader.collection(grant, collection);
        if (!access.canWrite()) {
            throw new ForbiddenOperationException("This collection is read-only for your API key");
        }
        return Response.status(Response.Status.ACCEPTED)
                .entity(submissions.submit(grant, access, envelope))
                .type(Taxii.MEDIA_TYPE)
                .build();
    }

    /**
     * §5.7: deletes this partner's own versions of an object (all, or those in match[version]); needs can_read
     * and can_write, exactly one of them is a 403. Hub content is never deleted: withdrawals are revocations.
     */
    @DELETE
    @Path("{objectId}")
    public Response delete(
            @PathParam("collection") String collection, @PathParam("objectId") String objectId, @Context UriInfo uri) {
        ApiKeyGrant grant = partner.grant();
        CollectionAccess access = reader.collection(grant, collection);
        if (!access.canRead() || !access.canWrite()) {
            throw new ForbiddenOperationException("Objects of this collection cannot be deleted with your API key; "
                    + "withdrawn advisories are published as revoked objects instead");
        }
        ObjectFilter filter =
                TaxiiQuery.parse(uri.getQueryParameters(), Set.of("match[version]", "match[spec_version]"), 1, 1);
        submissions.delete(grant, access, objectId, filter.exactVersions());
        return Response.ok().type(Taxii.MEDIA_TYPE).build();
    }

    private Response page(String collection, String objectId, UriInfo uri, Set<String> allowed, String endpoint) {
        ApiKeyGrant grant = partner.grant();
        CollectionAccess access = reader.collection(grant, collection);
        var params = uri.getQueryParameters();
        ObjectFilter filter = TaxiiQuery.parse(
                params,
                allowed,
                config.taxii().defaultPageSize(),
                config.taxii().maxPageSize());
        ObjectFilter effective = filter;
        if (params.getFirst("next") != null) {
            Instant position = cursors.decode(scope(grant, access, objectId, params), params.getFirst("next"));
            // next continues after its position; a later added_after given with it still applies.
            effective = filter.withAfter(
                    filter.after() != null && filter.after().isAfter(position) ? filter.after() : position);
        }
        ObjectPage page = reader.read(grant, access, effective, objectId, endpoint);
        String next = page.more()
                ? cursors.encode(
                        scope(grant, access, objectId, params),
                        page.rows().get(page.rows().size() - 1).dateAdded())
                : null;
        return TaxiiResponses.envelope(page, next, effective.after());
    }

    /** What a {@code next} cursor is bound to: this key, collection, object and the rest of the query. */
    private static String scope(
            ApiKeyGrant grant, CollectionAccess access, String objectId, MultivaluedMap<String, String> params) {
        return grant.keyId() + "|" + access.collection().id() + "|" + objectId + "|" + TaxiiQuery.signature(params);
    }
}
