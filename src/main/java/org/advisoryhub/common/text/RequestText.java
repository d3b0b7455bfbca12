package org.advisoryhub.common.text;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.advisoryhub.common.error.ValidationFailedException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * {@link StorableText} for the parts of a request no body parser sees: the path, the query and HTML form fields.
 * Paths and query values are never meant to hold control characters at all, so any of them is refused there.
 */
public class RequestText {

    @ServerRequestFilter(preMatching = true)
    public void pathAndQuery(ContainerRequestContext request) {
        String path;
        MultivaluedMap<String, String> query;
        try {
            path = request.getUriInfo().getPath();
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("path", "is not correctly percent-encoded UTF-8");
        }
        check("path", path);
        for (Map.Entry<String, List<String>> param : query.entrySet()) {
            check("query", param.getKey());
            for (String value : param.getValue()) {
                check(param.getKey(), value);
            }
        }
    }

    /** Reads the body first, so that the form fields are there to check; only for resources marked {@link FormText}. */
    @FormText
    @ServerRequestFilter(readBody = true)
    public void form(ContainerRequestContext request) {
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        FormData form = context == null ? null : context.getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            check("form", name);
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    StorableText.require(name, value.getValue());
                }
            }
        }
    }

    private static void check(String field, String text) {
        StorableText.require(field, text);
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw ValidationFailedException.of(field, "contains a control character, which a URL may not carry");
        }
    }
}
