package org.advisoryhub.taxii;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.distribution.SubmissionService;
import org.advisoryhub.partner.auth.CurrentPartner;

/** Server discovery (TAXII 2.1 §4.1), the API root (§4.2) and status (§4.3). */
@Path(Taxii.ROOT)
@RolesAllowed(Roles.PARTNER)
public class TaxiiApiRootResource {

    private final HubConfig config;
    private final SubmissionService submissions;
    private final CurrentPartner partner;

    public TaxiiApiRootResource(HubConfig config, SubmissionService submissions, CurrentPartner partner) {
        this.config = config;
        this.submissions = submissions;
        this.partner = partner;
    }

    /** §4.1: the one API root of this server; relative URLs beginning with a single "/". */
    @GET
    public Response discovery() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", config.taxii().title());
        body.put("description", "Joint threat advisories as STIX 2.1, filtered to what your API key may see.");
        config.taxii().contact().ifPresent(c -> body.put("contact", c));
        body.put("default", Taxii.API_ROOT + "/");
        body.put("api_roots", List.of(Taxii.API_ROOT + "/"));
        return Response.ok(body).type(Taxii.MEDIA_TYPE).build();
    }

    /** §4.2.1: versions MUST include TAXII 2.1; max_content_length is what a POST may carry. */
    @GET
    @Path("api")
    public Response apiRoot() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", config.taxii().title() + " advisories");
        body.put("description", "Collections of published joint advisories, their indicators and related objects.");
        body.put("versions", List.of(Taxii.MEDIA_TYPE));
        body.put("max_content_length", config.taxii().maxContentLength());
        return Response.ok(body).type(Taxii.MEDIA_TYPE).build();
    }

    /** §4.3: status of an earlier POST of this partner; kept at least 24 hours (in fact, until purged). */
    @GET
    @Path("api/status/{statusId}")
    public Response status(@PathParam("statusId") String statusId) {
        return Response.ok(submissions.status(partner.grant(), statusId))
                .type(Taxii.MEDIA_TYPE)
                .build();
    }
}
