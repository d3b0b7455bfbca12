package org.advisoryhub.advisory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
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

    /** The level and recipients of the advisory's latest published revision, if it has one. */
    public Optional<PublishedAudience> publishedAudience(UUID advisoryId) {
        List<?> rows = getEntityManager().createNativeQuery("""
                select r.tlp_rank, cast(r.recipients as text[]) from advisory a
                join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                where a.id = :id""").setParameter("id", advisoryId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new PublishedAudience(Tlp.ofRank(((Number) row[0]).intValue()), List.of((String[]) row[1])));
    }

    /**
     * Published, not withdrawn advisories whose latest revision is due for review by {@code horizon}, soonest first,
     * keyset-paged on (review_by, id). {@code organizationId} null means every advisory (an administrator);
     * otherwise those the organization co-authors, which are the ones it has to review.
     */
    public List<Tuple> reviewsDue(String organizationId, Instant horizon, Cursor after, int limit) {
        return due("""
                select a.public_id as advisory, r.content ->> 'title' as title, r.number as revision,
                    r.review_by as review_by, r.indicator_count as indicators, a.id as id
                from advisory a join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                where r.review_by <= :horizon and (cast(:afterAt as timestamptz) is null
                    or (r.review_by, a.id) > (cast(:afterAt as timestamptz), cast(:afterId as uuid)))""",
                "order by r.review_by, a.id", organizationId, horizon, after, limit);
    }

    /** The indicators those advisories publish that run out by {@code horizon}, keyset-paged on (valid_until, key). */
    public List<Tuple> indicatorsDue(String organizationId, Instant horizon, Cursor after, int limit) {
        return due("""
                select a.public_id as advisory, r.number as revision, ri.indicator_key as key, ri.kind as kind,
                    ri.value as value, ri.valid_until as valid_until
                from advisory a join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                join revision_indicator ri on ri.revision_id = r.id
                where ri.valid_until <= :horizon and (cast(:afterAt as timestamptz) is null
                    or (ri.valid_until, ri.indicator_key) > (cast(:afterAt as timestamptz), cast(:afterId as uuid)))""",
                "order by ri.valid_until, ri.indicator_key", organizationId, horizon, after, limit);
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> due(String select, String order, String organizationId, Instant horizon, Cursor after,
            int limit) {
        String scope = organizationId == null ? "" : " and exists (select 1 from advisory_coauthor c"
                + " where c.advisory_id = a.id and c.organization_id = :org)";
        Query q = getEntityManager().createNativeQuery(select + " and a.status <> 'WITHDRAWN'" + scope + " " + order
                + " limit :limit", Tuple.class)
                .setParameter("horizon", horizon)
                .setParameter("afterAt", after == null ? null : after.at())
                .setParameter("afterId", after == null ? null : after.id().toString())
                .setParameter("limit", limit);
        if (organizationId != null) {
            q.setParameter("org", organizationId);
        }
        return q.getResultList();
    }

    /** Who a published revision is for: its TLP level and named recipients. */
    public record PublishedAudience(Tlp tlp, List<String> recipients) {
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
            String coauthor = "exists (select 1 from advisory_coauthor c where c.advisory_id = a.id and c.organization_id = :org)";
            sql.append("((").append(coauthor).append(" and ").append(workingCopyMatches(query, params)).append(")")
                    .append(" or (not ").append(coauthor).append(" and a.published_revision > 0 and exists (select 1")
                    .append(" from advisory_revision r where r.advisory_id = a.id and r.number = a.published_revision and ")
                    .append(Visibility.addressedRuleSql("r.tlp_rank", "r.recipients", ":org")).append(" and ")
                    .append(publishedMatches(query, params)).append(")))");
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
    private static String workingCopyMatches(AdvisoryQuery query, Map<String, Object> params) {
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
            sql.append(" and ").append(actorMatches("a.threat_actors", query, params));
        }
        if (query.indicatorValues() != null) {
            sql.append(" and (exists (select 1 from indicator i where i.advisory_id = a.id and i.normalized in (:values))")
                    .append(" or exists (select 1 from advisory_revision r join revision_indicator ri on ri.revision_id = r.id")
                    .append(" where r.advisory_id = a.id and ri.normalized in (:values)))");
            params.put("values", query.indicatorValues());
        }
        return sql.toString();
    }

    /** The same filters against the latest published revision {@code r}, as other organizations see it. */
    private static String publishedMatches(AdvisoryQuery query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("true");
        if (query.status() != null) {
            // Other organizations see an advisory as published (an amendment in progress included) or withdrawn.
            boolean withdrawn = query.status() == AdvisoryStatus.WITHDRAWN;
            boolean published = query.status() == AdvisoryStatus.PUBLISHED;
            sql.append(withdrawn ? " and a.status = 'WITHDRAWN'" : published ? " and a.status <> 'WITHDRAWN'" : " and false");
        }
        if (query.tlp() != null) {
            sql.append(" and r.tlp_rank = :tlpRank");
            params.put("tlpRank", (short) query.tlp().rank());
        }
        if (query.text() != null) {
            sql.append(" and (r.search @@ websearch_to_tsquery('simple', :text)")
                    .append(" or to_tsvector('simple', a.public_id) @@ websearch_to_tsquery('simple', :text))");
            params.put("text", query.text());
        }
        if (query.actor() != null) {
            sql.append(" and ").append(actorMatches("r.content -> 'threatActors'", query, params));
        }
        if (query.indicatorValues() != null) {
            sql.append(" and exists (select 1 from revision_indicator ri where ri.revision_id = r.id")
                    .append(" and ri.normalized in (:values))");
            params.put("values", query.indicatorValues());
        }
        return sql.toString();
    }

    private static String actorMatches(String actors, AdvisoryQuery query, Map<String, Object> params) {
        params.put("actor", "%" + escapeLike(query.actor()) + "%");
        params.put("actorExact", query.actor());
        return "exists (select 1 from jsonb_array_elements(" + actors + ") t where t->>'name' ilike :actor"
                + " or upper(t->>'mitreId') = upper(:actorExact)"
                + " or exists (select 1 from jsonb_array_elements_text(t->'aliases') al where al ilike :actor))";
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
