package org.advisoryhub.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Every setting of the hub, under {@code hub.*} (environment: {@code HUB_...}). */
@ConfigMapping(prefix = "hub")
public interface HubConfig {

    /**
     * The hub's address as partners and officials reach it ({@code https://hub.example}). Links in webhook events
     * and every redirect start with it; when absent, redirects carry only a path and webhook links start with
     * {@code http://localhost:8080}. The client's Host header is never used for either.
     */
    Optional<String> publicUrl();

    Bootstrap bootstrap();

    Advisories advisories();

    Api api();

    Indicators indicators();

    Intake intake();

    Taxii taxii();

    Partners partners();

    Screening screening();

    Webhooks webhooks();

    Oidc oidc();

    Console console();

    SignIn signIn();

    Audit audit();

    interface Audit {
        /**
         * How often each instance writes the pulls it recorded to the pull log. A crash loses at most this much of
         * pull records (officials' actions are recorded in their own transactions, never buffered).
         */
        @WithDefault("PT1S")
        Duration pullFlushInterval();

        /** How often new pull records are sealed into the hash chain. */
        @WithDefault("PT10S")
        Duration pullSealInterval();

        /** Pull records an instance buffers at most; past it, a pull writes the buffer itself before answering. */
        @WithDefault("50000")
        int pullBuffer();

        /**
         * Whole months of pull records kept in the database besides the current one. An older month, once every
         * record of it is sealed, is archived: written to a file in {@link #pullArchiveDir()}, recorded in the audit
         * chain with the file's digest, and its partition dropped.
         */
        @WithDefault("12")
        int pullLogOnlineMonths();

        /** Where archived months of the pull log are written; keep it as durable as the database. */
        @WithDefault("data/pull-log-archive")
        String pullArchiveDir();
    }

    interface Bootstrap {
        /** User name of the administrator created at first start. */
        @WithDefault("admin")
        String adminUsername();

        /** Password of that administrator; when absent, one is generated and written to {@link #passwordFile()}. */
        Optional<String> adminPassword();

        /** Where a generated administrator password is written (owner-readable only), never to the log. */
        @WithDefault("data/bootstrap-admin-password")
        String passwordFile();

        /** Organization the bootstrap administrator belongs to (created if missing). */
        @WithDefault("hub-operations")
        String organizationId();

        /** Display name of that organization. */
        @WithDefault("Advisory Hub operations")
        String organizationName();
    }

    interface Advisories {
        /** Folder of advisories-as-code files imported at start. */
        @WithDefault("advisories")
        String dir();

        /** Whether the folder is imported at start. */
        @WithDefault("true")
        boolean importOnStart();

        /** Prefix of public advisory identifiers ({@code HUB-2026-0001}). */
        @WithDefault("HUB")
        String idPrefix();

        /**
         * How long after each publication an advisory is due for review when its authors chose no review-by date;
         * its indicators without their own end are published valid until then.
         */
        @WithDefault("P365D")
        Duration reviewPeriod();

        /** How far ahead the review lists and the dashboard look for reviews coming due. */
        @WithDefault("P30D")
        Duration reviewNotice();
    }

    interface Api {
        /** Page size when a list request gives no {@code limit}. */
        @WithDefault("50")
        int defaultPageSize();

        /** Largest {@code limit} a list request may ask for; larger values are clamped. */
        @WithDefault("500")
        int maxPageSize();
    }

    interface Indicators {
        /** Most items accepted by one bulk add or validation request. */
        @WithDefault("10000")
        int maxBulkItems();
    }

    /** Advisories started or amended from received STIX bundles ({@code POST /api/v1/advisories/intake}). */
    interface Intake {
        /**
         * Largest bundle accepted, in bytes. The hub's one request body limit ({@code hub.taxii.max-content-length})
         * applies first, so a larger value has no effect beyond it.
         */
        @WithDefault("5242880")
        int maxBytes();

        /** Most objects in one bundle. */
        @WithDefault("5000")
        int maxObjects();
    }

    interface Taxii {
        /** Title of the TAXII server in the discovery resource. */
        @WithDefault("Advisory Hub")
        String title();

        /** Contact shown in the discovery resource. */
        Optional<String> contact();

        /** Page size when a TAXII request gives no {@code limit}. */
        @WithDefault("100")
        int defaultPageSize();

        /** Largest TAXII page; larger {@code limit}s are clamped. */
        @WithDefault("1000")
        int maxPageSize();

        /** Largest request body accepted, in bytes (advertised as {@code max_content_length}). */
        @WithDefault("10485760")
        int maxContentLength();

        /** Key that signs {@code next} cursors; when absent, a random key per start (cursors then expire on restart). */
        Optional<String> cursorSecret();
    }

    interface Partners {
        /**
         * How long a verified API key is trusted without asking the database again; 0 turns caching off. Rotation
         * and revocation do not wait for it: every instance forgets the key when the change commits.
         */
        @WithDefault("10")
        int keyCacheSeconds();
    }

    interface SignIn {
        /** Failed attempts an account or API key may make in a row before each further attempt must wait. */
        @WithDefault("5")
        int accountAttempts();

        /** Failed attempts one source address may make, over all accounts and keys, before it must wait. */
        @WithDefault("30")
        int sourceAttempts();

        /** The first wait; each further failure doubles it, up to {@code max-delay}. */
        @WithDefault("PT1S")
        Duration firstDelay();

        /** The longest wait. */
        @WithDefault("PT15M")
        Duration maxDelay();

        /** Failures are forgotten after this long without another one. */
        @WithDefault("PT1H")
        Duration forgetAfter();

        /**
         * How long a verified local-account password is remembered (by a keyed hash, never the password itself),
         * so that API automation does not pay for bcrypt on every request; 0 turns it off. A password change or a
         * disabled account drops it on every instance.
         */
        @WithDefault("PT60S")
        Duration credentialCache();
    }

    interface Screening {
        /** Most values one screening request may carry. */
        @WithDefault("10000")
        int maxValues();
    }

    interface Webhooks {
        /** Attempts before a delivery becomes a dead letter ({@code failed}). */
        @WithDefault("8")
        int maxAttempts();

        /** Wait before the second attempt; each further wait doubles, up to {@code max-backoff}. */
        @WithDefault("PT10S")
        Duration initialBackoff();

        /** Longest wait between attempts. */
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** Time allowed for connecting and for the receiver's answer. */
        @WithDefault("PT10S")
        Duration timeout();

        /** How often the outbox is checked for due deliveries. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Deliveries sent at the same time. */
        @WithDefault("4")
        int concurrency();

        /** Allow http and https to loopback addresses (development and tests only). */
        @WithDefault("false")
        boolean allowLoopback();

        /** Allow targets in private, link-local and other non-public address ranges (partners on a private network). */
        @WithDefault("false")
        boolean allowPrivateNetworks();
    }

    /** How officials sign in to the web console (read by the security settings in application.properties). */
    interface Console {
        /** {@code form} (local accounts) or {@code code} (Keycloak, with {@code oidc=true}). */
        @WithDefault("form")
        String signIn();

        /** Turns on the console's OIDC code-flow tenant. */
        @WithDefault("false")
        boolean oidc();

        /** Public Keycloak client of the console. */
        @WithDefault("advisory-console")
        String oidcClientId();

        /** Encrypts the OIDC state and session cookies (32+ characters, the same on every instance). */
        Optional<String> oidcSecret();
    }

    interface Oidc {
        /** Token claim that names the official's organization (a Keycloak user attribute mapped into the token). */
        @WithDefault("organization")
        String organizationClaim();
    }
}
