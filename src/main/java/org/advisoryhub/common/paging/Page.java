package org.advisoryhub.common.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a keyset-paged list; pass {@code next} back as {@code cursor} for the following page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next) {

    /**
     * A short list served whole (organizations, collections, a key's grants…) in the same envelope as paged ones,
     * so every list answer has one shape.
     */
    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, null);
    }
}
