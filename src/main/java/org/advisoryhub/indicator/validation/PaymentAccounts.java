package org.advisoryhub.indicator.validation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts on payment services (Payoneer, PayPal, Wise…): the platform and the account's e-mail address or id. The
 * e-mail is checked as any e-mail indicator; an id is 3 to 64 letters, digits, dots, hyphens and underscores (a Wise
 * tag's {@code @} is dropped). Both are kept in lower case: the services match them without regard to case.
 */
public final class PaymentAccounts {

    /** Services whose name may be written before the account in pasted lists ({@code paypal:someone@example.com}). */
    public static final Set<String> KNOWN_PLATFORMS = Set.of(
            "payoneer",
            "paypal",
            "wise",
            "skrill",
            "payeer",
            "stripe",
            "revolut",
            "venmo",
            "cashapp",
            "zelle",
            "alipay",
            "wechatpay",
            "webmoney",
            "perfectmoney");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

    private PaymentAccounts() {}

    public static String normalize(String account) {
        String a = account.strip();
        if (a.contains("@") && !a.startsWith("@")) {
            return EmailAddresses.normalize(a);
        }
        String id = a.startsWith("@") ? a.substring(1) : a;
        if (!ID.matcher(id).matches()) {
            throw new InvalidIndicatorException(
                    "a payment account is its e-mail address or an id of 3 to 64 letters, digits, dots, hyphens and"
                            + " underscores");
        }
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
