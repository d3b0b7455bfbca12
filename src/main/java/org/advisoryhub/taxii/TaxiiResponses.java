package org.advisoryhub.taxii;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.advisoryhub.distribution.ObjectPage;
import org.advisoryhub.distribution.ObjectRow;

/**
 * Writes TAXII resources from stored rows. Object bodies are already serialized STIX, so an envelope is
 * assembled as text instead of being parsed and re-serialized.
 */
final class TaxiiResponses {

    private TaxiiResponses() {}

    /** §3.7 envelope; an empty result is the empty envelope {@code {}} (§5.4). */
    static Response envelope(ObjectPage page, String next, Instant addedAfter) {
        if (page.rows().isEmpty() && !page.more()) {
            return withDates(Response.ok("{}"), page.rows(), addedAfter);
        }
        int size = 64;
        for (ObjectRow r : page.rows()) {
            size += r.body().length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        ascii(out, "{\"more\":" + page.more());
        if (next != null) {
            ascii(out, ",\"next\":\"" + next + "\"");
        }
        if (!page.rows().isEmpty()) {
            ascii(out, ",\"objects\":[");
            for (int i = 0; i < page.rows().size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.writeBytes(page.rows().get(i).body());
            }
            out.write(']');
        }
        out.write('}');
        return withDates(Response.ok(out.toByteArray()), page.rows(), addedAfter);
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** §5.3 manifest: one record per object version, no bodies. */
    static Response manifest(ObjectPage page, Instant addedAfter) {
        if (page.rows().isEmpty() && !page.more()) {
            return withDates(Response.ok("{}"), page.rows(), addedAfter);
        }
        StringBuilder out = new StringBuilder("{\"more\":").append(page.more());
        if (!page.rows().isEmpty()) {
            out.append(",\"objects\":[");
            for (int i = 0; i < page.rows().size(); i++) {
                ObjectRow r = page.rows().get(i);
                out.append(i > 0 ? "," : "")
                        .append("{\"id\":\"")
                        .append(r.stixId())
                        .append("\",\"date_added\":\"")
                        .append(Taxii.timestamp(r.dateAdded()))
                        .append("\",\"version\":\"")
                        .append(Taxii.timestamp(r.version()))
                        .append("\",\"media_type\":\"")
                        .append(Taxii.STIX_MEDIA_TYPE)
                        .append("\"}");
            }
            out.append(']');
        }
        return withDates(Response.ok(out.append('}').toString()), page.rows(), addedAfter);
    }

    /** §5.8 versions of one object. */
    static Response versions(ObjectPage page, Instant addedAfter) {
        if (page.rows().isEmpty() && !page.more()) {
            return withDates(Response.ok("{}"), page.rows(), addedAfter);
        }
        StringBuilder out = new StringBuilder("{\"more\":").append(page.more());
        if (!page.rows().isEmpty()) {
            out.append(",\"versions\":[");
            for (int i = 0; i < page.rows().size(); i++) {
                out.append(i > 0 ? "," : "")
                        .append('"')
                        .append(Taxii.timestamp(page.rows().get(i).version()))
                        .append('"');
            }
            out.append(']');
        }
        return withDates(Response.ok(out.append('}').toString()), page.rows(), addedAfter);
    }

    /**
     * X-TAXII-Date-Added-First/Last (§3.2) from the page. An empty page has no date_added of its own; it
     * repeats the request's added_after so a poller can keep its position.
     */
    private static Response withDates(Response.ResponseBuilder builder, List<ObjectRow> rows, Instant addedAfter) {
        builder.type(Taxii.MEDIA_TYPE);
        if (!rows.isEmpty()) {
            builder.header(Taxii.DATE_ADDED_FIRST, Taxii.timestamp(rows.get(0).dateAdded()));
            builder.header(
                    Taxii.DATE_ADDED_LAST,
                    Taxii.timestamp(rows.get(rows.size() - 1).dateAdded()));
        } else if (addedAfter != null) {
            builder.header(Taxii.DATE_ADDED_FIRST, Taxii.timestamp(addedAfter));
            builder.header(Taxii.DATE_ADDED_LAST, Taxii.timestamp(addedAfter));
        }
        return builder.build();
    }
}
