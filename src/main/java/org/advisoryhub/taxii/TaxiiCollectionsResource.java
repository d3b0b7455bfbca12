package org.advisoryhub.taxii;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.distribution.CollectionAccess;
import org.advisoryhub.distribution.CollectionReader;
import org.advisoryhub.distribution.ObjectFilter;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.partner.auth.CurrentPartner;

/** Collections (TAXII 2.1 §5.1), one collection (§5.2) and its manifest (§5.3). */
@Path(Taxii.API_ROOT + "/collections")
@RolesAllowed(Roles.PARTNER)
public class TaxiiCollectionsResource {

    private static final Set<String> MANIFEST_PARAMS =
            Set.of("added_after", "limit", "next", "match[id]", "match[type]", "match[version]", "match[spec_version]");

    private final CollectionReader reader;
    private final CurrentPartner partner;
    private final HubConfig config;

    public TaxiiCollectionsResource(CollectionReader reader, CurrentPartner partner, HubConfig config) {
        this.reader = reader;
        this.partner = partner;
        this.config = config;
    }

    /** §5.1: the collections this key may use, in id order; none at all is the empty resource {@code {}}. */
    @GET
    public Response collections() {
        List<Map<String, Object>> list = reader.collections(partner.grant()).stream()
                .map(TaxiiCollectionsResource::resource)
                .toList();
        Map<String, Object> body = list.isEmpty() ? Map.of() : Map.of("collections", list);
        return Response.ok(body).type(Taxii.MEDIA_TYPE).build();
    }

    @GET
    @Path("{collection}")
    public Response collection(@PathParam("collection") String collection) {
        return Response.ok(resource(reader.collection(partner.grant(), collection)))
                .type(Taxii.MEDIA_TYPE)
                .build();
    }

    /** §5.3: one record per object version in date_added order; page on with added_after. */
    @GET
    @Path("{collection}/manifest")
    public Response manifest(@PathParam("collection") String collection, @Context UriInfo uri) {
        ApiKeyGrant grant = partner.grant();
        CollectionAccess access = reader.collection(grant, collection);
        ObjectFilter filter = TaxiiQuery.parse(
                uri.getQueryParameters(),
                MANIFEST_PARAMS,
                config.taxii().defaultPageSize(),
                config.taxii().maxPageSize());
        return TaxiiResponses.manifest(reader.manifest(grant, access, filter), filter.after());
    }

    static Map<String, Object> resource(CollectionAccess access) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", access.collection().id().toString());
        c.put("title", access.collection().title());
        if (access.collection().description() != null) {
            c.put("description", access.collection().description());
        }
        c.put("alias", access.collection().alias());
        c.put("can_read", access.canRead());
        c.put("can_write", access.canWrite());
        c.put("media_types", List.of(Taxii.STIX_MEDIA_TYPE));
        return c;
    }
}
