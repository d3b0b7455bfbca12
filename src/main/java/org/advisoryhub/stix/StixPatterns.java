package org.advisoryhub.stix;

import org.advisoryhub.indicator.dto.IndicatorResponse;

/** STIX patterns (STIX 2.1 §9) for each indicator kind; CVEs are vulnerabilities, not patterns. */
final class StixPatterns {

    private StixPatterns() {
    }

    static String of(IndicatorResponse i) {
        String v = i.normalized();
        return switch (i.kind()) {
            case "crypto_address" -> "[cryptocurrency-wallet:value = " + quote(v) + "]";
            case "domain" -> "[domain-name:value = " + quote(v) + "]";
            case "ipv4" -> "[ipv4-addr:value = " + quote(v) + "]";
            case "ipv6" -> "[ipv6-addr:value = " + quote(v) + "]";
            case "url" -> "[url:value = " + quote(v) + "]";
            case "email" -> "[email-addr:value = " + quote(v) + "]";
            case "file_hash" -> "[file:hashes." + quote(i.hashAlgorithm()) + " = " + quote(v) + "]";
            case "account" -> "[user-account:account_type = " + quote(i.platform())
                    + " AND user-account:account_login = " + quote(v) + "]";
            case "package" -> "[software:name = " + quote(v) + " AND software:vendor = " + quote(i.platform()) + "]";
            default -> throw new IllegalArgumentException("no STIX pattern for kind " + i.kind());
        };
    }

    /** A STIX pattern string literal: single quotes, with backslash and quote escaped. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
