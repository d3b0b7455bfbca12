package org.advisoryhub.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Reacts to PostgreSQL NOTIFYs on one channel, on every instance. A notification sent inside a transaction is
 * delivered when it commits and never when it rolls back. {@link DatabaseNotifications} calls these methods on
 * its listening thread, with its own connection for any reads.
 */
public interface NotificationHandler {

    /** The channel, a plain identifier. */
    String channel();

    /** Now listening, at start or after a lost connection: whatever was announced before may have been missed. */
    void listening(Connection c) throws SQLException;

    /** The distinct payloads that arrived together. */
    void notified(Connection c, Set<String> payloads) throws SQLException;
}
