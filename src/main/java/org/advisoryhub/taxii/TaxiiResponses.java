package org.advisoryhub.taxii;

import jakarta.ws.rs.core.Response;
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
        // Written into one array of the exact size: a page of a full pull is hundreds of kilobytes.
        List<ObjectRow> rows = page.rows();
        byte[] head = ("{\"more\":" + page.more() + (next == null ? "" : ",\"next\":\"" + next + "\"")
                        + (rows.isEmpty() ? "" : ",\"objects\":["))
                .getBytes(StandardCharsets.US_ASCII);
        int size = head.length + (rows.isEmpty() ? 1 : rows.size() + 1); // commas and ']', then '}'
        for (ObjectRow r : rows) {
            size += r.body().length;
        }
        byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            byte[] body = rows.get(i).body();
            System.arraycopy(body, 0, out, at, body.length);
            at += body.length;
        }
        if (!rows.isEmpty()) {
            out[at++] = ']';
        }
        out[at] = '}';
        return withDates(Response.ok(out), rows, addedAfter);
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
