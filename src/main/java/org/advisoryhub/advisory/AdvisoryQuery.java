package org.advisoryhub.advisory;

import java.util.List;
import java.util.Map;

/** Filters of an advisory search; null means "any". {@code indicatorValues} are candidate normalized forms. */
public record AdvisoryQuery(String text, AdvisoryStatus status, Tlp tlp, String actor, List<String> indicatorValues) {

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

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
