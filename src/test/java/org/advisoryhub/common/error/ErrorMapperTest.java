package org.advisoryhub.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one error model as pure logic: which status each error gets, and which body each door answers with. */
class ErrorMapperTest {

    private final ErrorMapper mapper = withoutPages();

    static List<Object[]> statuses() {
        return List.of(
                new Object[] {new NotFoundException("Advisory", "HUB-2026-0001"), 404},
                new Object[] {new ConflictException("taken"), 409},
                new Object[] {new InvalidStateTransitionException("DRAFT", "publish"), 409},
                new Object[] {new VersionMismatchException(1, 2), 412},
                new Object[] {new PreconditionRequiredException(), 428},
                new Object[] {new ForbiddenOperationException("no"), 403},
                new Object[] {new ServiceUnavailableException("later"), 503},
                new Object[] {new PayloadTooLargeException(1024), 413},
                new Object[] {ValidationFailedException.of("title", "must not be blank"), 400});
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void shouldGiveEachErrorItsStatus(HubException e, int status) {
        assertThat(HttpStatusTable.statusOf(e)).isEqualTo(status);
        assertThat(mapper.hub(e, uri("/api/v1/advisories")).getStatus()).isEqualTo(status);
    }

    @Test
    void shouldAnswerTheApiWithProblemJsonNamingTheField() {
        Response r = mapper.hub(ValidationFailedException.of("title", "must not be blank"), uri("/api/v1/advisories"));
        assertThat(r.getMediaType()).hasToString(ProblemDetail.MEDIA_TYPE);
        ProblemDetail body = (ProblemDetail) r.getEntity();
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.instance()).isEqualTo("/api/v1/advisories");
        assertThat(body.violations()).extracting(Violation::field).containsExactly("title");
        assertThat(body.errorId()).isNull();
    }

    @Test
    void shouldAnswerTaxiiWithItsErrorResourceAndTheStatusAsAString() {
        Response r = mapper.hub(new NotFoundException("Collection", "x"), uri("/taxii2/api/collections/x/"));
        assertThat(r.getMediaType()).hasToString(TaxiiError.MEDIA_TYPE);
        TaxiiError body = (TaxiiError) r.getEntity();
        assertThat(body.httpStatus()).isEqualTo("404");
        assertThat(body.errorId()).isNotBlank();
    }

    @Test
    void shouldCarryTheCurrentVersionOfAStaleWriteAsItsETag() {
        Response r = mapper.hub(new VersionMismatchException(1, 7), uri("/api/v1/advisories/HUB-2026-0001"));
        assertThat(r.getEntityTag().getValue()).isEqualTo("7");
        assertThat(((ProblemDetail) r.getEntity()).currentVersion()).isEqualTo(7L);
    }

    @Test
    void shouldChallengeWithTheRealmOfTheDoor() {
        Response api = mapper.unauthorized(new UnauthorizedException(), uri("/api/v1/officials"));
        Response taxii = mapper.unauthorized(new UnauthorizedException(), uri("/taxii2/"));
        assertThat(api.getStatus()).isEqualTo(401);
        assertThat(api.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"advisory-hub\"");
        assertThat(taxii.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"advisory-hub-taxii\"");
    }

    @Test
    void shouldAnswerALostRaceWith409AndAnythingElseWithAnErrorIdOnly() {
        assertThat(mapper.staleWrite(new OptimisticLockException(), uri("/api/v1/advisories/x"))
                        .getStatus())
                .isEqualTo(409);
        Response r = mapper.unexpected(new IllegalStateException("secret detail"), uri("/api/v1/advisories"));
        ProblemDetail body = (ProblemDetail) r.getEntity();
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(body.detail()).doesNotContain("secret detail").contains(body.errorId());
    }

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getPath")) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The mapper with no page renderer: API and TAXII paths only. */
    @SuppressWarnings("unchecked")
    private static ErrorMapper withoutPages() {
        ErrorMapper m = new ErrorMapper();
        m.pages = (Instance<ErrorPages>) Proxy.newProxyInstance(
                Instance.class.getClassLoader(), new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("iterator")) {
                        return Collections.emptyIterator();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return m;
    }
}
