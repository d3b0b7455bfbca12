package org.advisoryhub.collection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.db.AnnouncedCache;

/**
 * Every collection, held by each instance: every partner request asks for one, and they change only when an admin
 * edits them. An edit is announced when it commits and every instance reloads on the next request.
 */
@ApplicationScoped
public class CollectionCache extends AnnouncedCache {

    /** Payload: {@code *}, as any edit reloads the whole (short) list. */
    static final String CHANNEL = "hub_collections";

    private volatile List<CollectionResponse> all;

    /** The collections in id order, or null when they must be read from the database. */
    List<CollectionResponse> get() {
        return all;
    }

    void remember(long seenGeneration, List<CollectionResponse> collections) {
        rememberIfCurrent(seenGeneration, () -> all = List.copyOf(collections));
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    protected void drop(String subject) {
        all = null;
    }

    @Override
    protected void dropAll() {
        all = null;
    }
}
