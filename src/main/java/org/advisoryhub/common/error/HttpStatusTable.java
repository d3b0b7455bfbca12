package org.advisoryhub.common.error;

import java.util.Map;

/** The one table from domain error to HTTP status. */
final class HttpStatusTable {

    private static final Map<Class<? extends HubException>, Integer> STATUS = Map.of(
            NotFoundException.class, 404,
            ConflictException.class, 409,
            InvalidStateTransitionException.class, 409,
            VersionMismatchException.class, 412,
            PreconditionRequiredException.class, 428,
            ForbiddenOperationException.class, 403,
            ServiceUnavailableException.class, 503,
            PayloadTooLargeException.class, 413,
            ValidationFailedException.class, 400);

    private HttpStatusTable() {}

    static int statusOf(HubException e) {
        for (Class<?> c = e.getClass(); c != null && c != HubException.class; c = c.getSuperclass()) {
            Integer status = STATUS.get(c);
            if (status != null) {
                return status;
            }
        }
        return 400;
    }
}
