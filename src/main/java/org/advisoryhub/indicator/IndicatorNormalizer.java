package org.advisoryhub.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.dto.PersonaDetails;
import org.advisoryhub.indicator.validation.Accounts;
import org.advisoryhub.indicator.validation.CryptoAddresses;
import org.advisoryhub.indicator.validation.Cves;
import org.advisoryhub.indicator.validation.DomainNames;
import org.advisoryhub.indicator.validation.EmailAddresses;
import org.advisoryhub.indicator.validation.FileHashes;
import org.advisoryhub.indicator.validation.InvalidIndicatorException;
import org.advisoryhub.indicator.validation.IpAddresses;
import org.advisoryhub.indicator.validation.PaymentAccounts;
import org.advisoryhub.indicator.validation.Personas;
import org.advisoryhub.indicator.validation.PhoneNumbers;
import org.advisoryhub.indicator.validation.Profiles;
import org.advisoryhub.indicator.validation.Urls;

/**
 * Turns client input into a {@link NormalizedIndicator}: undoes defanging, detects the kind when it is not
 * given, runs the kind's real validator and canonicalizes the value. Throws {@link InvalidIndicatorException}.
 */
public final class IndicatorNormalizer {

    private static final Pattern ASSET_ON_CHAIN = Pattern.compile("([A-Za-z0-9.]{1,16})\\(([^)]+)\\)");
    private static final Pattern ASSET = Pattern.compile("[A-Z0-9.]{1,16}");

    /** Kinds qualified by the platform they live on. */
    private static final java.util.Set<IndicatorKind> PLATFORM_KINDS = java.util.EnumSet.of(
            IndicatorKind.ACCOUNT, IndicatorKind.PACKAGE, IndicatorKind.PAYMENT_ACCOUNT, IndicatorKind.PROFILE);

    private IndicatorNormalizer() {}

    /**
     * The kind a platform name implies when the kind is not given: a payment service's account, a job or freelance
     * platform's profile (GitHub stays an account: most GitHub users are not job seekers), any other platform's account.
     */
    public static IndicatorKind kindOfPlatform(String platform) {
        String p = platform.strip().toLowerCase(Locale.ROOT);
        if (PaymentAccounts.KNOWN_PLATFORMS.contains(p)) {
            return IndicatorKind.PAYMENT_ACCOUNT;
        }
        return Profiles.known(p) && !p.equals("github") ? IndicatorKind.PROFILE : IndicatorKind.ACCOUNT;
    }

    public static NormalizedIndicator normalize(IndicatorInput in, Instant defaultValidFrom) {
        if (in.value() == null || in.value().isBlank()) {
            throw new InvalidIndicatorException("value", "is required");
        }
        Target t = new Target(Refang.apply(in.value()), in.chain(), in.asset(), in.platform(), parseKind(in.kind()));
        t.splitQualifierPrefix();
        t.splitAssetFromChain();
        IndicatorKind kind = t.kind != null ? t.kind : detect(t);
        Instant validFrom = in.validFrom() == null ? defaultValidFrom : timestamp("validFrom", in.validFrom());
        Instant validUntil = in.validUntil() == null ? null : timestamp("validUntil", in.validUntil());
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidIndicatorException("validUntil", "must be after validFrom");
        }
        if (in.confidence() != null && (in.confidence() < 0 || in.confidence() > 100)) {
            throw new InvalidIndicatorException("confidence", "must be 0 to 100");
        }
        String description = limit("description", in.description(), 10_000);
        String sourceName = limit("sourceName", in.sourceName(), 500);
        String sourceUrl = in.sourceUrl() == null || in.sourceUrl().isBlank() ? null : sourceUrl(in.sourceUrl());
        if (kind != IndicatorKind.PERSONA
                && in.persona() != null
                && !in.persona().isEmpty()) {
            throw new InvalidIndicatorException("persona", "only a person or persona has aliases and accounts");
        }
        return switch (kind) {
            case CRYPTO_ADDRESS -> crypto(t, in, validFrom, validUntil, description, sourceName, sourceUrl);
            case FILE_HASH -> {
                HashAlgorithm alg = FileHashes.algorithm(t.value, parseHashAlgorithm(in.hashAlgorithm()));
                yield new NormalizedIndicator(
                        kind,
                        t.value,
                        FileHashes.normalize(t.value),
                        null,
                        null,
                        null,
                        alg,
                        limit("fileName", in.fileName(), 500),
                        null,
                        validFrom,
                        validUntil,
                        in.confidence(),
                        description,
                        sourceName,
                        sourceUrl,
                        null);
            }
            case ACCOUNT, PACKAGE, PAYMENT_ACCOUNT, PROFILE -> {
                String platform = Accounts.platform(
                        t.platform == null && kind == IndicatorKind.PROFILE
                                ? Profiles.platformOfUrl(t.value)
                                : t.platform);
                String normalized = switch (kind) {
                    case ACCOUNT -> Accounts.normalizeUser(platform, t.value);
                    case PAYMENT_ACCOUNT -> PaymentAccounts.normalize(t.value);
                    case PROFILE -> Profiles.normalize(platform, t.value);
                    default -> Accounts.normalizePackage(platform, t.value);
                };
                yield new NormalizedIndicator(
                        kind,
                        t.value,
                        normalized,
                        null,
                        null,
                        null,
                        null,
                        null,
                        platform,
                        validFrom,
                        validUntil,
                        in.confidence(),
                        description,
                        sourceName,
                        sourceUrl,
                        null);
            }
            default ->
                new NormalizedIndicator(
                        kind,
                        displayValue(kind, t.value),
                        simple(kind, t.value),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        validFrom,
                        validUntil,
                        in.confidence(),
                        description,
                        sourceName,
                        sourceUrl,
                        kind == IndicatorKind.PERSONA ? persona(in.persona(), validFrom) : null);
        };
    }

    private static NormalizedIndicator crypto(
            Target t,
            IndicatorInput in,
            Instant validFrom,
            Instant validUntil,
            String description,
            String sourceName,
            String sourceUrl) {
        Chain chain = t.chain != null ? parseChain(t.chain) : detectChain(t.value);
        String chainName = null;
        if (chain == Chain.OTHER) {
            if (in.chainName() == null || !in.chainName().matches("[A-Za-z0-9 ._-]{1,64}")) {
                throw new InvalidIndicatorException(
                        "chainName", "an address on chain OTHER needs a chainName (1-64 characters)");
            }
            chainName = in.chainName().trim().toUpperCase(Locale.ROOT);
        }
        String asset = null;
        if (t.asset != null && !t.asset.isBlank()) {
            asset = t.asset.trim().toUpperCase(Locale.ROOT);
            if (!ASSET.matcher(asset).matches()) {
                throw new InvalidIndicatorException("asset", "an asset is a ticker such as USDT");
            }
        }
        return new NormalizedIndicator(
                IndicatorKind.CRYPTO_ADDRESS,
                t.value,
                CryptoAddresses.normalize(chain, t.value),
                chain,
                chainName,
                asset,
                null,
                null,
                null,
                validFrom,
                validUntil,
                in.confidence(),
                description,
                sourceName,
                sourceUrl,
                null);
    }

    /** Kinds a persona's accounts may be: the ways a persona is reached and paid. */
    private static final java.util.Set<IndicatorKind> ACCOUNT_KINDS = java.util.EnumSet.of(
            IndicatorKind.PHONE,
            IndicatorKind.PAYMENT_ACCOUNT,
            IndicatorKind.PROFILE,
            IndicatorKind.ACCOUNT,
            IndicatorKind.EMAIL,
            IndicatorKind.CRYPTO_ADDRESS);

    private static final int MAX_NAMES = 50;

    /** A persona's aliases as shown, and its accounts as the indicators they name (dedupe keys). */
    private static PersonaDetails persona(PersonaDetails in, Instant validFrom) {
        if (in == null) {
            return new PersonaDetails(List.of(), List.of());
        }
        if (in.aliases().size() > MAX_NAMES || in.accounts().size() > MAX_NAMES) {
            throw new InvalidIndicatorException(
                    "persona", "at most " + MAX_NAMES + " aliases and " + MAX_NAMES + " accounts");
        }
        java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>();
        for (int i = 0; i < in.aliases().size(); i++) {
            try {
                aliases.add(Personas.display(
                        in.aliases().get(i) == null ? "" : in.aliases().get(i)));
            } catch (InvalidIndicatorException e) {
                throw new InvalidIndicatorException("persona.aliases[" + i + "]", e.getMessage());
            }
        }
        java.util.LinkedHashSet<String> accounts = new java.util.LinkedHashSet<>();
        for (int i = 0; i < in.accounts().size(); i++) {
            String field = "persona.accounts[" + i + "]";
            String account = in.accounts().get(i);
            if (account == null || account.isBlank()) {
                throw new InvalidIndicatorException(field, "is required");
            }
            NormalizedIndicator n;
            try {
                n = normalize(accountInput(account.strip()), validFrom);
            } catch (InvalidIndicatorException e) {
                throw new InvalidIndicatorException(field, e.getMessage());
            }
            if (!ACCOUNT_KINDS.contains(n.kind())) {
                throw new InvalidIndicatorException(
                        field,
                        "a persona's account is a phone number, payment account, profile, account, e-mail or crypto address");
            }
            accounts.add(n.dedupeKey());
        }
        return new PersonaDetails(List.copyOf(aliases), List.copyOf(accounts));
    }

    /**
     * An account as typed ({@code linkedin:jane-doe}, {@code +82 10-2345-6789}), or as the hub shows it back
     * ({@code profile:linkedin:jane-doe}, kind, platform and value), so that a saved persona can be saved again.
     */
    private static IndicatorInput accountInput(String account) {
        String[] parts = account.split(":", 3);
        if (parts.length == 3) {
            for (IndicatorKind k : ACCOUNT_KINDS) {
                if (k.label().equals(parts[0])) {
                    return new IndicatorInput(
                            k.label(),
                            parts[2],
                            null,
                            null,
                            null,
                            null,
                            null,
                            parts[1].isEmpty() ? null : parts[1],
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null);
                }
            }
        }
        return IndicatorInput.ofValue(account);
    }

    private static String simple(IndicatorKind kind, String value) {
        return switch (kind) {
            case DOMAIN -> DomainNames.normalize(value);
            case IPV4 -> IpAddresses.normalizeV4(value);
            case IPV6 -> IpAddresses.normalizeV6(value);
            case URL -> Urls.normalize(value);
            case EMAIL -> EmailAddresses.normalize(value);
            case CVE -> Cves.normalize(value);
            case PHONE -> PhoneNumbers.normalize(value);
            case PERSONA -> Personas.normalize(value);
            default -> throw new IllegalStateException("unhandled kind " + kind);
        };
    }

    private static String displayValue(IndicatorKind kind, String value) {
        if (kind == IndicatorKind.PERSONA) {
            return Personas.display(value);
        }
        return kind == IndicatorKind.DOMAIN && value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    }

    /** Guesses the kind from the value's shape; the validators then decide whether it is really valid. */
    static IndicatorKind detect(Target t) {
        String v = t.value;
        if (t.platform != null) {
            return kindOfPlatform(t.platform);
        }
        if (t.chain != null) {
            return IndicatorKind.CRYPTO_ADDRESS;
        }
        if (Cves.looksLikeCve(v)) {
            return IndicatorKind.CVE;
        }
        if (Urls.looksLikeUrl(v)) {
            // A profile's address on a job or freelance platform is the profile; any other address is a URL.
            return Profiles.platformOfUrl(v) != null ? IndicatorKind.PROFILE : IndicatorKind.URL;
        }
        if (PhoneNumbers.looksLikePhone(v)) {
            return IndicatorKind.PHONE;
        }
        if (v.contains("@")) {
            return IndicatorKind.EMAIL;
        }
        if (v.matches("0x[0-9a-fA-F]{40}") || v.regionMatches(true, 0, "bc1", 0, 3)) {
            return IndicatorKind.CRYPTO_ADDRESS;
        }
        if (FileHashes.looksLikeHash(v)) {
            return IndicatorKind.FILE_HASH;
        }
        if (IpAddresses.looksLikeV4(v)) {
            return IndicatorKind.IPV4;
        }
        if (v.contains(":")) {
            return IndicatorKind.IPV6;
        }
        if (v.matches("[13T][1-9A-HJ-NP-Za-km-z]{24,34}")) {
            return IndicatorKind.CRYPTO_ADDRESS;
        }
        if (v.contains(".") && !v.contains(" ")) {
            return IndicatorKind.DOMAIN;
        }
        throw new InvalidIndicatorException(
                "kind", "cannot tell what kind of indicator this is; give its kind (and chain or platform)");
    }

    private static Chain detectChain(String value) {
        if (value.startsWith("0x") || value.startsWith("0X")) {
            return Chain.ETH;
        }
        if (value.startsWith("T")) {
            return Chain.TRON;
        }
        return Chain.BTC;
    }

    private static IndicatorKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return IndicatorKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidIndicatorException("kind", e.getMessage());
        }
    }

    private static Chain parseChain(String chain) {
        try {
            return Chain.parse(chain);
        } catch (IllegalArgumentException e) {
            throw new InvalidIndicatorException("chain", e.getMessage());
        }
    }

    private static HashAlgorithm parseHashAlgorithm(String alg) {
        if (alg == null || alg.isBlank()) {
            return null;
        }
        try {
            return HashAlgorithm.parse(alg);
        } catch (IllegalArgumentException e) {
            throw new InvalidIndicatorException("hashAlgorithm", e.getMessage());
        }
    }

    /** Accepts an RFC 3339 timestamp or a plain date (midnight UTC). */
    public static Instant timestamp(String field, String text) {
        String s = text.trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidIndicatorException(
                    field, "'" + text + "' is not a date (2024-01-31) or RFC 3339 timestamp");
        }
    }

    private static String limit(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidIndicatorException(field, "is longer than " + max + " characters");
        }
        return value.strip();
    }

    private static String sourceUrl(String url) {
        String s = url.strip();
        if (s.length() > 2000 || !s.matches("https?://\\S+")) {
            throw new InvalidIndicatorException("sourceUrl", "must be an http(s) URL of at most 2000 characters");
        }
        return s;
    }

    /** The value being classified, with qualifiers the user may have written inline. */
    static final class Target {
        String value;
        String chain;
        String asset;
        String platform;
        IndicatorKind kind;

        Target(String value, String chain, String asset, String platform, IndicatorKind kind) {
            this.value = value;
            this.chain = blankToNull(chain);
            this.asset = asset;
            this.platform = blankToNull(platform);
            this.kind = kind;
        }

        /** {@code github:someone}, {@code bsc:0x…} — a known platform or chain before a colon. */
        void splitQualifierPrefix() {
            int colon = value.indexOf(':');
            if (colon <= 0 || Urls.looksLikeUrl(value)) {
                return;
            }
            String q = value.substring(0, colon).toLowerCase(Locale.ROOT);
            String rest = value.substring(colon + 1).strip();
            boolean accountish = kind == null || PLATFORM_KINDS.contains(kind);
            boolean knownPlatform = Accounts.KNOWN_PLATFORMS.contains(q)
                    || PaymentAccounts.KNOWN_PLATFORMS.contains(q)
                    || Profiles.known(q);
            if ((kind == null || kind == IndicatorKind.PERSONA) && q.equals("persona")) {
                kind = IndicatorKind.PERSONA;
                value = rest;
            } else if (accountish && platform == null && knownPlatform) {
                platform = q;
                value = rest;
                kind = kind == null ? kindOfPlatform(q) : kind;
            } else if ((kind == null || kind == IndicatorKind.CRYPTO_ADDRESS)
                    && chain == null
                    && Chain.lookup(q) != null
                    && !rest.contains(":")) {
                chain = q;
                value = rest;
            }
        }

        /** {@code USDT(TRON)} in the chain field: the asset USDT on TRON. */
        void splitAssetFromChain() {
            if (chain == null) {
                return;
            }
            Matcher m = ASSET_ON_CHAIN.matcher(chain.strip());
            if (m.matches()) {
                asset = asset == null ? m.group(1) : asset;
                chain = m.group(2);
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
