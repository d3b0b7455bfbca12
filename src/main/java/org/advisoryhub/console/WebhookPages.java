package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.FormText;
import org.advisoryhub.webhook.WebhookOversight;
import org.advisoryhub.webhook.dto.DeliveryResponse;
import org.advisoryhub.webhook.dto.SubscriptionResponse;

/** A partner's webhook as administrators see it: its deliveries, newest first, their errors, and replaying one. */
@FormText
@Path("/console/admin/partners/{partner}/webhooks/{webhook}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class WebhookPages {

    /** Deliveries on a page. */
    private static final int ROWS = 50;

    private static final List<String> STATUSES = List.of("pending", "delivered", "failed");

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance webhook(
                String partner,
                SubscriptionResponse webhook,
                List<DeliveryResponse> deliveries,
                String status,
                List<String> statuses,
                String next,
                ConsoleView view);
    }

    private final WebhookOversight webhooks;
    private final CurrentOfficial current;
    private final ConsoleViews views;

    public WebhookPages(WebhookOversight webhooks, CurrentOfficial current, ConsoleViews views) {
        this.webhooks = webhooks;
        this.current = current;
        this.views = views;
    }

    @GET
    public TemplateInstance webhook(
            @PathParam("partner") String partner,
            @PathParam("webhook") String webhook,
            @QueryParam("status") String status,
            @QueryParam("cursor") String cursor) {
        Actor actor = current.actor();
        status = ConsoleForms.blankToNull(status); // the filter's "any" option sends an empty value
        SubscriptionResponse subscription = webhooks.subscription(partner, webhook, actor);
        Page<DeliveryResponse> page = webhooks.deliveries(partner, webhook, status, cursor, ROWS, actor);
        String next = page.next() == null
                ? null
                : UriBuilder.fromPath(base(partner, webhook))
                        .queryParam("status", status == null ? "" : status)
                        .queryParam("cursor", page.next())
                        .build()
                        .toString();
        return views.localized(
                Templates.webhook(partner, subscription, page.items(), status, STATUSES, next, views.of(actor)));
    }

    /** Queues the delivery's event again, due now, and goes back to the list, which shows the new delivery first. */
    @POST
    @Path("deliveries/{delivery}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replay(
            @PathParam("partner") String partner,
            @PathParam("webhook") String webhook,
            @PathParam("delivery") String delivery,
            @FormParam("_csrf") String csrf) {
        views.verify(csrf);
        webhooks.replay(partner, webhook, delivery, current.actor());
        return ConsoleForms.see(base(partner, webhook));
    }

    private static String base(String partner, String webhook) {
        return UriBuilder.fromPath("/console/admin/partners/{p}/webhooks/{w}")
                .build(partner, webhook)
                .toString();
    }
}
