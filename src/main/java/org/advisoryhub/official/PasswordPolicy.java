package org.advisoryhub.official;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.advisoryhub.common.error.ValidationFailedException;

/**
 * What a local-account password must be: 12 characters at least and 72 bytes at most (bcrypt ignores every byte
 * past the 72nd, so a longer password would only seem stronger), not the user name dressed up, and not trivially
 * guessable.
 */
final class PasswordPolicy {

    static final int MIN_CHARACTERS = 12;
    static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;
    private static final Set<String> COMMON = Set.of(
            "password",
            "passw0rd",
            "qwerty",
            "letmein",
            "welcome",
            "admin",
            "changeme",
            "iloveyou",
            "secret",
            "abc123",
            "trustno1",
            "monkey",
            "dragon");
    private static final String RUNS = "abcdefghijklmnopqrstuvwxyz 0123456789 qwertyuiop asdfghjkl zxcvbnm";

    private PasswordPolicy() {}

    /** Refuses a password with a 400 on {@code field} that says what to change. */
    static void require(String field, String password, String username) {
        String problem = problem(password, username);
        if (problem != null) {
            throw ValidationFailedException.of(field, problem);
        }
    }

    static String problem(String password, String username) {
        if (password.length() < MIN_CHARACTERS) {
            return "must be at least " + MIN_CHARACTERS + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must be at most " + MAX_BYTES + " bytes in UTF-8 (bcrypt ignores the rest)";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String letters = lower.replaceAll("[^a-z]", "");
        if (username != null
                && !username.isBlank()
                && letters.equals(username.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
            return "must not be the user name with digits or punctuation added";
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return "is too easy to guess: use at least " + MIN_DISTINCT + " different characters";
        }
        if (COMMON.contains(letters) || isRun(lower) || lower.chars().allMatch(Character::isDigit)) {
            return "is too easy to guess: a common word, digits only, or a keyboard or number sequence";
        }
        return null;
    }

    /** Nearly all of the password (a few other characters aside) is a stretch of a keyboard row, the alphabet or digits. */
    private static boolean isRun(String lower) {
        return isRunOf(lower.replaceAll("[^a-z]", ""), lower.length())
                || isRunOf(lower.replaceAll("[^0-9]", ""), lower.length());
    }

    private static boolean isRunOf(String part, int total) {
        return part.length() >= 6
                && part.length() >= total - 4
                && (RUNS.contains(part)
                        || new StringBuilder(RUNS).reverse().toString().contains(part));
    }
}
