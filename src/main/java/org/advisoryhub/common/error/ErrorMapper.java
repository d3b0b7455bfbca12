package org.advisoryhub.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.common.security.SignInRefusals;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single place where errors become HTTP responses: every API error is an RFC 9457
 * {@code application/problem+json} body (TAXII's error resource under {@code /taxii2}, a page where an
 * {@link ErrorPages} renderer answers, as the console does), and nothing internal (class names, stack traces) leaks out.
 */
public class ErrorMapper {

    @Inject
    Instance<ErrorPages> pages;

    /** The violations of a bean-validation failure, by field, as the API reports them. */
    public static List<Violation> violationsOf(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> Violation.of(BeanPaths.field(v.getPropertyPath()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Violation::field))
                .toList();
    }

    @ServerExceptionMapper
    public Response hub(HubException e, UriInfo uri) {
        int status = HttpStatusTable.statusOf(e);
        List<Violation> violations = e instanceof ValidationFailedException v ? v.violations() : null;
        Long current = currentVersion(e);
        return problem(status, e.title(), e.getMessage(), uri, violations, current, null);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = violationsOf(e);
        return problem(
                400,
                "Invalid request",
                "The request has " + violations.size() + " invalid field(s)",
                uri,
                violations,
                null,
                null);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e.getCause() instanceof HubException hub) {
            // Raised while the body was read (it grew past the limit), not a fault of the JSON.
            return hub(hub, uri);
        }
        String detail = "The request body is not valid JSON for this endpoint";
        List<Violation> violations = List.of(JsonErrors.violation(e));
        return problem(400, "Invalid request", detail, uri, violations, null, null);
    }

    /** Overrides the framework's own mappers for these, so they answer problem+json like everything else. */
    @ServerExceptionMapper({UnrecognizedPropertyException.class, MismatchedInputException.class})
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleWrite(RuntimeException e, UriInfo uri) {
        return problem(
                409,
                "Conflict",
                "Someone else changed this advisory at the same time; reload it and retry",
                uri,
                null,
                null,
                null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Long wait = e instanceof AuthenticationFailedException failed ? SignInRefusals.retryAfter(failed) : null;
        if (wait != null) {
            return Response.fromResponse(problem(429, "Too many requests", e.getMessage(), uri, null, null, null))
                    .header(HttpHeaders.RETRY_AFTER, wait)
                    .build();
        }
        String realm = isTaxii(uri) ? "advisory-hub-taxii" : "advisory-hub";
        return Response.fromResponse(
                        problem(401, "Unauthorized", "Valid credentials are required", uri, null, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "Your roles do not allow this operation", uri, null, null, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (e.getCause() instanceof HubException hub) {
            // A parameter converter refused a value; the framework wrapped it (as a 404 for query parameters).
            return hub(hub, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(status, title, firstLine(e.getMessage()), uri, null, null, null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseConflicts.isLostRace(e)) {
            return problem(
                    409,
                    "Conflict",
                    "Another change to the same data happened at the same moment; reload and retry",
                    uri,
                    null,
                    null,
                    null);
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return problem(
                500,
                "Internal error",
                "The request failed unexpectedly; quote error id " + errorId,
                uri,
                null,
                null,
                errorId);
    }

    private static Long currentVersion(HubException e) {
        if (e instanceof VersionMismatchException v) {
            return v.currentVersion();
        }
        return e instanceof ConflictException c ? c.currentVersion() : null;
    }

    private Response problem(
            int status,
            String title,
            String detail,
            UriInfo uri,
            List<Violation> violations,
            Long currentVersion,
            String errorId) {
        if (status < 500) {
            Log.debugf("%d on %s: %s", status, uri.getPath(), detail);
        }
        // A challenge stays a challenge; every other error on a page-rendering path becomes its page.
        if (status != 401) {
            for (ErrorPages renderer : pages) {
                if (renderer.renders(uri.getPath())) {
                    Response page = renderer.page(status, title, detail, violations == null ? List.of() : violations);
                    return currentVersion == null
                            ? page
                            : Response.fromResponse(page)
                                    .tag(String.valueOf(currentVersion))
                                    .build();
                }
            }
        }
        Response.ResponseBuilder builder;
        if (isTaxii(uri)) {
            TaxiiError body = new TaxiiError(
                    title,
                    detail,
                    errorId == null ? java.util.UUID.randomUUID().toString() : errorId,
                    String.valueOf(status),
                    violations == null ? null : java.util.Map.of("violations", violations));
            builder = Response.status(status).type(TaxiiError.MEDIA_TYPE).entity(body);
        } else {
            ProblemDetail body = new ProblemDetail(
                    "about:blank", title, status, detail, uri.getPath(), violations, currentVersion, errorId);
            builder = Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(body);
        }
        if (currentVersion != null) {
            builder.tag(String.valueOf(currentVersion));
        }
        return builder.build();
    }

    /** TAXII clients get the TAXII error resource; everything else gets problem+json. */
    private static boolean isTaxii(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/taxii2") || path.startsWith("/taxii2/");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
