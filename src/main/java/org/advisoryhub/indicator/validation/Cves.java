package org.advisoryhub.indicator.validation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CVE identifiers: CVE-YYYY-NNNN with four or more sequence digits. */
public final class Cves {

    private static final Pattern CVE = Pattern.compile("CVE-(\\d{4})-(\\d{4,19})");

    private Cves() {}

    public static boolean looksLikeCve(String value) {
        return value.regionMatches(true, 0, "CVE-", 0, 4);
    }

    public static String normalize(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        Matcher m = CVE.matcher(upper);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1999) {
            throw new InvalidIndicatorException("a CVE id is CVE-YYYY-NNNN (year 1999 or later, 4+ digits)");
        }
        return upper;
    }
}
