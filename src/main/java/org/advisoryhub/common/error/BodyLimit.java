package org.advisoryhub.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.advisoryhub.common.config.HubConfig;

/**
 * The one request body limit ({@code hub.taxii.max-content-length}, which the TAXII API root advertises), answered
 * like every other error: problem+json, or the TAXII error under {@code /taxii2}. A declared length is refused before
 * the body is read; a chunked body is counted as it is read and refused once it passes the limit. The HTTP layer's
 * own cut-off (BodyLimitBackstop, in config) sits above this one, so it is never the first to answer.
 */
@ApplicationScoped
@Provider
public class BodyLimit implements ReaderInterceptor {

    private final ObjectMapper json;
    private final long limit;

    public BodyLimit(ObjectMapper json, HubConfig config) {
        this.json = json;
        this.limit = config.taxii().maxContentLength();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER - 1).handler(this::checkDeclaredLength);
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Counting(context.getInputStream(), limit));
        return context.proceed();
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String declared = ctx.request().getHeader("Content-Length");
        if (declared != null && isOver(declared)) {
            refuse(ctx);
        } else {
            ctx.next();
        }
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }

    private void refuse(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        PayloadTooLargeException e = new PayloadTooLargeException(limit);
        boolean taxii = path.equals("/taxii2") || path.startsWith("/taxii2/");
        Object body = taxii
                ? new TaxiiError(e.title(), e.getMessage(), UUID.randomUUID().toString(), "413", null)
                : new ProblemDetail("about:blank", e.title(), 413, e.getMessage(), path, null, null, null);
        try {
            ctx.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", taxii ? TaxiiError.MEDIA_TYPE : ProblemDetail.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException failure) {
            ctx.response().setStatusCode(413).end();
        }
    }

    /** Refuses the read that goes past the limit. */
    private static final class Counting extends FilterInputStream {
        private final long limit;
        private long count;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            add(Math.max(n, 0));
            return n;
        }

        private void add(int n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
