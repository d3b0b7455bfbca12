package org.advisoryhub.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.db.JdbcRows;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.ids.Sha256;
import org.advisoryhub.distribution.CollectionAccess;
import org.advisoryhub.distribution.CollectionReader;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationResponse;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.revision.PublishedRevisions;
import org.advisoryhub.revision.PublishedRows;

/**
 * A MISP feed per collection (manifest, one event per advisory, hash list) with the same grants, TLP ceilings and
 * recipient rules as the TAXII collection and the flat feeds: the key's view of the collection decides every row.
 */
@ApplicationScoped
public class MispFeedService {

    private final CollectionReader reader;
    private final PublishedRevisions published;
    private final OrganizationService organizations;
    private final ObjectMapper json;

    public MispFeedService(
            CollectionReader reader,
            PublishedRevisions published,
            OrganizationService organizations,
            ObjectMapper json) {
        this.organizations = organizations;
        this.reader = reader;
        this.published = published;
        this.json = json;
    }

    /** What this key reads from that collection; a collection without indicators has no MISP feed. */
    Visibility.PartnerView view(ApiKeyGrant grant, String collection) {
        CollectionAccess access = reader.collection(grant, collection);
        CollectionResponse c = access.collection();
        if (!c.carriesIndicators()) {
            throw new NotFoundException("MISP feed of collection", collection);
        }
        return access.view();
    }

    /** A strong ETag for the feed (any of its files) as it is now, specific to this key's view. */
    String etag(ApiKeyGrant grant, Visibility.PartnerView view, String file) {
        return Sha256.hex(grant.keyId() + "|" + view + "|" + file + "|" + published.eventsVersion(view))
                .substring(0, 32);
    }

    void streamManifest(Visibility.PartnerView view, JdbcRows.Sink<ManifestEntry> sink) {
        Map<String, String> names = organizationNames();
        published.streamEvents(view, row -> {
            Optional<AdvisoryContent> content = content(row);
            if (content.isPresent()) {
                PublishedRows.Event named = row.named(names.get(row.ownerId()));
                sink.accept(new ManifestEntry(
                        MispEvents.eventUuid(row.publicId()), MispEvents.manifestEntry(named, content.get())));
            }
        });
    }

    /** Organization names by id, for the events' creator (a few hundred at most). */
    private Map<String, String> organizationNames() {
        return organizations.list().stream()
                .collect(Collectors.toMap(OrganizationResponse::id, OrganizationResponse::name));
    }

    /** The event with this uuid, if the key may read its advisory. */
    ObjectNode event(Visibility.PartnerView view, String eventUuid) {
        // Event uuids are derived from public ids, so the advisory is found through the ones this view lists.
        PublishedRows.Event[] found = {null};
        published.streamEvents(view, row -> {
            if (found[0] == null && MispEvents.eventUuid(row.publicId()).equals(eventUuid)) {
                found[0] = row;
            }
        });
        PublishedRows.Event row = found[0];
        Optional<AdvisoryContent> content = row == null ? Optional.empty() : content(row);
        if (content.isEmpty()) {
            throw new NotFoundException("MISP event", eventUuid);
        }
        return MispEvents.event(
                row.named(organizationNames().get(row.ownerId())),
                content.get(),
                published.eventIndicators(row.publicId()));
    }

    void streamHashes(Visibility.PartnerView view, JdbcRows.Sink<PublishedRows.Value> sink) {
        published.streamValues(view, sink);
    }

    /** Audits a pull with the number of events or values sent. */
    void audit(ApiKeyGrant grant, String collection, String file, int rows) {
        reader.recordPull(
                grant, reader.collection(grant, collection).collection(), "misp-feed/" + file, rows, null, null);
    }

    /**
     * The revision's content; a stored value this version cannot read leaves that one event out of the feed (logged
     * by advisory id only, never the text) instead of failing the feed for every advisory.
     */
    private Optional<AdvisoryContent> content(PublishedRows.Event row) {
        try {
            return Optional.of(json.readValue(row.content(), AdvisoryContent.class));
        } catch (JsonProcessingException e) {
            Log.warnf("Revision %d of %s cannot be read; left out of the MISP feed", row.revision(), row.publicId());
            return Optional.empty();
        }
    }

    /** One line of the manifest: the event uuid and its summary. */
    record ManifestEntry(String uuid, ObjectNode entry) {}
}
