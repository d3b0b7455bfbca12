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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.advisoryhub.audit.AuditFilter;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.audit.dto.AuditVerification;
import org.advisoryhub.collection.CollectionService;
import org.advisoryhub.collection.dto.CollectionRequest;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.FormText;
import org.advisoryhub.organization.OrganizationKind;
import org.advisoryhub.organization.dto.OrganizationRequest;
import org.advisoryhub.organization.dto.OrganizationResponse;
import org.advisoryhub.partner.ApiKeyService;
import org.advisoryhub.partner.PartnerService;
import org.advisoryhub.partner.dto.ApiKeyRequest;
import org.advisoryhub.partner.dto.ApiKeyResponse;
import org.advisoryhub.webhook.WebhookOversight;
import org.advisoryhub.webhook.dto.SubscriptionResponse;

/**
 * Administration in the console: partners and their API keys (a new or rotated secret is shown once, on the page
 * that created it), collections and their audiences, and the audit trail with its chain verification.
 */
@FormText
@Path("/console/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminPages {

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance partners(
                List<OrganizationResponse> partners, List<OrganizationKind> kinds, ConsoleView view);

        static native TemplateInstance partner(
                OrganizationResponse partner,
                List<ApiKeyResponse> keys,
                List<CollectionResponse> collections,
                List<SubscriptionResponse> webhooks,
                ApiKeyResponse issued,
                ConsoleView view);

        static native TemplateInstance collections(List<CollectionResponse> collections, ConsoleView view);

        static native TemplateInstance audit(List<AuditEvent> events, AuditVerification verification, ConsoleView view);
    }

    private final PartnerService partners;
    private final ApiKeyService keys;
    private final CollectionService collections;
    private final AuditService audit;
    private final CurrentOfficial current;
    private final ConsoleViews views;
    private final OneTimeSecrets secrets;
    private final WebhookOversight webhooks;

    public AdminPages(
            PartnerService partners,
            ApiKeyService keys,
            CollectionService collections,
            AuditService audit,
            CurrentOfficial current,
            ConsoleViews views,
            OneTimeSecrets secrets,
            WebhookOversight webhooks) {
        this.webhooks = webhooks;
        this.secrets = secrets;
        this.partners = partners;
        this.keys = keys;
        this.collections = collections;
        this.audit = audit;
        this.current = current;
        this.views = views;
    }

    @GET
    @Path("partners")
    public TemplateInstance partners() {
        return views.localized(Templates.partners(partners.list(), PartnerService.kinds(), views.of(current.actor())));
    }

    @POST
    @Path("partners")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePartner(
            @FormParam("_csrf") String csrf,
            @FormParam("id") String id,
            @FormParam("name") String name,
            @FormParam("country") String country,
            @FormParam("kind") String kind) {
        views.verify(csrf);
        partners.upsert(
                new OrganizationRequest(id, name, ConsoleForms.blankToNull(country), kind(kind)), current.actor());
        return ConsoleForms.see("/console/admin/partners/" + id);
    }

    /** The partner and its keys; {@code issued} refers to a just-made secret, shown on this one view. */
    @GET
    @Path("partners/{id}")
    public TemplateInstance partner(@PathParam("id") String id, @QueryParam("issued") String issued) {
        return partnerPage(id, secrets.take(issued, id).orElse(null));
    }

    /** Issues a key; the next page shows its secret once (the hub keeps only a hash). */
    @POST
    @Path("partners/{id}/keys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(
            @PathParam("id") String id,
            @FormParam("_csrf") String csrf,
            @FormParam("name") String name,
            @FormParam("collections") List<String> granted,
            @FormParam("tlpCeiling") String ceiling,
            @FormParam("canWrite") String canWrite,
            @FormParam("canSubscribe") String canSubscribe,
            @FormParam("expires") String expires) {
        views.verify(csrf);
        ApiKeyResponse issued = keys.issue(
                id,
                new ApiKeyRequest(
                        name,
                        granted == null ? List.of() : granted,
                        ConsoleForms.tlp("tlpCeiling", ceiling),
                        canWrite != null,
                        canSubscribe != null,
                        expiry(expires)),
                current.actor());
        return showSecret(id, issued);
    }

    @POST
    @Path("partners/{id}/keys/{keyId}/rotate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(
            @PathParam("id") String id, @PathParam("keyId") String keyId, @FormParam("_csrf") String csrf) {
        views.verify(csrf);
        return showSecret(id, keys.rotate(id, keyId, current.actor()));
    }

    private Response showSecret(String partner, ApiKeyResponse key) {
        return ConsoleForms.see("/console/admin/partners/" + partner + "?issued=" + secrets.hold(key));
    }

    @POST
    @Path("partners/{id}/keys/{keyId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(
            @PathParam("id") String id, @PathParam("keyId") String keyId, @FormParam("_csrf") String csrf) {
        views.verify(csrf);
        keys.revoke(id, keyId, current.actor());
        return ConsoleForms.see("/console/admin/partners/" + id);
    }

    @GET
    @Path("collections")
    public TemplateInstance collections() {
        return views.localized(Templates.collections(collections.list(), views.of(current.actor())));
    }

    @POST
    @Path("collections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCollection(
            @FormParam("_csrf") String csrf,
            @FormParam("alias") String alias,
            @FormParam("title") String title,
            @FormParam("description") String description,
            @FormParam("tlpCeiling") String ceiling,
            @FormParam("objectTypes") String types,
            @FormParam("acceptsWrites") String acceptsWrites,
            @FormParam("addressedOnly") String addressedOnly) {
        views.verify(csrf);
        List<String> objectTypes = types == null
                ? List.of()
                : List.of(types.split(",")).stream()
                        .map(String::trim)
                        .filter(t -> !t.isEmpty())
                        .toList();
        collections.upsert(
                alias,
                new CollectionRequest(
                        title,
                        ConsoleForms.blankToNull(description),
                        ConsoleForms.tlp("tlpCeiling", ceiling),
                        objectTypes,
                        acceptsWrites != null,
                        addressedOnly != null),
                current.actor());
        return ConsoleForms.see("/console/admin/collections");
    }

    @GET
    @Path("audit")
    public TemplateInstance audit() {
        List<AuditEvent> events = audit.search(AuditFilter.newest(100)).items();
        return views.localized(Templates.audit(events, audit.verify(), views.of(current.actor())));
    }

    private TemplateInstance partnerPage(String id, ApiKeyResponse issued) {
        OrganizationResponse partner = partners.list().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new org.advisoryhub.common.error.NotFoundException("Partner", id));
        return views.localized(Templates.partner(
                partner,
                keys.list(id),
                collections.list(),
                webhooks.subscriptions(id, current.actor()),
                issued,
                views.of(current.actor())));
    }

    private static OrganizationKind kind(String text) {
        try {
            return OrganizationKind.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("kind", "a partner is a VASP, PARTNER_GOVERNMENT or COMPANY");
        }
    }

    private static java.time.Instant expiry(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of("expires", "must be a date such as 2027-12-31");
        }
    }
}
