package org.advisoryhub.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.error.ErrorMapper;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;

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

    /** The version a form was opened on, which an edit must carry back (optimistic locking). */
    static long version(Long version) {
        if (version == null) {
            throw ValidationFailedException.of("version", "the form lost the version it was opened on; open it again");
        }
        return version;
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

    /**
     * Runs a save and goes to the page it names; input the services refuse shows the form again, as typed, with its
     * problems, as a 400. Every console form saves this way.
     */
    static Response saveOrShow(Supplier<String> saving, Function<List<Violation>, TemplateInstance> form) {
        List<Violation> problems;
        try {
            return see(saving.get());
        } catch (ValidationFailedException e) {
            problems = e.violations();
        } catch (ConstraintViolationException e) {
            problems = ErrorMapper.violationsOf(e);
        }
        return Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(form.apply(problems))
                .build();
    }

    /** 303 See Other: the browser GETs the result, so a reload never repeats the POST. */
    static Response see(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
