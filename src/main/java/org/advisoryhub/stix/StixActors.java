package org.advisoryhub.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.advisoryhub.actor.dto.ActorResponse;

/**
 * A catalog actor as STIX: one intrusion-set with the catalog's stable id, the state it is attributed to as one
 * nation-state threat-actor (the same object for every actor attributed to that state), and the attributed-to
 * relationship between them. The hub authors them all, so any official's edit is a new version of the same objects,
 * and no advisory owns them: withdrawing an advisory never revokes an actor.
 */
public final class StixActors {

    private StixActors() {}

    public static List<ObjectNode> objects(ActorResponse a) {
        List<ObjectNode> out = new ArrayList<>();
        List<ObjectNode> refs = a.mitreId() == null
                ? List.of()
                : List.of(StixNode.reference(
                        "mitre-attack", "https://attack.mitre.org/groups/" + a.mitreId() + "/", a.mitreId(), null));
        out.add(versioned(
                StixNode.of("intrusion-set", a.stixId())
                        .str("created_by_ref", HubObjects.IDENTITY_ID)
                        .str("name", a.name())
                        .str("description", a.description())
                        .list("aliases", a.aliases())
                        .objects("external_references", refs)
                        .build(),
                a));
        if (a.attributedTo() != null) {
            String sponsor = sponsorId(a.attributedTo());
            ObjectNode state = StixNode.of("threat-actor", sponsor)
                    .str("created_by_ref", HubObjects.IDENTITY_ID)
                    .str("name", a.attributedTo())
                    .list("threat_actor_types", List.of("nation-state"))
                    .build();
            state.put("created", HubObjects.CREATED);
            state.put("modified", HubObjects.CREATED);
            out.add(state);
            out.add(versioned(
                    StixNode.of("relationship", StixIds.of("relationship", "attributed-to|" + a.stixId()))
                            .str("created_by_ref", HubObjects.IDENTITY_ID)
                            .str("relationship_type", "attributed-to")
                            .str("source_ref", a.stixId())
                            .str("target_ref", sponsor)
                            .build(),
                    a));
        }
        return out;
    }

    /** The threat-actor of a state: one per name, whichever actors are attributed to it. */
    static String sponsorId(String state) {
        return StixIds.of("threat-actor", "state|" + state.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static ObjectNode versioned(ObjectNode o, ActorResponse a) {
        ObjectNode out = o.objectNode();
        o.fields().forEachRemaining(f -> {
            out.set(f.getKey(), f.getValue());
            if ("id".equals(f.getKey())) {
                out.put("created", StixTime.format(a.createdAt()));
                out.put("modified", StixTime.format(a.updatedAt()));
            }
        });
        return out;
    }
}
