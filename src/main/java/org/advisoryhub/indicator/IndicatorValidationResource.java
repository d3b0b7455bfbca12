package org.advisoryhub.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.indicator.dto.BulkReport;
import org.advisoryhub.indicator.dto.BulkRequest;

/** Checks and classifies values before there is an advisory to put them in. */
@Path("/api/v1/indicators/validate")
@RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER})
public class IndicatorValidationResource {

    private final IndicatorService service;

    public IndicatorValidationResource(IndicatorService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkReport validate(BulkRequest request) {
        return service.validate(request);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/csv"})
    public BulkReport validateText(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String text) {
        return service.validate(IndicatorResource.textRequest(text, contentType));
    }
}
