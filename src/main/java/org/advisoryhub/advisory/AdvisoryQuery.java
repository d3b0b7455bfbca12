package org.advisoryhub.advisory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advisoryhub.advisory.dto.AdvisorySearch;
import org.advisoryhub.common.error.ValidationFailedException;

/**
 * Filters of an advisory search; null means "any". {@code indicatorValues} are candidate normalized forms;
 * {@code coauthor} is an organization id.
 */
public record AdvisoryQuery(
        String text, AdvisoryStatus status, Tlp tlp, String actor, List<String> indicatorValues, String coauthor) {

    /** Only a status. */
    public static AdvisoryQuery ofStatus(AdvisoryStatus status) {
        return new AdvisoryQuery(null, status, null, null, null, null);
    }

    /** Parses what a reader typed; a bad status or TLP is a 400 naming the field. */
    static AdvisoryQuery parse(AdvisorySearch search, PublicationPorts.IndicatorMatcher matcher) {
        return new AdvisoryQuery(
                blankToNull(search.q),
                parseStatus(search.status),
                parseTlp(search.tlp),
                blankToNull(search.actor),
                blankToNull(search.indicator) == null ? null : matcher.candidates(search.indicator),
                blankToNull(search.coauthor));
    }

    /**
     * The SQL condition that a JSON array of threat actors (working copy or published content) names the queried
     * actor: by name or alias in part, or by ATT&CK id exactly. Its parameters are added to {@code params}.
     */
    public String actorCondition(String actorsJson, Map<String, Object> params) {
        params.put("actor", "%" + escapeLike(actor) + "%");
        params.put("actorExact", actor);
        return "exists (select 1 from jsonb_array_elements(" + actorsJson + ") t where t->>'name' ilike :actor"
                + " or upper(t->>'mitreId') = upper(:actorExact)"
                + " or exists (select 1 from jsonb_array_elements_text(t->'aliases') al where al ilike :actor))";
    }

    private static AdvisoryStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AdvisoryStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("status", "must be one of " + List.of(AdvisoryStatus.values()));
        }
    }

    private static Tlp parseTlp(String tlp) {
        if (tlp == null || tlp.isBlank()) {
            return null;
        }
        try {
            return Tlp.parse(tlp);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("tlp", e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
