package org.advisoryhub.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryhub.advisory.PublicationPorts;

@ApplicationScoped
public class IndicatorRepository
        implements PanacheRepositoryBase<Indicator, UUID>,
                PublicationPorts.IndicatorConditions,
                PublicationPorts.IndicatorChanges {

    @Override
    public void forget(UUID advisoryId) {
        getEntityManager()
                .createNativeQuery("delete from indicator_change where advisory_id = :a")
                .setParameter("a", advisoryId)
                .executeUpdate();
    }

    @Override
    public String workingSetHasValue() {
        return "exists (select 1 from indicator i where i.advisory_id = a.id and i.normalized in (:values))";
    }

    public List<Indicator> listFor(UUID advisoryId) {
        return list("advisoryId", advisoryId);
    }

    public Map<UUID, Indicator> findByKeys(UUID advisoryId, Collection<UUID> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return list(
                        "advisoryId = :a and key in :k",
                        Parameters.with("a", advisoryId).and("k", keys))
                .stream()
                .collect(Collectors.toMap(Indicator::key, Function.identity()));
    }

    /** One page of an advisory's indicators in id order, starting after {@code after} (keyset paging). */
    public List<Indicator> page(UUID advisoryId, IndicatorKind kind, UUID after, int limit) {
        StringBuilder q = new StringBuilder("advisoryId = :a");
        Parameters p = Parameters.with("a", advisoryId);
        if (kind != null) {
            q.append(" and values.kind = :kind");
            p.and("kind", kind);
        }
        if (after != null) {
            q.append(" and id > :after");
            p.and("after", after);
        }
        return find(q + " order by id", p).page(0, limit).list();
    }

    public long countFor(UUID advisoryId) {
        return count("advisoryId", advisoryId);
    }
}
