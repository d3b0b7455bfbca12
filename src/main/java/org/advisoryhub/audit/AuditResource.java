package org.advisoryhub.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.audit.dto.AuditVerification;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Roles;

/** Admins read the audit trail and check that nobody rewrote it. */
@Path("/api/v1/audit")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private final AuditService audit;
    private final HubConfig config;

    public AuditResource(AuditService audit, HubConfig config) {
        this.audit = audit;
        this.config = config;
    }

    /** Events newest first; filter by actor, advisory, partner, action and time ({@code from} inclusive, {@code to} exclusive). */
    @GET
    public Page<AuditEvent> search(
            @QueryParam("actor") String actor,
            @QueryParam("advisory") String advisory,
            @QueryParam("partner") String partner,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        Cursor after = Cursor.decode(cursor);
        Long before = after == null ? null : after.sequence();
        int size =
                Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize());
        return audit.search(new AuditFilter(
                blank(actor),
                blank(advisory),
                blank(partner),
                blank(action),
                time("from", from),
                time("to", to),
                before,
                size));
    }

    /**
     * Partners' pulls, newest first: filter by key, organization, collection (its id), endpoint and time. Records
     * reach the log within {@code hub.audit.pull-flush-interval} of the pull.
     */
    @GET
    @Path("pulls")
    public Page<PullRecord> pulls(
            @QueryParam("key") String key,
            @QueryParam("organization") String organization,
            @QueryParam("collection") String collection,
            @QueryParam("endpoint") String endpoint,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        Cursor after = Cursor.decode(cursor);
        int size =
                Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize());
        return audit.searchPulls(new PullFilter(
                blank(key),
                blank(organization),
                uuid("collection", collection),
                blank(endpoint),
                time("from", from),
                time("to", to),
                after == null ? null : after.sequence(),
                size));
    }

    /**
     * Recomputes the hash chain and names the first broken link, if any: from its start, or from a checkpoint kept
     * from an earlier check ({@code after} an event id, with the {@code hash} it had).
     */
    @GET
    @Path("verify")
    public AuditVerification verify(@QueryParam("after") String after, @QueryParam("hash") String hash) {
        return audit.verify(Checkpoint.of(after, hash));
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of(field, "must be an RFC 3339 UTC timestamp such as 2026-01-31T00:00:00Z");
        }
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of(field, "must be a collection id (a UUID)");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
