package org.advisoryhub.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Streams query results row by row through a server-side cursor, so that a feed or an index of any size never sits
 * in memory. Columns are always read by name. Only repositories use it.
 */
public final class JdbcRows {

    private static final int FETCH_SIZE = 1000;

    private JdbcRows() {}

    /** Turns the current row into a value. */
    public interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Receives rows one by one; it may write to a response. */
    public interface Sink<T> {
        void accept(T row) throws IOException;
    }

    /** Runs the query on a connection of its own. */
    public static <T> void stream(DataSource dataSource, String sql, List<?> params, Mapper<T> mapper, Sink<T> sink) {
        try (Connection c = dataSource.getConnection()) {
            stream(c, sql, params, mapper, sink);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the query on the caller's connection. PostgreSQL streams with a fetch size only inside a transaction, so
     * one is opened around the query and the connection's mode restored afterwards.
     */
    public static <T> void stream(Connection c, String sql, List<?> params, Mapper<T> mapper, Sink<T> sink)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapper.map(rs));
                }
            }
            c.commit();
        } catch (IOException e) {
            c.rollback();
            throw new UncheckedIOException(e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Runs the query on a connection already inside a transaction (the ORM's, through {@code Session.doWork}): the
     * transaction is the caller's, so it is neither opened nor committed here.
     */
    public static <T> void streamInTransaction(Connection c, String sql, List<?> params, Mapper<T> mapper, Sink<T> sink)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapper.map(rs));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole (small) result as a list. */
    public static <T> List<T> list(DataSource dataSource, String sql, List<?> params, Mapper<T> mapper) {
        List<T> out = new ArrayList<>();
        stream(dataSource, sql, params, mapper, out::add);
        return out;
    }

    /** A timestamp column as an instant, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
