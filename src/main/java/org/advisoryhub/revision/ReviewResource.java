package org.advisoryhub.revision;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.revision.dto.ReviewDue;

/**
 * Reviews coming due: {@code within} (ISO-8601 duration, default {@code hub.advisories.review-notice}) says how far
 * ahead to look; what has already passed is always included. Keyset-paged with {@code cursor}.
 */
@Path("/api/v1/reviews")
@Authenticated
public class ReviewResource {

    private final ReviewService reviews;
    private final CurrentOfficial current;

    public ReviewResource(ReviewService reviews, CurrentOfficial current) {
        this.reviews = reviews;
        this.current = current;
    }

    @GET
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Path("/advisories")
    public Page<ReviewDue.Advisory> advisories(
            @QueryParam("within") String within,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return reviews.advisories(within, cursor, limit, current.actor());
    }

    @GET
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Path("/indicators")
    public Page<ReviewDue.Indicator> indicators(
            @QueryParam("within") String within,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return reviews.indicators(within, cursor, limit, current.actor());
    }
}
