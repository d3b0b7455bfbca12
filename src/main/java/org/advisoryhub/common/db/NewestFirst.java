package org.advisoryhub.common.db;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * A filtered search of an append-only table, newest first by id: each condition joins the query only when its value is
 * given, and the page ends at {@code limit} rows. Only repositories use it.
 */
public final class NewestFirst {

    private final StringBuilder sql;
    private final List<Object> params = new ArrayList<>();

    /** Starts from a {@code select … from table} without conditions. */
    public NewestFirst(String select) {
        this.sql = new StringBuilder(select).append(" where true");
    }

    /** Adds {@code condition} (one {@code ?}) when {@code value} is given. */
    public NewestFirst and(String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.add(value);
        }
        return this;
    }

    /** The same for a time, bound in UTC. */
    public NewestFirst and(String condition, Instant value) {
        return and(condition, value == null ? null : (Object) OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    /** Runs the search: at most {@code limit} rows, highest id first. */
    public <T> List<T> list(EntityManager em, int limit, JdbcRows.Mapper<T> mapper) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        String query = sql + " order by id desc limit ?";
        List<T> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> JdbcRows.streamInTransaction(c, query, all, mapper, out::add));
        return out;
    }
}
