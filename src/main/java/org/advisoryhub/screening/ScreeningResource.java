package org.advisoryhub.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.partner.auth.CurrentPartner;
import org.advisoryhub.screening.dto.ScreenRequest;
import org.advisoryhub.screening.dto.ScreenResponse;

/** Address and indicator screening for partners' API keys: {@code POST /api/v1/screen}, or one value by GET. */
@Path("/api/v1/screen")
@RolesAllowed(Roles.PARTNER)
public class ScreeningResource {

    private final ScreeningService service;
    private final CurrentPartner partner;

    public ScreeningResource(ScreeningService service, CurrentPartner partner) {
        this.service = service;
        this.partner = partner;
    }

    @POST
    public ScreenResponse screen(ScreenRequest request) {
        return service.screen(partner.grant(), request == null ? null : request.values());
    }

    /** {@code ?value=} may repeat, for quick checks from a shell. */
    @GET
    public ScreenResponse screen(@QueryParam("value") List<String> values) {
        return service.screen(partner.grant(), values);
    }
}
