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

    public Optional<Advisory> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    /**
     * Loads the advisory locked for the rest of the transaction. Every change to an advisory starts here, so changes
     * to one advisory run one after another and always take their other locks (the STIX clock, the audit chain)
     * behind this one: they cannot deadlock, and the later one sees the earlier one's result.
     */
    public Optional<Advisory> findByPublicIdForUpdate(String publicId) {
        return find("publicId", publicId).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Newest first, keyset-paged on (created_at, id). Officials see every advisory that has a published
     * revision, and drafts only of advisories their organization co-authors ({@code organizationId} null = all).
     */
    @SuppressWarnings("unchecked")
    public List<Advisory> search(AdvisoryQuery query, String organizationId, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select a.* from advisory a where true");
        Map<String, Object> params = new HashMap<>();
        if (organizationId != null) {
            sql.append(" and (a.published_revision > 0 or exists (select 1 from advisory_coauthor c")
                    .append(" where c.advisory_id = a.id and c.organization_id = :org))");
            params.put("org", organizationId);
        }
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
            sql.append(" and exists (select 1 from jsonb_array_elements(a.threat_actors) t where t->>'name' ilike :actor")
                    .append(" or upper(t->>'mitreId') = upper(:actorExact)")
                    .append(" or exists (select 1 from jsonb_array_elements_text(t->'aliases') al where al ilike :actor))");
            params.put("actor", "%" + escapeLike(query.actor()) + "%");
            params.put("actorExact", query.actor());
        }
        if (query.indicatorValues() != null) {
            sql.append(" and (exists (select 1 from indicator i where i.advisory_id = a.id and i.normalized in (:values))")
                    .append(" or exists (select 1 from advisory_revision r join revision_indicator ri on ri.revision_id = r.id")
                    .append(" where r.advisory_id = a.id and ri.normalized in (:values)))");
            params.put("values", query.indicatorValues());
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

    /** Allocates the next number of the year, never reusing one (also past numbers taken by imported files). */
    public int nextNumber(int year) {
        Object n = getEntityManager().createNativeQuery("""
                insert into advisory_number (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = advisory_number.last_number + 1
                returning last_number""")
                .setParameter("year", year)
                .getSingleResult();
        return ((Number) n).intValue();
    }

    /** Makes sure later allocations of that year come after a number an imported file already uses. */
    public void reserveNumber(int year, int number) {
        getEntityManager().createNativeQuery("""
                insert into advisory_number (year, last_number) values (:year, :n)
                on conflict (year) do update set last_number = greatest(advisory_number.last_number, :n)""")
                .setParameter("year", year)
                .setParameter("n", number)
                .executeUpdate();
    }

    public boolean publicIdTaken(String publicId) {
        return count("publicId", publicId) > 0;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
