package org.advisoryhub.console;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.error.ValidationFailedException;

/** Reading form fields the way every console page does, and the redirect after a successful POST. */
final class ConsoleForms {

    private ConsoleForms() {}

    static Tlp tlp(String field, String text) {
        try {
            return Tlp.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of(field, e.getMessage());
        }
    }

    /** A calendar date (2027-05-31) or nothing. */
    static LocalDate date(String field, String text) {
        String value = blankToNull(text);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of(field, "must be a date such as 2027-05-31");
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
