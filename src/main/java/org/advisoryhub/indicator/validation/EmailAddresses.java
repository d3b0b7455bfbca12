package org.advisoryhub.indicator.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Mailbox addresses (dot-atom local part); matched case-insensitively as mail providers do in practice. */
public final class EmailAddresses {

    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    private EmailAddresses() {}

    public static String normalize(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            throw new InvalidIndicatorException("an email address is local-part@domain");
        }
        String local = value.substring(0, at);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            throw new InvalidIndicatorException(
                    "local part '" + local + "' is not a valid dot-atom of at most 64 characters");
        }
        return local.toLowerCase(Locale.ROOT) + "@" + DomainNames.normalize(value.substring(at + 1));
    }
}
