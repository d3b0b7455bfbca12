package org.advisoryhub.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.partner.auth.CurrentPartner;
import org.advisoryhub.webhook.dto.DeliveryResponse;
import org.advisoryhub.webhook.dto.SubscriptionRequest;
import org.advisoryhub.webhook.dto.SubscriptionResponse;

/** Partners' webhook subscriptions and their deliveries, with an API key that may subscribe. */
@Path("/api/v1/webhooks")
@RolesAllowed(Roles.PARTNER)
public class WebhookResource {

    private final WebhookService service;
    private final CurrentPartner partner;
    private final HubConfig config;

    public WebhookResource(WebhookService service, CurrentPartner partner, HubConfig config) {
        this.service = service;
        this.partner = partner;
        this.config = config;
    }

    @POST
    public Response subscribe(SubscriptionRequest request) {
        SubscriptionResponse created = service.subscribe(partner.grant(), request);
        return Response.created(URI.create("/api/v1/webhooks/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    public Page<SubscriptionResponse> list() {
        return Page.whole(service.list(partner.grant()));
    }

    @GET
    @Path("{id}")
    public SubscriptionResponse get(@PathParam("id") String id) {
        return service.get(partner.grant(), id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        service.delete(partner.grant(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Page<DeliveryResponse> deliveries(
            @PathParam("id") String id,
            @QueryParam("status") String status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size =
                Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize());
        return service.deliveries(partner.grant(), id, status, cursor, size);
    }

    @POST
    @Path("{id}/deliveries/{delivery}/replay")
    public Response replay(@PathParam("id") String id, @PathParam("delivery") String delivery) {
        DeliveryResponse replay = service.replay(partner.grant(), id, delivery);
        return Response.accepted(replay).build();
    }
}
