package org.advisoryhub.advisory.dto;

import jakarta.ws.rs.QueryParam;

/**
 * The filters of an advisory search as a reader types them, shared by the API and the console: {@code q} (full
 * text), {@code status}, {@code tlp}, {@code actor} (name, alias or ATT&CK id), {@code indicator} (any value, in any
 * spelling the hub accepts as input, defanged included) and {@code coauthor} (an organization id). Blank means any.
 */
public class AdvisorySearch {

    @QueryParam("q")
    public String q;

    @QueryParam("status")
    public String status;

    @QueryParam("tlp")
    public String tlp;

    @QueryParam("actor")
    public String actor;

    @QueryParam("indicator")
    public String indicator;

    @QueryParam("coauthor")
    public String coauthor;

    /** Whether any filter is set. */
    public boolean any() {
        return !blank(q) || !blank(status) || !blank(tlp) || !blank(actor) || !blank(indicator) || !blank(coauthor);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
