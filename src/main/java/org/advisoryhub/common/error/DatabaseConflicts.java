package org.advisoryhub.common.error;

import java.sql.SQLException;
import java.util.Set;

/**
 * Database errors that mean "someone else changed this at the same moment": a unique or foreign key that another
 * transaction just took, a serialization failure, a deadlock victim, a lock not granted. They are a lost race
 * (409), not a fault of the hub.
 */
final class DatabaseConflicts {

    private static final Set<String> LOST_RACE = Set.of(
            "23505", // unique_violation
            "23503", // foreign_key_violation
            "23P01", // exclusion_violation
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03"); // lock_not_available

    private DatabaseConflicts() {}

    static boolean isLostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && LOST_RACE.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
