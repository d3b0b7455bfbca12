package org.advisoryhub.indicator;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.http.ETags;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.indicator.dto.BulkReport;
import org.advisoryhub.indicator.dto.BulkRequest;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.dto.IndicatorResponse;

/** The working indicator set of an advisory, one at a time or in bulk (JSON, pasted text or CSV). */
@Path("/api/v1/advisories/{id}/indicators")
@Authenticated
public class IndicatorResource {

    private final IndicatorService service;
    private final CurrentOfficial current;
    private final HubConfig config;

    public IndicatorResource(IndicatorService service, CurrentOfficial current, HubConfig config) {
        this.service = service;
        this.current = current;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Page<IndicatorResponse> list(
            @PathParam("id") String id,
            @QueryParam("kind") String kind,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size =
                Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize());
        return service.list(id, IndicatorKind.fromQuery(kind), cursor, size, current.actor());
    }

    @GET
    @Path("{indicatorId}")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public IndicatorResponse get(@PathParam("id") String id, @PathParam("indicatorId") UUID indicatorId) {
        return service.get(id, indicatorId, current.actor());
    }

    @POST
    @RolesAllowed(Roles.DRAFTER)
    public Response add(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IndicatorInput input) {
        IndicatorResponse created = service.add(id, input, ETags.parseIfMatch(ifMatch), current.actor());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{indicatorId}")
    @RolesAllowed(Roles.DRAFTER)
    public IndicatorResponse update(
            @PathParam("id") String id,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            IndicatorInput input) {
        return service.update(id, indicatorId, input, ETags.parseIfMatch(ifMatch), current.actor());
    }

    @DELETE
    @Path("{indicatorId}")
    @RolesAllowed(Roles.DRAFTER)
    public Response delete(
            @PathParam("id") String id,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, indicatorId, ETags.parseIfMatch(ifMatch), current.actor());
        return Response.noContent().build();
    }

    /** Adds many indicators; all-or-nothing. */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DRAFTER)
    public BulkReport bulk(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, BulkRequest request) {
        return service.addBulk(id, request, ETags.parseIfMatch(ifMatch), current.actor());
    }

    /** Adds a pasted list ({@code text/plain}, one value per line) or a CSV file ({@code text/csv}). */
    @POST
    @Path("bulk")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv"})
    @RolesAllowed(Roles.DRAFTER)
    public BulkReport bulkText(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String text) {
        return service.addBulk(id, textRequest(text, contentType), ETags.parseIfMatch(ifMatch), current.actor());
    }

    /** Dry run: the same per-item report as a bulk add, nothing saved. */
    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER})
    public BulkReport validate(@PathParam("id") String id, BulkRequest request) {
        return service.validate(id, request, current.actor());
    }

    @POST
    @Path("validate")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv"})
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER})
    public BulkReport validateText(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String text) {
        return service.validate(id, textRequest(text, contentType), current.actor());
    }

    static BulkRequest textRequest(String text, String contentType) {
        boolean csv = contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
        return new BulkRequest(null, text, csv ? "csv" : "lines", null);
    }
}
