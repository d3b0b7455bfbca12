package org.advisoryhub.stix;

import org.advisoryhub.indicator.dto.IndicatorResponse;

/** STIX patterns (STIX 2.1 §9) for each indicator kind; CVEs are vulnerabilities and personas identities, not patterns. */
final class StixPatterns {

    private StixPatterns() {}

    static String of(IndicatorResponse i) {
        String v = i.normalized();
        return switch (i.kind()) {
            case CRYPTO_ADDRESS -> "[cryptocurrency-wallet:value = " + quote(v) + "]";
            case DOMAIN -> "[domain-name:value = " + quote(v) + "]";
            case IPV4 -> "[ipv4-addr:value = " + quote(v) + "]";
            case IPV6 -> "[ipv6-addr:value = " + quote(v) + "]";
            case URL -> "[url:value = " + quote(v) + "]";
            case EMAIL -> "[email-addr:value = " + quote(v) + "]";
            case FILE_HASH -> "[file:hashes." + quote(i.hashAlgorithm().stixName()) + " = " + quote(v) + "]";
            case ACCOUNT, PAYMENT_ACCOUNT, PROFILE ->
                "[user-account:account_type = " + quote(i.platform()) + " AND user-account:account_login = " + quote(v)
                        + "]";
            case PHONE -> "[phone-number:value = " + quote(v) + "]";
            case PACKAGE -> "[software:name = " + quote(v) + " AND software:vendor = " + quote(i.platform()) + "]";
            case CVE, PERSONA ->
                throw new IllegalArgumentException(
                        "no STIX pattern for kind " + i.kind().label());
        };
    }

    /** A STIX pattern string literal: single quotes, with backslash and quote escaped. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
