package org.advisoryhub.revision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<AdvisoryRevision, UUID> {

    public List<AdvisoryRevision> listFor(UUID advisoryId) {
        return list("advisoryId", Sort.by("number"), advisoryId);
    }

    public Optional<AdvisoryRevision> findByNumber(UUID advisoryId, int number) {
        return find("advisoryId = ?1 and number = ?2", advisoryId, number).firstResultOptional();
    }

    /**
     * Copies the advisory's working indicator set into the revision in one statement; those without their own end
     * are published valid until the revision's review-by date.
     */
    public int snapshotIndicators(UUID revisionId, UUID advisoryId, Instant reviewBy) {
        return getEntityManager().createNativeQuery("""
                insert into revision_indicator (revision_id, indicator_key, kind, value, normalized, chain, chain_name,
                    asset, hash_algorithm, file_name, platform, valid_from, valid_until, confidence, description,
                    source_name, source_url)
                select :revision, indicator_key, kind, value, normalized, chain, chain_name, asset, hash_algorithm,
                    file_name, platform, valid_from, coalesce(valid_until, :reviewBy), confidence, description,
                    source_name, source_url
                from indicator where advisory_id = :advisory""")
                .setParameter("revision", revisionId)
                .setParameter("reviewBy", reviewBy)
                .setParameter("advisory", advisoryId)
                .executeUpdate();
    }

    /** The latest start among the advisory's indicators that have no end of their own, if any. */
    public Optional<Instant> latestOpenStart(UUID advisoryId) {
        Object latest = getEntityManager().createNativeQuery(
                "select max(valid_from) from indicator where advisory_id = :a and valid_until is null", Instant.class)
                .setParameter("a", advisoryId).getSingleResult();
        return Optional.ofNullable((Instant) latest);
    }

    /** How many indicators revision {@code in} of the advisory has that revision {@code notIn} has not. */
    public int indicatorsOnlyIn(UUID advisoryId, int in, int notIn) {
        return ((Number) getEntityManager().createNativeQuery("""
                select count(*) from revision_indicator ri join advisory_revision r on r.id = ri.revision_id
                where r.advisory_id = :a and r.number = :in and not exists (
                    select 1 from revision_indicator o join advisory_revision ro on ro.id = o.revision_id
                    where ro.advisory_id = :a and ro.number = :notIn and o.indicator_key = ri.indicator_key)""")
                .setParameter("a", advisoryId).setParameter("in", in).setParameter("notIn", notIn).getSingleResult())
                .intValue();
    }

    /** Key, kind and value of every indicator any revision of the advisory published. */
    @SuppressWarnings("unchecked")
    public List<jakarta.persistence.Tuple> everPublished(UUID advisoryId) {
        return getEntityManager().createNativeQuery("""
                select distinct ri.indicator_key as key, ri.kind as kind, ri.value as value from revision_indicator ri
                join advisory_revision r on r.id = ri.revision_id where r.advisory_id = :a""", jakarta.persistence.Tuple.class)
                .setParameter("a", advisoryId).getResultList();
    }

    public List<RevisionIndicator> indicators(UUID revisionId) {
        return getEntityManager()
                .createQuery("from RevisionIndicator where revisionId = :r order by key", RevisionIndicator.class)
                .setParameter("r", revisionId)
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
