package org.advisoryhub.indicator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Values at the edges of the rules for accounts, packages, email addresses and URLs. */
class EdgeValuesTest {

    @Test
    void shouldCallTwitterXAndKeepOtherPlatforms() {
        assertThat(Accounts.platform(" Twitter ")).isEqualTo("x");
        assertThat(Accounts.platform("github")).isEqualTo("github");
        assertThat(Accounts.platform("x")).isEqualTo("x");
    }

    @Test
    void shouldTakePackagesOfUnknownPlatformsWithoutSpacesUpTo214Characters() {
        assertThat(Accounts.normalizePackage("pypi", "Requests-Toolbelt2")).isEqualTo("requests-toolbelt2");
        assertThat(Accounts.normalizePackage("pypi", "p".repeat(214))).hasSize(214);
        assertThatThrownBy(() -> Accounts.normalizePackage("pypi", "p".repeat(215)))
                .isInstanceOf(InvalidIndicatorException.class);
        assertThatThrownBy(() -> Accounts.normalizePackage("pypi", "two words"))
                .isInstanceOf(InvalidIndicatorException.class);
        assertThat(Accounts.normalizePackage("npm", "@scope/ethers-provider2")).isEqualTo("@scope/ethers-provider2");
    }

    @Test
    void shouldAllowALocalPartOfExactly64Characters() {
        String local = "a".repeat(64);
        assertThat(EmailAddresses.normalize(local + "@Example.ORG")).isEqualTo(local + "@example.org");
        assertThatThrownBy(() -> EmailAddresses.normalize("a".repeat(65) + "@example.org"))
                .isInstanceOf(InvalidIndicatorException.class);
    }

    @Test
    void shouldKeepUserInfoAndNonDefaultPortsAndDropDefaultOnes() {
        assertThat(Urls.normalize("HTTPS://user:pw@Example.org:443/a")).isEqualTo("https://user:pw@example.org/a");
        assertThat(Urls.normalize("http://example.org:8080")).isEqualTo("http://example.org:8080/");
        assertThat(Urls.normalize("http://example.org:65535/x")).isEqualTo("http://example.org:65535/x");
        assertThat(Urls.normalize("http://example.org:1/x")).isEqualTo("http://example.org:1/x");
        assertThatThrownBy(() -> Urls.normalize("http://example.org:65536/x"))
                .isInstanceOf(InvalidIndicatorException.class);
        assertThatThrownBy(() -> Urls.normalize("http://example.org:0/x"))
                .isInstanceOf(InvalidIndicatorException.class);
        assertThat(Urls.normalize("http://[2001:DB8::1]:80/")).isEqualTo("http://[2001:db8::1]/");
    }
}
