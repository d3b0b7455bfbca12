package org.advisoryhub.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.advisoryhub.common.error.ForbiddenOperationException;

/**
 * Per-request console state kept in cookies: the CSRF token (double submit: a random cookie that every form
 * echoes in a hidden field; another site can neither read the cookie nor make the browser send it, as it is
 * SameSite=Strict) and the chosen language.
 */
@RequestScoped
public class ConsoleSession {

    static final String CSRF_COOKIE = "hub-csrf";
    static final String LANG_COOKIE = "hub-lang";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale KOREAN = Locale.KOREAN;

    private final HttpHeaders headers;
    private String newToken;
    private String newLanguage;

    public ConsoleSession(HttpHeaders headers) {
        this.headers = headers;
    }

    /** The token forms must carry; created (and set as a cookie on the response) on first use. */
    public String csrfToken() {
        Cookie cookie = headers.getCookies().get(CSRF_COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return cookie.getValue();
        }
        if (newToken == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            newToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        return newToken;
    }

    /** Refuses a form whose hidden token does not match the cookie. */
    public void verify(String submitted) {
        Cookie cookie = headers.getCookies().get(CSRF_COOKIE);
        if (cookie == null
                || submitted == null
                || !MessageDigest.isEqual(
                        cookie.getValue().getBytes(StandardCharsets.UTF_8),
                        submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenOperationException(
                    "the form was not sent from this console session; reload the page and try again");
        }
    }

    /** Korean when chosen (or, failing a choice, when the browser prefers it); English otherwise. */
    public Locale locale() {
        String chosen = newLanguage;
        Cookie cookie = headers.getCookies().get(LANG_COOKIE);
        if (chosen == null && cookie != null) {
            chosen = cookie.getValue();
        }
        if (chosen != null) {
            return "ko".equals(chosen) ? KOREAN : Locale.ENGLISH;
        }
        return headers.getAcceptableLanguages().stream()
                .findFirst()
                .filter(l -> "ko".equals(l.getLanguage()))
                .map(l -> KOREAN)
                .orElse(Locale.ENGLISH);
    }

    void choose(String language) {
        if ("ko".equals(language) || "en".equals(language)) {
            newLanguage = language;
        }
    }

    /** Cookies this request created, to be set on its response. */
    NewCookie[] newCookies() {
        java.util.List<NewCookie> out = new java.util.ArrayList<>();
        if (newToken != null) {
            out.add(cookie(CSRF_COOKIE, newToken));
        }
        if (newLanguage != null) {
            out.add(cookie(LANG_COOKIE, newLanguage));
        }
        return out.toArray(NewCookie[]::new);
    }

    private static NewCookie cookie(String name, String value) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/console")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
