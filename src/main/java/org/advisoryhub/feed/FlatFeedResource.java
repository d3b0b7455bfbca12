package org.advisoryhub.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.http.ETags;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.CsvCells;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.partner.auth.CurrentPartner;
import org.advisoryhub.revision.PublishedRows;

/**
 * Flat feeds: {@code GET /feeds/{collection}/{kind}.csv|.txt?chain=&since=} with the partner's API key.
 * Conditional requests with {@code If-None-Match} get 304 while nothing changed; bodies are streamed.
 */
@Path("/feeds/{collection}")
@RolesAllowed(Roles.PARTNER)
public class FlatFeedResource {

    private static final String CSV_HEADER =
            "value,kind,chain,asset,advisory,revision,tlp,valid_from,valid_until,source_url,platform\n";

    private final FlatFeedService service;
    private final CurrentPartner partner;

    public FlatFeedResource(FlatFeedService service, CurrentPartner partner) {
        this.service = service;
        this.partner = partner;
    }

    @GET
    @Path("{file}")
    public Response feed(
            @PathParam("collection") String collection,
            @PathParam("file") String file,
            @QueryParam("chain") String chain,
            @QueryParam("since") String since,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!FlatFeedService.contentTypes().containsKey(format)) {
            throw ValidationFailedException.of(
                    "file", "name the feed <kind>.csv or <kind>.txt, e.g. crypto_address.csv");
        }
        IndicatorKind kind = IndicatorKind.fromQuery(file.substring(0, dot));
        if (kind == null) {
            throw ValidationFailedException.of(
                    "kind", "name the feed <kind>.csv or <kind>.txt, e.g. crypto_address.csv");
        }
        ApiKeyGrant grant = partner.grant();
        FlatFeedQuery query = service.query(grant, collection, kind.name(), chainName(chain), since(since));
        EntityTag etag = new EntityTag(service.etag(grant, query, format));
        if (ETags.noneMatchHas(ifNoneMatch, etag.getValue())) {
            return Response.notModified(etag).build();
        }
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if ("csv".equals(format)) {
                w.write(CSV_HEADER);
            }
            int[] rows = {0};
            try {
                service.stream(query, row -> {
                    w.write("csv".equals(format) ? csv(row) : row.value() + "\n");
                    rows[0]++;
                });
                w.flush();
            } finally {
                // After the body, so the trail records what was actually sent (also when the client hung up).
                service.audit(grant, collection, rows[0]);
            }
        };
        return Response.ok(body)
                .type(FlatFeedService.contentTypes().get(format))
                .tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    private static String csv(PublishedRows.FeedIndicator r) {
        return CsvCells.row(
                r.value(),
                r.kind().toLowerCase(java.util.Locale.ROOT),
                r.chain(),
                r.asset(),
                r.advisory(),
                String.valueOf(r.revision()),
                r.tlp(),
                r.validFrom() == null ? null : r.validFrom().toString(),
                r.validUntil() == null ? null : r.validUntil().toString(),
                r.sourceUrl(),
                // Last, so that readers of the first ten columns read on: an account, payment account or profile is
                // its platform's.
                r.platform());
    }

    private static String chainName(String text) {
        Chain chain = Chain.fromQuery(text);
        return chain == null ? null : chain.name();
    }

    private static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of("since", "must be an RFC 3339 timestamp");
        }
    }
}
