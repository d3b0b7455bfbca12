package org.advisoryhub.revision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.advisory.AdvisoryQuery;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.advisory.PublicationPorts;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.common.db.TableStatistics;
import org.advisoryhub.common.paging.Cursor;

@ApplicationScoped
public class RevisionRepository
        implements PanacheRepositoryBase<AdvisoryRevision, UUID>, PublicationPorts.PublishedRevisionLookup {

    /** Rows written at once from which the table's statistics are refreshed after the commit. */
    private static final int BULK = 10_000;

    private final TableStatistics statistics;

    public RevisionRepository(TableStatistics statistics) {
        this.statistics = statistics;
    }

    /** The level and recipients of the advisory's latest published revision, if it has one. */
    @Override
    @SuppressWarnings("unchecked")
    public Optional<PublicationPorts.Audience> audience(UUID advisoryId) {
        List<Tuple> rows = getEntityManager()
                .createNativeQuery("""
                select r.tlp_rank as tlp_rank, cast(r.recipients as text[]) as recipients from advisory_state a
                join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                where a.id = :id""", Tuple.class)
                .setParameter("id", advisoryId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new PublicationPorts.Audience(
                        Tlp.ofRank(row.get("tlp_rank", Number.class).intValue()),
                        List.of(row.get("recipients", String[].class))));
    }

    @Override
    public String anyRevisionHasValue() {
        return "exists (select 1 from advisory_revision r join revision_indicator ri on ri.revision_id = r.id"
                + " where r.advisory_id = a.id and ri.normalized in (:values))";
    }

    /** The search's filters against the latest published revision {@code r}, as other organizations see it. */
    @Override
    public String latestPublishedMatches(AdvisoryQuery query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("a.published_revision > 0 and exists (select 1 from advisory_revision r")
                .append(" where r.advisory_id = a.id and r.number = a.published_revision and ")
                .append(Visibility.addressedRuleSql("r.tlp_rank", "r.recipients", ":org"));
        if (query.status() != null) {
            // Other organizations see an advisory as published (an amendment in progress included) or withdrawn.
            boolean withdrawn = query.status() == AdvisoryStatus.WITHDRAWN;
            boolean published = query.status() == AdvisoryStatus.PUBLISHED;
            sql.append(
                    withdrawn
                            ? " and a.status = 'WITHDRAWN'"
                            : published ? " and a.status <> 'WITHDRAWN'" : " and false");
        }
        if (query.tlp() != null) {
            sql.append(" and r.tlp_rank = :tlpRank");
            params.put("tlpRank", (short) query.tlp().rank());
        }
        if (query.text() != null) {
            sql.append(textMatches(query.text(), params));
        }
        if (query.actor() != null) {
            sql.append(" and ").append(query.actorCondition("r.content -> 'threatActors'", params));
        }
        if (query.coauthor() != null) {
            // Who co-authored what others read: the published revision's authors, not an amendment's.
            sql.append(" and r.content -> 'coauthors' @> jsonb_build_array(cast(:coauthor as text))");
            params.put("coauthor", query.coauthor());
        }
        if (query.indicatorValues() != null) {
            sql.append(" and exists (select 1 from revision_indicator ri where ri.revision_id = r.id")
                    .append(" and ri.normalized in (:values))");
            params.put("values", query.indicatorValues());
        }
        return sql.append(")").toString();
    }

    /**
     * For each of the normalized values, the advisories other than {@code except} whose latest published revision
     * (not withdrawn) carries it and that the official may read ({@link Visibility#officialMayRead}: administrators,
     * co-authors, and the addressed rule for everyone else).
     */
    @SuppressWarnings("unchecked")
    Map<String, List<String>> publishedWithValues(
            Collection<String> values, String organizationId, boolean admin, String except) {
        Map<String, List<String>> found = new HashMap<>();
        if (values.isEmpty()) {
            return found;
        }
        List<Tuple> rows = getEntityManager()
                .createNativeQuery(
                        """
                select distinct p.normalized as normalized, a.public_id as public_id from published_indicator p
                join advisory_state a on a.id = p.advisory_id and a.withdrawn_at is null
                join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                where p.last_revision is null and p.normalized in (:values) and a.public_id <> :except
                and (:admin or cast(:org as text) = any(a.coauthors) or %s)
                order by a.public_id""".formatted(Visibility.addressedRuleSql("r.tlp_rank", "r.recipients", "cast(:org as text)")),
                        Tuple.class)
                .setParameter("values", values)
                .setParameter("except", except == null ? "" : except)
                .setParameter("admin", admin)
                .setParameter("org", organizationId)
                .getResultList();
        for (Tuple row : rows) {
            found.computeIfAbsent(row.get("normalized", String.class), v -> new java.util.ArrayList<>())
                    .add(row.get("public_id", String.class));
        }
        return found;
    }

    /** A revision {@code r} of advisory {@code a} whose text or public id matches a reader's search words. */
    private static String textMatches(String text, Map<String, Object> params) {
        params.put("text", text);
        return " and (r.search @@ websearch_to_tsquery('simple', :text)"
                + " or to_tsvector('simple', a.public_id) @@ websearch_to_tsquery('simple', :text))";
    }

    /**
     * The latest published revisions anyone may read ({@link Visibility#publicSql}) of advisories not withdrawn, newest
     * publication first, keyset-paged on (published_at, id); {@code text} (or null) searches their text and ids.
     */
    @SuppressWarnings("unchecked")
    List<AdvisoryRevision> publicLatest(String text, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select r.* from advisory_revision r join advisory_state a"
                + " on a.id = r.advisory_id and r.number = a.published_revision where a.withdrawn_at is null and ");
        sql.append(Visibility.publicSql("r.tlp_rank"));
        Map<String, Object> params = new HashMap<>();
        if (text != null) {
            sql.append(textMatches(text, params));
        }
        if (after != null) {
            sql.append(" and (r.published_at, r.id) < (:afterAt, :afterId)");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        sql.append(" order by r.published_at desc, r.id desc limit :limit");
        params.put("limit", limit);
        Query q = getEntityManager().createNativeQuery(sql.toString(), AdvisoryRevision.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /**
     * The newest publications and amendments anyone may read: CLEAR revisions of advisories whose latest published
     * revision is CLEAR too and which are not withdrawn, newest first.
     */
    @SuppressWarnings("unchecked")
    List<AdvisoryRevision> publicRevisions(int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "select r.* from advisory_revision r join advisory_state a on a.id = r.advisory_id"
                                + " join advisory_revision l on l.advisory_id = a.id and l.number = a.published_revision"
                                + " where a.withdrawn_at is null and " + Visibility.publicSql("r.tlp_rank") + " and "
                                + Visibility.publicSql("l.tlp_rank")
                                + " order by r.published_at desc, r.id desc limit :limit",
                        AdvisoryRevision.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Public ids of advisories, by id (the advisory_state read contract). */
    @SuppressWarnings("unchecked")
    Map<UUID, String> publicIds(Collection<UUID> advisoryIds) {
        Map<UUID, String> out = new HashMap<>();
        if (advisoryIds.isEmpty()) {
            return out;
        }
        List<Tuple> rows = getEntityManager()
                .createNativeQuery("select id, public_id from advisory_state where id in (:ids)", Tuple.class)
                .setParameter("ids", advisoryIds)
                .getResultList();
        rows.forEach(r -> out.put(r.get("id", UUID.class), r.get("public_id", String.class)));
        return out;
    }

    /** An advisory's id, latest published revision and withdrawal time, by its public id. */
    @SuppressWarnings("unchecked")
    Optional<Tuple> state(String publicId) {
        List<Tuple> rows = getEntityManager()
                .createNativeQuery(
                        "select id, published_revision, withdrawn_at from advisory_state where public_id = :id",
                        Tuple.class)
                .setParameter("id", publicId)
                .getResultList();
        return rows.stream().findFirst();
    }

    /**
     * How many revisions were published on each UTC day since {@code from}: of the advisories the organization
     * co-authors, or of all when {@code organizationId} is null (an administrator).
     */
    @SuppressWarnings("unchecked")
    List<Tuple> publicationsPerDay(String organizationId, Instant from) {
        String scope = organizationId == null ? "" : " and cast(:org as varchar) = any(a.coauthors)";
        Query q = getEntityManager()
                .createNativeQuery(
                        "select cast(r.published_at at time zone 'UTC' as date) as day, count(*) as n"
                                + " from advisory_revision r join advisory_state a on a.id = r.advisory_id"
                                + " where r.published_at >= :from" + scope + " group by 1 order by 1",
                        Tuple.class)
                .setParameter("from", from);
        if (organizationId != null) {
            q.setParameter("org", organizationId);
        }
        return q.getResultList();
    }

    /**
     * Published, not withdrawn advisories whose latest revision is due for review by {@code horizon}, soonest first,
     * keyset-paged on (review_by, id). {@code organizationId} null means every advisory (an administrator);
     * otherwise those the organization co-authors, which are the ones it has to review.
     */
    List<Tuple> reviewsDue(String organizationId, Instant horizon, Cursor after, int limit) {
        return due("""
                select a.public_id as advisory, r.content ->> 'title' as title, r.number as revision,
                    (select cast(jsonb_object_agg(t.key, t.value ->> 'title') as text)
                        from jsonb_each(r.content -> 'translations') t) as titles,
                    r.review_by as review_by, r.indicator_count as indicators, a.id as id
                from advisory_state a join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                where r.review_by <= :horizon and (cast(:afterAt as timestamptz) is null
                    or (r.review_by, a.id) > (cast(:afterAt as timestamptz), cast(:afterId as uuid)))""", "order by r.review_by, a.id", organizationId, horizon, after, limit);
    }

    /** The indicators those advisories publish that run out by {@code horizon}, keyset-paged on (valid_until, key). */
    List<Tuple> indicatorsDue(String organizationId, Instant horizon, Cursor after, int limit) {
        return due("""
                select a.public_id as advisory, r.number as revision, ri.indicator_key as key, ri.kind as kind,
                    ri.value as value, ri.valid_until as valid_until
                from advisory_state a join advisory_revision r on r.advisory_id = a.id and r.number = a.published_revision
                join revision_indicator ri on ri.revision_id = r.id
                where ri.valid_until <= :horizon and (cast(:afterAt as timestamptz) is null
                    or (ri.valid_until, ri.indicator_key) > (cast(:afterAt as timestamptz), cast(:afterId as uuid)))""", "order by ri.valid_until, ri.indicator_key", organizationId, horizon, after, limit);
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> due(
            String select, String order, String organizationId, Instant horizon, Cursor after, int limit) {
        String scope = organizationId == null ? "" : " and cast(:org as varchar) = any(a.coauthors)";
        Query q = getEntityManager()
                .createNativeQuery(
                        select + " and a.status <> 'WITHDRAWN'" + scope + " " + order + " limit :limit", Tuple.class)
                .setParameter("horizon", horizon)
                .setParameter("afterAt", after == null ? null : after.at())
                .setParameter("afterId", after == null ? null : after.id().toString())
                .setParameter("limit", limit);
        if (organizationId != null) {
            q.setParameter("org", organizationId);
        }
        return q.getResultList();
    }

    public List<AdvisoryRevision> listFor(UUID advisoryId) {
        return list("advisoryId", Sort.by("number"), advisoryId);
    }

    public Optional<AdvisoryRevision> findByNumber(UUID advisoryId, int number) {
        return find("advisoryId = ?1 and number = ?2", advisoryId, number).firstResultOptional();
    }

    /**
     * Makes revision {@code number} of the advisory share the previous revision's indicator rows, except where the
     * working set changed: the rows of indicators removed or changed are closed at the previous revision, and rows are
     * added for those added or changed. Only the changed indicators are looked at, or all of them when
     * {@code everything} (the first revision, or a new review-by date, which every indicator without an end of its own
     * takes as its end). Returns how many rows were added.
     */
    public int freezeIndicators(UUID advisoryId, int number, Instant reviewBy, boolean everything) {
        // The changed keys are read first and given as a list, so that the planner drives both statements from them
        // (a list it can count) whatever its statistics say about the tables.
        String touched = everything ? "" : " and %s = any(cast(:keys as uuid[]))";
        String keys = everything ? null : changedKeys(advisoryId);
        Query close = getEntityManager()
                .createNativeQuery("""
                update published_indicator p set last_revision = :previous
                where p.advisory_id = :advisory and p.last_revision is null%s and not exists (
                    select 1 from working_indicator w where w.advisory_id = p.advisory_id
                    and w.indicator_key = p.indicator_key
                    and (w.kind, w.value, w.normalized, w.chain, w.chain_name, w.asset, w.hash_algorithm, w.file_name,
                        w.platform, w.valid_from, coalesce(w.valid_until, :reviewBy), w.confidence, w.description,
                        w.source_name, w.source_url, w.persona, w.provenance)
                    is not distinct from (p.kind, p.value, p.normalized, p.chain, p.chain_name, p.asset,
                        p.hash_algorithm, p.file_name, p.platform, p.valid_from, p.valid_until, p.confidence,
                        p.description, p.source_name, p.source_url, p.persona, p.provenance))""".formatted(touched.formatted("p.indicator_key")))
                .setParameter("previous", number - 1)
                .setParameter("advisory", advisoryId)
                .setParameter("reviewBy", reviewBy);
        if (keys != null) {
            close.setParameter("keys", keys);
        }
        close.executeUpdate();
        Query add = getEntityManager()
                .createNativeQuery("""
                insert into published_indicator (advisory_id, indicator_key, first_revision, kind, value, normalized,
                    chain, chain_name, asset, hash_algorithm, file_name, platform, valid_from, valid_until, confidence,
                    description, source_name, source_url, persona, provenance)
                select w.advisory_id, w.indicator_key, :number, w.kind, w.value, w.normalized, w.chain, w.chain_name,
                    w.asset, w.hash_algorithm, w.file_name, w.platform, w.valid_from, coalesce(w.valid_until, :reviewBy),
                    w.confidence, w.description, w.source_name, w.source_url, w.persona, w.provenance
                from working_indicator w where w.advisory_id = :advisory%s and not exists (
                    select 1 from published_indicator p where p.advisory_id = w.advisory_id
                    and p.indicator_key = w.indicator_key and p.last_revision is null)""".formatted(touched.formatted("w.indicator_key")))
                .setParameter("number", number)
                .setParameter("advisory", advisoryId)
                .setParameter("reviewBy", reviewBy);
        if (keys != null) {
            add.setParameter("keys", keys);
        }
        int added = add.executeUpdate();
        if (added >= BULK) {
            // Keep the planner's picture current: the next amendment's lookups must use the indexes.
            statistics.refreshAfterCommit(TableStatistics.Table.PUBLISHED_INDICATOR);
        }
        return added;
    }

    /** The keys of the advisory's working indicators changed since its last publication, as a uuid[] literal. */
    @SuppressWarnings("unchecked")
    private String changedKeys(UUID advisoryId) {
        List<UUID> keys = getEntityManager()
                .createNativeQuery("select indicator_key from changed_indicator where advisory_id = :a", UUID.class)
                .setParameter("a", advisoryId)
                .getResultList();
        return "{" + String.join(",", keys.stream().map(UUID::toString).toList()) + "}";
    }

    /** The keys of the indicators revision {@code number} added, changed or removed. */
    @SuppressWarnings("unchecked")
    public Set<UUID> touchedKeys(UUID advisoryId, int number) {
        return new HashSet<>(getEntityManager()
                .createNativeQuery("""
                select indicator_key from published_indicator where advisory_id = :a and first_revision = :n
                union select indicator_key from published_indicator where advisory_id = :a and last_revision = :n - 1""", UUID.class)
                .setParameter("a", advisoryId)
                .setParameter("n", number)
                .getResultList());
    }

    /** The keys of the revision's indicators with one of these normalized values. */
    @SuppressWarnings("unchecked")
    public List<UUID> keysWithValues(UUID revisionId, Collection<String> normalized) {
        if (normalized.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery(
                        "select indicator_key from revision_indicator where revision_id = :r and normalized in (:v)",
                        UUID.class)
                .setParameter("r", revisionId)
                .setParameter("v", normalized)
                .getResultList();
    }

    /**
     * The keys of the personas in revisions {@code from} to {@code to} of the advisory, and of the accounts they name
     * ({@code accounts} holds dedupe keys, which {@code keyOf} turns into indicator keys): a persona's objects link to
     * its accounts' observables, so an amendment that touches either re-maps both. One query on a partial index of the
     * personas: an advisory without any costs nothing however many indicators it has.
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> personaKeys(UUID advisoryId, int from, int to, java.util.function.Function<String, UUID> keyOf) {
        Set<UUID> keys = new HashSet<>();
        List<Tuple> rows = getEntityManager()
                .createNativeQuery("""
                select indicator_key, cast(persona -> 'accounts' as text) as accounts from published_indicator
                where advisory_id = :a and kind = 'PERSONA' and first_revision <= :to
                    and (last_revision is null or last_revision >= :from)""", Tuple.class)
                .setParameter("a", advisoryId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Tuple row : rows) {
            keys.add(row.get("indicator_key", UUID.class));
            String accounts = row.get("accounts", String.class);
            if (accounts != null) {
                try {
                    for (var a : JSON.readTree(accounts)) {
                        keys.add(keyOf.apply(a.asText()));
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("unreadable persona accounts of advisory " + advisoryId, e);
                }
            }
        }
        return keys;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The latest start among the advisory's indicators that have no end of their own, if any. */
    public Optional<Instant> latestOpenStart(UUID advisoryId) {
        Object latest = getEntityManager()
                .createNativeQuery(
                        "select max(valid_from) from working_indicator where advisory_id = :a and valid_until is null",
                        Instant.class)
                .setParameter("a", advisoryId)
                .getSingleResult();
        return Optional.ofNullable((Instant) latest);
    }

    /** How many indicators revision {@code in} of the advisory has that revision {@code notIn} has not. */
    public int indicatorsOnlyIn(UUID advisoryId, int in, int notIn) {
        return ((Number) getEntityManager()
                        .createNativeQuery("""
                select count(*) from published_indicator p where p.advisory_id = :a and p.first_revision <= :in
                and coalesce(p.last_revision, :in) >= :in
                and (p.first_revision > :notIn or p.last_revision < :notIn) and not exists (
                    select 1 from published_indicator o where o.advisory_id = :a and o.indicator_key = p.indicator_key
                    and o.first_revision <= :notIn and coalesce(o.last_revision, :notIn) >= :notIn)""")
                        .setParameter("a", advisoryId)
                        .setParameter("in", in)
                        .setParameter("notIn", notIn)
                        .getSingleResult())
                .intValue();
    }

    /** Key, kind and value of every indicator any revision of the advisory published. */
    @SuppressWarnings("unchecked")
    public List<Tuple> everPublished(UUID advisoryId) {
        return getEntityManager()
                .createNativeQuery("""
                select distinct ri.indicator_key as key, ri.kind as kind, ri.value as value from revision_indicator ri
                join advisory_revision r on r.id = ri.revision_id where r.advisory_id = :a""", Tuple.class)
                .setParameter("a", advisoryId)
                .getResultList();
    }

    /** Keyset page of a revision's indicators in key order. */
    public List<RevisionIndicator> indicatorPage(UUID revisionId, UUID afterKey, int limit) {
        String where = afterKey == null ? "revisionId = :r" : "revisionId = :r and key > :after";
        var query = getEntityManager()
                .createQuery("from RevisionIndicator where " + where + " order by key", RevisionIndicator.class)
                .setParameter("r", revisionId)
                .setMaxResults(limit);
        if (afterKey != null) {
            query.setParameter("after", afterKey);
        }
        return query.getResultList();
    }
}
