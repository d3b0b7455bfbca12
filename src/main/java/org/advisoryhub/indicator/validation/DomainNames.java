package org.advisoryhub.indicator.validation;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names: internationalized names are checked and matched in their ASCII (Punycode) form. */
public final class DomainNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private DomainNames() {}

    public static String normalize(String value) {
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (name.isEmpty()) {
            throw new InvalidIndicatorException("a domain name is required");
        }
        if (name.startsWith(".") || name.contains("..")) {
            throw new InvalidIndicatorException("a domain name has an empty label (two dots in a row)");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidIndicatorException("not a valid (internationalized) domain name");
        }
        if (ascii.length() > 253) {
            throw new InvalidIndicatorException("a domain name is at most 253 characters");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidIndicatorException("a domain name needs at least two labels (example.com)");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidIndicatorException(
                        "label '" + label + "' is not 1-63 letters, digits or inner hyphens");
            }
        }
        if (!TLD.matcher(labels[labels.length - 1]).matches()) {
            throw new InvalidIndicatorException("'" + labels[labels.length - 1] + "' is not a top-level domain");
        }
        return ascii;
    }
}
