package org.advisoryhub.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import org.advisoryhub.common.error.ValidationFailedException;

/** What an indicator is. JSON uses the lower-case names ({@code crypto_address}). */
public enum IndicatorKind {
    CRYPTO_ADDRESS,
    DOMAIN,
    IPV4,
    IPV6,
    URL,
    EMAIL,
    FILE_HASH,
    ACCOUNT,
    PACKAGE,
    CVE,
    /** A phone number in E.164, as IT-worker personas give them to employers and platforms. */
    PHONE,
    /** An account on a payment service (Payoneer, PayPal, Wise…): the platform and the e-mail address or id. */
    PAYMENT_ACCOUNT,
    /** A job-platform or freelance profile (LinkedIn, Upwork, Freelancer, GitHub…): the platform and the handle. */
    PROFILE,
    /** A person or persona: a name, with its aliases and the accounts it uses. */
    PERSONA;

    /** Names other tools and our CSV sources use for the same kinds. */
    private static final Map<String, IndicatorKind> ALIASES = Map.ofEntries(
            Map.entry("wallet", CRYPTO_ADDRESS),
            Map.entry("crypto", CRYPTO_ADDRESS),
            Map.entry("cryptocurrency_wallet", CRYPTO_ADDRESS),
            Map.entry("domain_name", DOMAIN),
            Map.entry("hostname", DOMAIN),
            Map.entry("ip", IPV4),
            Map.entry("ipv4_addr", IPV4),
            Map.entry("ipv6_addr", IPV6),
            Map.entry("email_addr", EMAIL),
            Map.entry("hash", FILE_HASH),
            Map.entry("user_account", ACCOUNT),
            Map.entry("vulnerability", CVE),
            Map.entry("software_package", PACKAGE),
            Map.entry("phone_number", PHONE),
            Map.entry("telephone", PHONE),
            Map.entry("payment", PAYMENT_ACCOUNT),
            Map.entry("job_profile", PROFILE),
            Map.entry("freelance_profile", PROFILE),
            Map.entry("individual", PERSONA));

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A {@code kind} query parameter: null when absent, a 400 naming {@code kind} when unknown. */
    public static IndicatorKind fromQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("kind", e.getMessage());
        }
    }

    @JsonCreator
    public static IndicatorKind parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (IndicatorKind kind : values()) {
            if (kind.label().equals(key)) {
                return kind;
            }
        }
        IndicatorKind alias = ALIASES.get(key);
        if (alias == null) {
            throw new IllegalArgumentException("unknown indicator kind '" + text + "'");
        }
        return alias;
    }
}
