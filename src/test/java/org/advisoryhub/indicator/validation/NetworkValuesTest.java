package org.advisoryhub.indicator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.advisoryhub.indicator.HashAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkValuesTest {

    @ParameterizedTest
    @CsvSource({
        "npmjscloud.com,npmjscloud.com",
        "StrainService.COM.,strainservice.com",
        "bücher.example,xn--bcher-kva.example",
        "북한.kr,xn--pr3b894b.kr",
        "xn--bcher-kva.example,xn--bcher-kva.example"
    })
    void shouldNormalizeDomains(String input, String expected) {
        assertThat(DomainNames.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "-bad.example.com",
                "bad-.example.com",
                "exa mple.com",
                "example.123",
                "a..example.com"
            })
    void shouldRejectInvalidDomains(String input) {
        assertThatThrownBy(() -> DomainNames.normalize(input)).isInstanceOf(InvalidIndicatorException.class);
    }

    @Test
    void shouldRejectOverlongLabel() {
        assertThatThrownBy(() -> DomainNames.normalize("a".repeat(64) + ".com"))
                .isInstanceOf(InvalidIndicatorException.class);
    }

    @Test
    void shouldValidateIpv4Strictly() {
        assertThat(IpAddresses.normalizeV4("198.54.115.248")).isEqualTo("198.54.115.248");
        assertThatThrownBy(() -> IpAddresses.normalizeV4("198.54.115.256"))
                .isInstanceOf(InvalidIndicatorException.class);
        assertThatThrownBy(() -> IpAddresses.normalizeV4("198.054.115.1"))
                .isInstanceOf(InvalidIndicatorException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "2001:DB8:0:0:0:0:0:1,2001:db8::1",
        "2001:0db8:0000:0000:0001:0000:0000:0001,2001:db8::1:0:0:1",
        "[fe80::0001],fe80::1",
        "::1,::1",
        "2001:db8:0:1:1:1:1:1,2001:db8:0:1:1:1:1:1",
        "::ffff:192.0.2.1,::ffff:192.0.2.1"
    })
    void shouldCanonicalizeIpv6(String input, String expected) {
        assertThat(IpAddresses.normalizeV6(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1::1", "2001:db8:zz::1", "12345::1", "example.com"})
    void shouldRejectInvalidIpv6(String input) {
        assertThatThrownBy(() -> IpAddresses.normalizeV6(input)).isInstanceOf(InvalidIndicatorException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "HTTPS://UnionCrypto.VIP:443/update,https://unioncrypto.vip/update",
        "http://198.54.115.248:8080,http://198.54.115.248:8080/",
        "https://bücher.example/a?b=c,https://xn--bcher-kva.example/a?b=c"
    })
    void shouldNormalizeUrls(String input, String expected) {
        assertThat(Urls.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript://alert(1)", "https://", "https://exa mple.com/", "https://host:99999/"})
    void shouldRejectInvalidUrls(String input) {
        assertThatThrownBy(() -> Urls.normalize(input)).isInstanceOf(InvalidIndicatorException.class);
    }

    @Test
    void shouldNormalizeEmails() {
        assertThat(EmailAddresses.normalize("Recruiter.Jobs@Example.COM")).isEqualTo("recruiter.jobs@example.com");
        assertThatThrownBy(() -> EmailAddresses.normalize("no-at-sign.example.com"))
                .isInstanceOf(InvalidIndicatorException.class);
        assertThatThrownBy(() -> EmailAddresses.normalize("a..b@example.com"))
                .isInstanceOf(InvalidIndicatorException.class);
    }

    @Test
    void shouldCheckHashLengthsAgainstAlgorithm() {
        assertThat(FileHashes.algorithm("d41d8cd98f00b204e9800998ecf8427e", null))
                .isEqualTo(HashAlgorithm.MD5);
        assertThat(FileHashes.algorithm("da39a3ee5e6b4b0d3255bfef95601890afd80709", null))
                .isEqualTo(HashAlgorithm.SHA1);
        assertThat(FileHashes.algorithm(
                        "abca3253c003af67113f83df2242a7078d5224870b619489015e4fde060acad0", HashAlgorithm.SHA256))
                .isEqualTo(HashAlgorithm.SHA256);
        assertThatThrownBy(() -> FileHashes.algorithm("d41d8cd98f00b204e9800998ecf8427e", HashAlgorithm.SHA256))
                .hasMessageContaining("SHA-256 has 64 hex digits");
        assertThatThrownBy(() ->
                        FileHashes.algorithm("abca3253c003af67113f83df2242a7078d5224870b619489015e4fde060acad", null))
                .hasMessageContaining("not 63");
        assertThatThrownBy(() -> FileHashes.algorithm("g41d8cd98f00b204e9800998ecf8427e", null))
                .hasMessageContaining("hexadecimal");
    }

    @Test
    void shouldApplyPlatformNameRules() {
        assertThat(Accounts.normalizeUser("github", "GalaxyStarTeam")).isEqualTo("galaxystarteam");
        assertThat(Accounts.normalizeUser("npm", "garik.khasmatulin.76")).isEqualTo("garik.khasmatulin.76");
        assertThatThrownBy(() -> Accounts.normalizeUser("github", "bad--name"))
                .isInstanceOf(InvalidIndicatorException.class);
        assertThatThrownBy(() -> Accounts.normalizeUser("github", "a".repeat(40)))
                .isInstanceOf(InvalidIndicatorException.class);
        assertThat(Accounts.normalizePackage("npm", "@scope/sync-https-api")).isEqualTo("@scope/sync-https-api");
        assertThatThrownBy(() -> Accounts.normalizePackage("npm", "Upper-Case"))
                .isInstanceOf(InvalidIndicatorException.class);
    }

    @Test
    void shouldValidateCveIds() {
        assertThat(Cves.normalize("cve-2021-44228")).isEqualTo("CVE-2021-44228");
        assertThat(Cves.normalize("CVE-2022-24990")).isEqualTo("CVE-2022-24990");
        assertThatThrownBy(() -> Cves.normalize("CVE-2021-442")).isInstanceOf(InvalidIndicatorException.class);
        assertThatThrownBy(() -> Cves.normalize("CVE-1998-0001")).isInstanceOf(InvalidIndicatorException.class);
    }
}
