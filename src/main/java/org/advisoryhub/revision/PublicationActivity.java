package org.advisoryhub.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.advisoryhub.common.security.Actor;

/** How much was published lately, for the dashboard: what the official's organization co-authors, or everything. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicationActivity {

    private final RevisionRepository revisions;

    public PublicationActivity(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** Revisions published per UTC day from {@code from} on; days without any are absent. */
    public Map<LocalDate, Long> perDay(LocalDate from, Actor actor) {
        Map<LocalDate, Long> out = new TreeMap<>();
        String scope = actor.isAdmin() ? null : actor.organizationId();
        for (Tuple row : revisions.publicationsPerDay(scope, from.atStartOfDay().toInstant(ZoneOffset.UTC))) {
            out.put(day(row.get("day")), ((Number) row.get("n")).longValue());
        }
        return out;
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
