package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.advisoryhub.advisory.AdvisoryPublished;

/**
 * Tells every hub instance (this one included) that an advisory's published state changed. PostgreSQL delivers
 * a NOTIFY only when the publishing transaction commits, and not at all when it rolls back.
 */
@ApplicationScoped
public class ScreeningNotifier {

    /** The channel; a payload is an advisory id, or {@link #EVERYTHING} for a full reload. */
    static final String CHANNEL = "hub_screening";

    static final String EVERYTHING = "*";

    private final EntityManager em;

    public ScreeningNotifier(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPublished(@Observes AdvisoryPublished event) {
        em.createNativeQuery("select pg_notify('" + CHANNEL + "', :id)")
                .setParameter("id", event.advisory().id().toString())
                .getSingleResult();
    }
}
