package org.advisoryhub.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** Credentials of an API key: the public key id and the secret. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String keyId;
    private final String secret;

    public ApiKeyAuthenticationRequest(String keyId, String secret) {
        this.keyId = keyId;
        this.secret = secret;
    }

    public String keyId() {
        return keyId;
    }

    public String secret() {
        return secret;
    }
}
