package org.advisoryhub.advisory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.advisoryhub.common.paging.Cursor;

@ApplicationScoped
public class AdvisoryRepository implements PanacheRepositoryBase<Advisory, UUID> {

    private final PublicationPorts.PublishedRevisionLookup published;
    private final PublicationPorts.IndicatorConditions indicators;

    public AdvisoryRepository(
            PublicationPorts.PublishedRevisionLookup published, PublicationPorts.IndicatorConditions indicators) {
        this.published = published;
        this.indicators = indicators;
    }

    public Optional<Advisory> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    /**
     * Loads the advisory locked for the rest of the transaction. Every change to an advisory starts here, so changes
     * to one advisory run one after another and always take their other locks (the STIX clock, the audit chain)
     * behind this one: they cannot deadlock, and the later one sees the earlier one's result.
     */
    public Optional<Advisory> findByPublicIdForUpdate(String publicId) {
        return find("publicId", publicId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * Newest first, keyset-paged on (created_at, id). {@code organizationId} null means an administrator, who sees
     * everything. Otherwise an official's organization finds the working copies of what it co-authors, and of
     * everything else only the latest published revision, if {@link Visibility} lets it read that revision: the
     * filters (text, status, TLP, actor, indicator) then match the published content alone, so that a hit never
     * reveals an amendment in progress.
     */
    @SuppressWarnings("unchecked")
    public List<Advisory> search(AdvisoryQuery query, String organizationId, Cursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select a.* from advisory a where ");
        if (organizationId == null) {
            sql.append(workingCopyMatches(query, params));
        } else {
            params.put("org", organizationId);
            String coauthor =
                    "exists (select 1 from advisory_coauthor c where c.advisory_id = a.id and c.organization_id = :org)";
            sql.append("((")
                    .append(coauthor)
                    .append(" and ")
                    .append(workingCopyMatches(query, params))
                    .append(")")
                    .append(" or (not ")
                    .append(coauthor)
                    .append(" and ")
                    .append(published.latestPublishedMatches(query, params))
                    .append("))");
        }
        if (after != null) {
            sql.append(" and (a.created_at, a.id) < (:afterAt, :afterId)");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        sql.append(" order by a.created_at desc, a.id desc limit :limit");
        params.put("limit", limit);
        Query q = getEntityManager().createNativeQuery(sql.toString(), Advisory.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** The filters against the working copy (co-authors, administrators). */
    private String workingCopyMatches(AdvisoryQuery query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("true");
        if (query.status() != null) {
            sql.append(" and a.status = :status");
            params.put("status", query.status().name());
        }
        if (query.tlp() != null) {
            sql.append(" and a.tlp = :tlp");
            params.put("tlp", query.tlp().name());
        }
        if (query.text() != null) {
            sql.append(" and a.search @@ websearch_to_tsquery('simple', :text)");
            params.put("text", query.text());
        }
        if (query.actor() != null) {
            sql.append(" and ").append(query.actorCondition("a.threat_actors", params));
        }
        if (query.coauthor() != null) {
            sql.append(" and exists (select 1 from advisory_coauthor ca where ca.advisory_id = a.id")
                    .append(" and ca.organization_id = :coauthor)");
            params.put("coauthor", query.coauthor());
        }
        if (query.indicatorValues() != null) {
            sql.append(" and (")
                    .append(indicators.workingSetHasValue())
                    .append(" or ")
                    .append(published.anyRevisionHasValue())
                    .append(")");
            params.put("values", query.indicatorValues());
        }
        return sql.toString();
    }

    /** Allocates the next number of the year, never reusing one (also past numbers taken by imported files). */
    public int nextNumber(int year) {
        Object n = getEntityManager()
                .createNativeQuery("""
                insert into advisory_number (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = advisory_number.last_number + 1
                returning last_number""")
                .setParameter("year", year)
                .getSingleResult();
        return ((Number) n).intValue();
    }

    /** Makes sure later allocations of that year come after a number an imported file already uses. */
    public void reserveNumber(int year, int number) {
        getEntityManager()
                .createNativeQuery("""
                insert into advisory_number (year, last_number) values (:year, :n)
                on conflict (year) do update set last_number = greatest(advisory_number.last_number, :n)""")
                .setParameter("year", year)
                .setParameter("n", number)
                .executeUpdate();
    }

    public boolean publicIdTaken(String publicId) {
        return count("publicId", publicId) > 0;
    }
}
