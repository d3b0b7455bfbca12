package org.advisoryhub.audit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** The address a recorded request came from. */
final class AuditSources {

    private AuditSources() {}

    /** The client's address, or null outside an HTTP request (the start-up import, background work). */
    static String of(CurrentVertxRequest request) {
        try {
            var current = request.getCurrent();
            if (current == null || current.request().remoteAddress() == null) {
                return null;
            }
            return current.request().remoteAddress().hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
