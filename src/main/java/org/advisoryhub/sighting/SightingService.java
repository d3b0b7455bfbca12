package org.advisoryhub.sighting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryAccess;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.stix.StixIds;

/**
 * Aggregates the STIX sightings partners sent of an advisory's indicators. Only the advisory's co-authoring
 * officials (and admins) see them; partners never see each other's sightings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SightingService {

    private final EntityManager em;
    private final AdvisoryAccess access;

    public SightingService(EntityManager em, AdvisoryAccess access) {
        this.em = em;
        this.access = access;
    }

    public SightingSummary summary(String publicId, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "see the sightings of " + publicId);
        Map<String, String[]> indicators = indicators(advisory);
        if (indicators.isEmpty()) {
            return new SightingSummary(publicId, 0, 0, List.of());
        }
        List<?> rows = em.createNativeQuery("""
                select body::jsonb ->> 'sighting_of_ref', sum(coalesce((body::jsonb ->> 'count')::bigint, 1)),
                    count(distinct submitted_by), min(coalesce(body::jsonb ->> 'first_seen', body::jsonb ->> 'created')),
                    max(coalesce(body::jsonb ->> 'last_seen', body::jsonb ->> 'modified')), string_agg(distinct submitted_by, ',')
                from stix_object
                where type = 'sighting' and latest and not revoked and collection_id is not null
                  and body::jsonb ->> 'sighting_of_ref' in (:refs)
                group by 1 order by 2 desc, 1""").setParameter("refs", indicators.keySet()).getResultList();
        List<SightingSummary.PerIndicator> per = new ArrayList<>();
        long total = 0;
        Set<String> partners = new HashSet<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String[] indicator = indicators.get((String) r[0]);
            long count = ((Number) r[1]).longValue();
            total += count;
            partners.addAll(List.of(((String) r[5]).split(",")));
            per.add(new SightingSummary.PerIndicator((String) r[0], indicator[0], indicator[1], count,
                    ((Number) r[2]).longValue(), Instant.parse((String) r[3]), Instant.parse((String) r[4])));
        }
        return new SightingSummary(publicId, total, partners.size(), per);
    }

    /** STIX indicator id → (kind, value) for every indicator any revision of the advisory published. */
    private Map<String, String[]> indicators(Advisory advisory) {
        List<?> rows = em.createNativeQuery("""
                select distinct cast(ri.indicator_key as text), ri.kind, ri.value from revision_indicator ri
                join advisory_revision r on r.id = ri.revision_id where r.advisory_id = :a""")
                .setParameter("a", advisory.id()).getResultList();
        Map<String, String[]> out = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put(StixIds.of("indicator", (String) r[0]), new String[] { ((String) r[1]).toLowerCase(), (String) r[2] });
        }
        return out;
    }
}
