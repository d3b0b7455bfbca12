package org.advisoryhub.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.advisoryhub.common.ids.Sha256;
import org.advisoryhub.partner.dto.ApiKeyResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a newly issued or rotated key secret from the POST that made it to the page the browser is redirected to,
 * exactly once and on whichever instance serves that page: a reload or a shared link shows nothing, and a reload
 * cannot issue a second key. The secret never travels in a URL, only a random one-time reference does. In between it
 * is kept in the database, encrypted (AES-GCM) under a key derived from the session key every instance shares, and
 * found by the reference's hash; unclaimed secrets are dropped after five minutes.
 */
@ApplicationScoped
public class OneTimeSecrets {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final OneTimeSecretRepository store;
    private final Clock clock;
    private final SecretKeySpec key;

    public OneTimeSecrets(
            OneTimeSecretRepository store,
            Clock clock,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String sessionKey) {
        this.store = store;
        this.clock = clock;
        byte[] derived = java.util.HexFormat.of().parseHex(Sha256.hex("one-time secrets|" + sessionKey));
        this.key = new SecretKeySpec(derived, "AES");
    }

    String hold(ApiKeyResponse response) {
        Instant now = clock.instant();
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.hold(
                Sha256.hex(reference),
                new OneTimeSecretRepository.Held(response.organizationId(), seal(response), now.plus(LIFETIME)),
                now);
        return reference;
    }

    /** The held key of this partner, removed as it is read. */
    Optional<ApiKeyResponse> take(String reference, String organizationId) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return store.take(Sha256.hex(reference))
                .filter(h -> h.organizationId().equals(organizationId)
                        && h.expiresAt().isAfter(clock.instant()))
                .flatMap(h -> open(h.payload()));
    }

    private String seal(ApiKeyResponse response) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(response));
            return Base64.getEncoder().encodeToString(iv) + "."
                    + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hold the secret", e);
        }
    }

    /** Nothing when it was sealed under another session key (an instance configured differently). */
    private Optional<ApiKeyResponse> open(String payload) {
        try {
            String[] parts = payload.split("\\.", 2);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(128, Base64.getDecoder().decode(parts[0])));
            byte[] plain = cipher.doFinal(Base64.getDecoder().decode(parts[1]));
            return Optional.of(JSON.readValue(new String(plain, StandardCharsets.UTF_8), ApiKeyResponse.class));
        } catch (GeneralSecurityException
                | IllegalArgumentException
                | ArrayIndexOutOfBoundsException
                | java.io.IOException e) {
            return Optional.empty();
        }
    }
}
