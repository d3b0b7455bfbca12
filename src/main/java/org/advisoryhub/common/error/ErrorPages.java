package org.advisoryhub.common.error;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A part of the hub that answers errors with pages instead of problem+json (the console). {@link ErrorMapper} stays
 * the one place that decides the status; a renderer only chooses how the answer looks on its paths.
 */
public interface ErrorPages {

    boolean renders(String path);

    Response page(int status, String title, String detail, List<Violation> violations);
}
