package org.advisoryhub.official;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What passwords local accounts may have. */
class PasswordPolicyTest {

    @Test
    void shouldRefuseShortOverlongAndTriviallyWeakPasswords() {
        assertThat(PasswordPolicy.problem("short-one", "alice")).contains("at least 12");
        assertThat(PasswordPolicy.problem("A".repeat(72) + "tail", "alice")).contains("72 bytes");
        assertThat(PasswordPolicy.problem("비밀번호".repeat(7), "alice"))
                .as("84 bytes in UTF-8")
                .contains("72 bytes");
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa", "alice")).contains("different characters");
        assertThat(PasswordPolicy.problem("Password1234!", "alice")).contains("easy to guess");
        assertThat(PasswordPolicy.problem("123456789012", "alice")).contains("easy to guess");
        assertThat(PasswordPolicy.problem("qwertyuiop12", "alice")).contains("easy to guess");
        assertThat(PasswordPolicy.problem("abcdefghijkl", "alice")).contains("easy to guess");
        assertThat(PasswordPolicy.problem("Alice-2026-!!", "alice")).contains("user name");
    }

    @Test
    void shouldAcceptReasonablePasswords() {
        assertThat(PasswordPolicy.problem("correct horse battery", "alice")).isNull();
        assertThat(PasswordPolicy.problem("test-password-123", "fbi-drafter")).isNull();
        assertThat(PasswordPolicy.problem("A".repeat(60) + "bcdefghijkl9", "alice"))
                .as("exactly 72 bytes")
                .isNull();
        assertThat(PasswordPolicy.problem("한국어비밀번호만들기", "alice"))
                .as("Korean, 30 bytes")
                .isNotNull();
        assertThat(PasswordPolicy.problem("한국어로만든긴비밀번호다", "alice"))
                .as("Korean, 12 characters")
                .isNull();
    }
}
