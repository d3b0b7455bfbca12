package org.advisoryhub.taxii;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Content negotiation for TAXII (§1.6.8, §3.1), done here rather than by {@code @Produces} matching: Accept
 * must allow {@code application/taxii+json} (version 2.1 or none; {@code *}/{@code *} is tolerated), POST bodies
 * must be TAXII JSON, and every response, errors included, says {@code application/taxii+json;version=2.1}.
 */
public class TaxiiNegotiationFilter {

    @ServerRequestFilter(preMatching = true)
    public void negotiate(ContainerRequestContext request) {
        if (!isTaxii(request.getUriInfo().getPath())) {
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && !acceptable(accept)) {
            throw new NotAcceptableException("Accept must allow " + Taxii.MEDIA_TYPE);
        }
        if ("POST".equals(request.getMethod())) {
            String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
            if (type == null || !isTaxiiType(type)) {
                throw new NotSupportedException("Content-Type must be " + Taxii.MEDIA_TYPE);
            }
        }
    }

    @ServerResponseFilter
    public void mediaType(ContainerRequestContext request, ContainerResponseContext response) {
        if (isTaxii(request.getUriInfo().getPath()) && response.getStatus() != 204) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Taxii.MEDIA_TYPE);
        }
    }

    static boolean isTaxii(String path) {
        return path.equals(Taxii.ROOT) || path.startsWith(Taxii.ROOT + "/");
    }

    static boolean acceptable(String accept) {
        if (accept.equalsIgnoreCase(Taxii.MEDIA_TYPE)) {
            return true; // what TAXII clients send: no need to take it apart
        }
        for (String range : accept.split(",")) {
            String r = range.trim().toLowerCase(Locale.ROOT);
            String type = r.contains(";") ? r.substring(0, r.indexOf(';')).trim() : r;
            if (type.equals("*/*") || type.equals("application/*")) {
                return true;
            }
            if (type.equals("application/taxii+json") && versionOk(r)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTaxiiType(String contentType) {
        String r = contentType.trim().toLowerCase(Locale.ROOT);
        String type = r.contains(";") ? r.substring(0, r.indexOf(';')).trim() : r;
        return type.equals("application/taxii+json") && versionOk(r);
    }

    /** A {@code version} parameter, if any, must be 2.1; other parameters such as {@code q} are ignored. */
    private static boolean versionOk(String range) {
        for (String param : range.split(";")) {
            String p = param.trim();
            if (p.startsWith("version=")) {
                return p.substring("version=".length()).replace("\"", "").trim().equals("2.1");
            }
        }
        return true;
    }
}
