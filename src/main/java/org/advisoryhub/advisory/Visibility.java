package org.advisoryhub.advisory;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may read published advisory content: the one statement of the TLP × recipients rule, for partner keys and
 * for officials, in Java and as SQL over a rank column and a recipients array. Every path asks it: the officials'
 * API and console, TAXII, flat feeds, screening, webhooks, sightings and STIX downloads. A test holds the Java and
 * the SQL decisions equal over every combination.
 *
 * <ul>
 * <li>AMBER+STRICT and RED are for the organizations an advisory names as recipients, and nobody else.</li>
 * <li>A partner key reads up to its TLP ceiling in a collection (the lower of key and collection), within that rule;
 * through an addressed collection it reads exactly what names its organization as a recipient, at any level.</li>
 * <li>An official reads what the rule allows their organization, and everything their organization co-authors;
 * administrators read everything.</li>
 * </ul>
 */
public final class Visibility {

    private Visibility() {}

    /** Whether an organization that is not a co-author may read content at this level with these recipients. */
    public static boolean addressedRuleAllows(Tlp tlp, Collection<String> recipients, String organizationId) {
        return !tlp.needsRecipients() || recipients.contains(organizationId);
    }

    /**
     * Whether anyone, signed in or not, may read published content at this level: TLP:CLEAR alone, which the public
     * pages and their feed show. (CLEAR never names recipients.)
     */
    public static boolean publicMayRead(Tlp tlp) {
        return tlp == Tlp.CLEAR;
    }

    /** {@link #publicMayRead} in SQL over a TLP rank column. */
    public static String publicSql(String rankColumn) {
        return "(" + rankColumn + " = " + Tlp.CLEAR.rank() + ")";
    }

    /** Whether a partner organization reading up to {@code ceiling} may read this content. */
    public static boolean partnerMayRead(Tlp tlp, Collection<String> recipients, Tlp ceiling, String organizationId) {
        return ceiling != null && tlp.atMost(ceiling) && addressedRuleAllows(tlp, recipients, organizationId);
    }

    /** Whether an official may read a published revision with this level and these recipients. */
    public static boolean officialMayRead(
            Tlp tlp, Collection<String> recipients, String organizationId, boolean coauthor, boolean admin) {
        return admin || coauthor || addressedRuleAllows(tlp, recipients, organizationId);
    }

    /**
     * What a partner key reads through one collection: up to {@code ceiling} within the recipients rule, or, through
     * an addressed collection, exactly what names its organization as a recipient (at any level: being named is
     * the authors' explicit decision to share with that organization).
     */
    public record PartnerView(Tlp ceiling, boolean addressedOnly, String organizationId) {

        public boolean mayRead(Tlp tlp, Collection<String> recipients) {
            return addressedOnly
                    ? recipients.contains(organizationId)
                    : partnerMayRead(tlp, recipients, ceiling, organizationId);
        }

        /**
         * {@link #mayRead} in SQL; {@code alwaysVisible} (or null) is a condition for shared objects every reader of
         * the collection gets, such as the identities content refers to. Bind {@link #parameters()} in order.
         */
        public String sql(String rankColumn, String recipientsColumn, String alwaysVisible) {
            if (addressedOnly) {
                String named = "? = any(" + recipientsColumn + ")";
                return "(" + (alwaysVisible == null ? named : alwaysVisible + " or " + named) + ")";
            }
            return partnerSql(rankColumn, recipientsColumn);
        }

        public List<Object> parameters() {
            return addressedOnly ? List.of(organizationId) : partnerParameters(ceiling, organizationId);
        }
    }

    /**
     * {@link #partnerMayRead} in SQL over a TLP rank column and a {@code text[]} recipients column; binds two JDBC
     * parameters, {@link #partnerParameters} in this order.
     */
    public static String partnerSql(String rankColumn, String recipientsColumn) {
        return "(" + rankColumn + " <= ? and " + addressedRuleSql(rankColumn, recipientsColumn, "?") + ")";
    }

    public static List<Object> partnerParameters(Tlp ceiling, String organizationId) {
        return List.of((short) ceiling.rank(), organizationId);
    }

    /** {@link #addressedRuleAllows} in SQL; {@code organization} is a parameter placeholder or expression. */
    public static String addressedRuleSql(String rankColumn, String recipientsColumn, String organization) {
        return "(" + rankColumn + " not in (" + restrictedRanks() + ") or " + organization + " = any("
                + recipientsColumn + "))";
    }

    /** The ranks that are for named recipients only, as an SQL list made from the enum (never typed by hand). */
    private static String restrictedRanks() {
        return Arrays.stream(Tlp.values())
                .filter(Tlp::needsRecipients)
                .map(t -> String.valueOf(t.rank()))
                .collect(Collectors.joining(", "));
    }
}
