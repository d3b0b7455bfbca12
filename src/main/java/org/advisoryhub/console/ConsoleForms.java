package org.advisoryhub.console;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.error.ValidationFailedException;

/** Reading form fields the way every console page does, and the redirect after a successful POST. */
final class ConsoleForms {

    private ConsoleForms() {
    }

    static Tlp tlp(String field, String text) {
        try {
            return Tlp.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of(field, e.getMessage());
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** 303 See Other: the browser GETs the result, so a reload never repeats the POST. */
    static Response see(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
