package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.text.CsvCells;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.revision.PublicRevisions;
import org.advisoryhub.revision.RevisionResource;
import org.advisoryhub.revision.RevisionStixService;
import org.advisoryhub.revision.dto.PublicAdvisory;
import org.advisoryhub.revision.dto.RevisionResponse;

/**
 * The public face: TLP:CLEAR advisories for everyone, without signing in, in English or Korean. What they may show is
 * PublicRevisions' rule; these pages only draw it. Answers are the same for every reader of a language, so CDNs and
 * browsers may keep them for a few minutes.
 */
@Path("/public")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PublicPages {

    /** Advisories on a page of the list. */
    private static final int ROWS = 25;
    /** How long shared caches may keep a page: a publication shows within five minutes. */
    static final String CACHE = "public, max-age=300";

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance advisories(String q, Page<RevisionResponse> page, String next, ConsoleView view);

        static native TemplateInstance advisory(PublicAdvisory advisory, ConsoleView view);

        static native TemplateInstance feed(String base, String updated, List<RevisionResponse> entries);
    }

    /** Entries in the Atom feed. */
    private static final int FEED_ENTRIES = 50;

    /** The flat feeds' columns, and what a single advisory adds: platform and hash algorithm. */
    private static final String CSV_HEADER =
            "value,kind,chain,asset,platform,hash_algorithm,advisory,revision,tlp,valid_from,valid_until,source_url\n";

    private final PublicRevisions published;
    private final RevisionStixService stix;
    private final ConsoleViews views;
    private final String base;

    public PublicPages(PublicRevisions published, RevisionStixService stix, ConsoleViews views, HubConfig config) {
        this.published = published;
        this.stix = stix;
        this.views = views;
        this.base = config.publicUrl().orElse("http://localhost:8080").replaceAll("/+$", "");
    }

    /**
     * An Atom feed (RFC 4287) of publications and amendments: one entry per CLEAR revision, newest first, each linking
     * to its page, with the summary as the entry's summary.
     */
    @GET
    @Path("advisories.atom")
    @Produces("application/atom+xml")
    public Response feed() {
        List<RevisionResponse> entries = published.feed(FEED_ENTRIES);
        String updated = (entries.isEmpty() ? Instant.EPOCH : entries.get(0).publishedAt()).toString();
        return Response.ok(Templates.feed(base, updated, entries).render())
                .type("application/atom+xml;charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .build();
    }

    @GET
    public Response home() {
        return Response.seeOther(UriBuilder.fromPath("/public/advisories").build())
                .build();
    }

    @GET
    @Path("advisories")
    public Response advisories(
            @QueryParam("q") String q, @QueryParam("cursor") String cursor, @QueryParam("lang") String lang) {
        ConsoleView view = views.publicReader(lang);
        Page<RevisionResponse> page = published.latest(q, cursor, ROWS);
        String next = page.next() == null
                ? null
                : UriBuilder.fromPath("/public/advisories")
                        .queryParam("q", q == null ? "" : q)
                        .queryParam("lang", view.lang())
                        .queryParam("cursor", page.next())
                        .build()
                        .toString();
        return cached(Templates.advisories(q, page, next, view), view);
    }

    @GET
    @Path("advisories/{id}")
    public Response advisory(@PathParam("id") String id, @QueryParam("lang") String lang) {
        ConsoleView view = views.publicReader(lang);
        return cached(Templates.advisory(published.advisory(id), view), view);
    }

    /**
     * The advisory's STIX 2.1 bundle: its CLEAR objects, with the revocations of a withdrawal, as a partner's tool
     * imports them.
     */
    @GET
    @Path("advisories/{id}/stix")
    @Produces({RevisionResource.STIX_JSON, MediaType.APPLICATION_JSON})
    public Response stix(@PathParam("id") String id) {
        return download(stix.publicBundle(id).toString(), RevisionResource.STIX_JSON, id + ".stix.json");
    }

    /** The indicators of the advisory's latest revision as CSV (none once it is withdrawn). */
    @GET
    @Path("advisories/{id}/indicators.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id) {
        PublicAdvisory advisory = published.advisory(id);
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (IndicatorResponse i : advisory.indicators()) {
            csv.append(CsvCells.row(
                    i.value(),
                    i.kind().label(),
                    i.chain() == null ? null : i.chain().name(),
                    i.asset(),
                    i.platform(),
                    i.hashAlgorithm() == null ? null : i.hashAlgorithm().stixName(),
                    id,
                    String.valueOf(advisory.latest().number()),
                    advisory.latest().content().tlp().label(),
                    i.validFrom() == null ? null : i.validFrom().toString(),
                    i.validUntil() == null ? null : i.validUntil().toString(),
                    i.sourceUrl()));
        }
        return download(csv.toString(), "text/csv; charset=utf-8", id + "-indicators.csv");
    }

    private static Response download(String body, String type, String fileName) {
        return Response.ok(body)
                .type(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .build();
    }

    private static Response cached(TemplateInstance page, ConsoleView view) {
        return Response.ok(page.setLocale(Locale.forLanguageTag(view.lang())))
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
