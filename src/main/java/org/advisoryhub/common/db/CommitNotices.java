package org.advisoryhub.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Tells every instance that something changed, once the current transaction commits: PostgreSQL delivers a NOTIFY
 * sent inside a transaction only when it commits, and not at all when it rolls back. This instance also hears it
 * right after the commit, without waiting for the notification to come back.
 */
@ApplicationScoped
public class CommitNotices {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    public CommitNotices(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /** Announces {@code subject} on the cache's channel and drops it from this instance's cache after the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterCommit(AnnouncedCache cache, String subject) {
        em.createNativeQuery("select pg_notify(:channel, :subject)")
                .setParameter("channel", cache.channel())
                .setParameter("subject", subject)
                .getSingleResult();
        afterCompletion(status -> cache.forget(subject));
    }

    /** Runs {@code action} once the current transaction has committed; nothing when it rolls back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onCommit(Runnable action) {
        afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        });
    }

    private void afterCompletion(java.util.function.IntConsumer action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }
}
