package org.advisoryhub.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.common.time.Timestamps;
import org.advisoryhub.signoff.dto.CommentResponse;
import org.advisoryhub.signoff.dto.SignoffState;

/** The sign-off tables: approvals per advisory version, and review comments per revision. */
@ApplicationScoped
public class SignoffRepository {

    private final EntityManager em;

    public SignoffRepository(EntityManager em) {
        this.em = em;
    }

    void approve(UUID advisoryId, long version, String organizationId, String username, Instant at) {
        em.createNativeQuery("""
                insert into advisory_approval (id, advisory_id, version, organization_id, approved_by, approved_at)
                values (:id, :a, :v, :org, :by, :at)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("a", advisoryId)
                .setParameter("v", version)
                .setParameter("org", organizationId)
                .setParameter("by", username)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Approvals of exactly this version, oldest first. */
    List<SignoffState.Approval> approvals(UUID advisoryId, long version) {
        return tuples("""
                select organization_id, approved_by, approved_at from advisory_approval
                where advisory_id = :a and version = :v order by approved_at""", advisoryId, version).stream()
                .map(t -> new SignoffState.Approval(
                        t.get("organization_id", String.class),
                        t.get("approved_by", String.class),
                        Timestamps.of(t.get("approved_at"))))
                .toList();
    }

    void comment(
            UUID advisoryId, int revision, String author, String organizationId, String kind, String text, Instant at) {
        em.createNativeQuery("""
                insert into advisory_comment (id, advisory_id, revision, author, organization_id, kind, text, created_at)
                values (:id, :a, :r, :author, :org, :kind, :text, :at)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("a", advisoryId)
                .setParameter("r", revision)
                .setParameter("author", author)
                .setParameter("org", organizationId)
                .setParameter("kind", kind)
                .setParameter("text", text)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** The advisory's review comments in the order they were made. */
    List<CommentResponse> comments(UUID advisoryId) {
        return tuples("""
                select author, organization_id, revision, kind, text, created_at from advisory_comment
                where advisory_id = :a order by created_at, id""", advisoryId, null).stream()
                .map(t -> new CommentResponse(
                        t.get("author", String.class),
                        t.get("organization_id", String.class),
                        t.get("revision", Number.class).intValue(),
                        t.get("kind", String.class),
                        t.get("text", String.class),
                        Timestamps.of(t.get("created_at"))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> tuples(String sql, UUID advisoryId, Long version) {
        var query = em.createNativeQuery(sql, Tuple.class).setParameter("a", advisoryId);
        if (version != null) {
            query.setParameter("v", version);
        }
        return query.getResultList();
    }
}
