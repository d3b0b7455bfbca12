package org.advisoryhub.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.http.ETags;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.partner.auth.CurrentPartner;

/**
 * A MISP feed of a collection, as MISP subscribes to one: {@code manifest.json}, {@code <event uuid>.json} and
 * {@code hashes.csv} under {@code /feeds/{collection}/misp/}, with the partner's API key in the Authorization header.
 * Conditional requests with {@code If-None-Match} get 304 while nothing changed; the manifest and hashes stream.
 */
@Path("/feeds/{collection}/misp")
@RolesAllowed(Roles.PARTNER)
public class MispFeedResource {

    private static final Pattern EVENT_FILE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.json");

    private final MispFeedService service;
    private final CurrentPartner partner;
    private final ObjectMapper json;

    public MispFeedResource(MispFeedService service, CurrentPartner partner, ObjectMapper json) {
        this.service = service;
        this.partner = partner;
        this.json = json;
    }

    @GET
    @Path("manifest.json")
    public Response manifest(
            @PathParam("collection") String collection, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ApiKeyGrant grant = partner.grant();
        Visibility.PartnerView view = service.view(grant, collection);
        return conditional(grant, view, "manifest.json", ifNoneMatch, MediaType.APPLICATION_JSON, out -> {
            int[] events = {0};
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                g.writeStartObject();
                service.streamManifest(view, e -> {
                    g.writeFieldName(e.uuid());
                    json.writeTree(g, e.entry());
                    events[0]++;
                });
                g.writeEndObject();
            } finally {
                service.audit(grant, collection, "manifest", events[0]);
            }
        });
    }

    @GET
    @Path("hashes.csv")
    public Response hashes(
            @PathParam("collection") String collection, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ApiKeyGrant grant = partner.grant();
        Visibility.PartnerView view = service.view(grant, collection);
        return conditional(grant, view, "hashes.csv", ifNoneMatch, "text/csv; charset=utf-8", out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            int[] rows = {0};
            try {
                service.streamHashes(view, r -> {
                    w.write(md5(r.value()) + "," + MispEvents.eventUuid(r.publicId()) + "\n");
                    rows[0]++;
                });
                w.flush();
            } finally {
                service.audit(grant, collection, "hashes", rows[0]);
            }
        });
    }

    @GET
    @Path("{file}")
    public Response event(
            @PathParam("collection") String collection,
            @PathParam("file") String file,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ApiKeyGrant grant = partner.grant();
        Visibility.PartnerView view = service.view(grant, collection);
        if (!EVENT_FILE.matcher(file).matches()) {
            throw new NotFoundException("MISP feed file", file);
        }
        String uuid = file.substring(0, file.length() - ".json".length());
        EntityTag etag = new EntityTag(service.etag(grant, view, file));
        if (ETags.noneMatchHas(ifNoneMatch, etag.getValue())) {
            return Response.notModified(etag).build(); // nothing built, nothing sent: not a pull
        }
        var event = service.event(view, uuid);
        service.audit(grant, collection, "event", 1);
        return ok(etag, MediaType.APPLICATION_JSON, out -> json.writeValue(out, event));
    }

    private Response conditional(
            ApiKeyGrant grant,
            Visibility.PartnerView view,
            String file,
            String ifNoneMatch,
            String type,
            StreamingOutput body) {
        EntityTag etag = new EntityTag(service.etag(grant, view, file));
        if (ETags.noneMatchHas(ifNoneMatch, etag.getValue())) {
            return Response.notModified(etag).build();
        }
        return ok(etag, type, body);
    }

    private static Response ok(EntityTag etag, String type, StreamingOutput body) {
        return Response.ok(body)
                .type(type)
                .tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    /** MISP's hashes.csv keys values by their MD5 (a lookup key, not a security measure). */
    static String md5(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
