package org.advisoryhub.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.validation.InvalidIndicatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static NormalizedIndicator of(String value) {
        return IndicatorNormalizer.normalize(IndicatorInput.ofValue(value), NOW);
    }

    @ParameterizedTest
    @CsvSource({
        "3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG,CRYPTO_ADDRESS,BTC",
        "bc1qp2vvntdedxw4xwtyd4y3gc2t9ufk6pwz2ga4ge,CRYPTO_ADDRESS,BTC",
        "0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135D,CRYPTO_ADDRESS,ETH",
        "bsc:0xff29a52a538f1591235656f71135c24019bf82e5,CRYPTO_ADDRESS,BSC",
        "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz,CRYPTO_ADDRESS,TRON",
        "npmjscloud[.]com,DOMAIN,",
        "198.54.115.248,IPV4,",
        "2001:db8::1,IPV6,",
        "hxxps://unioncrypto[.]vip/update,URL,",
        "recruiter@example.com,EMAIL,",
        "abca3253c003af67113f83df2242a7078d5224870b619489015e4fde060acad0,FILE_HASH,",
        "github:GalaxyStarTeam,ACCOUNT,",
        "CVE-2021-44228,CVE,"
    })
    void shouldDetectKindAndChain(String value, IndicatorKind kind, Chain chain) {
        NormalizedIndicator n = of(value);
        assertThat(n.kind()).isEqualTo(kind);
        assertThat(n.chain()).isEqualTo(chain);
    }

    @Test
    void shouldRefangAndNormalize() {
        assertThat(of("hxxps://unioncrypto[.]vip/update").normalized()).isEqualTo("https://unioncrypto.vip/update");
        assertThat(of("NPMJSCLOUD[.]COM.").normalized()).isEqualTo("npmjscloud.com");
    }

    @Test
    void shouldSplitAssetFromChain() {
        NormalizedIndicator n = IndicatorNormalizer.normalize(
                new IndicatorInput(
                        null,
                        "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz",
                        "USDT(TRON)",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                NOW);
        assertThat(n.chain()).isEqualTo(Chain.TRON);
        assertThat(n.asset()).isEqualTo("USDT");
    }

    @Test
    void shouldKeyTheSameEvmAddressPerChain() {
        assertThat(of("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c").dedupeKey())
                .isNotEqualTo(
                        of("bsc:0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c").dedupeKey());
        assertThat(of("0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135D").dedupeKey())
                .isEqualTo(of("0x51e9d833ecae4e8d9d8be17300aee6d3398c135d").dedupeKey());
    }

    @Test
    void shouldReportTheFieldAtFault() {
        assertThatThrownBy(() -> IndicatorNormalizer.normalize(
                        new IndicatorInput(
                                "crypto_address",
                                "0xabc",
                                "MOON",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidIndicatorException.class,
                        e -> assertThat(e.field()).isEqualTo("chain"));
        assertThatThrownBy(() -> IndicatorNormalizer.normalize(
                        new IndicatorInput(
                                null,
                                "example.com",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "2024-02-01",
                                "2024-01-01",
                                null,
                                null,
                                null,
                                null,
                                null),
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidIndicatorException.class,
                        e -> assertThat(e.field()).isEqualTo("validUntil"));
        assertThatThrownBy(() -> of("just words"))
                .isInstanceOfSatisfying(
                        InvalidIndicatorException.class,
                        e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void shouldRequireChainNameForOtherChains() {
        assertThatThrownBy(() -> IndicatorNormalizer.normalize(
                        new IndicatorInput(
                                "crypto_address",
                                "addr1example",
                                "OTHER",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        NOW))
                .hasMessageContaining("chainName");
        NormalizedIndicator n = IndicatorNormalizer.normalize(
                new IndicatorInput(
                        "crypto_address",
                        "addr1example",
                        "OTHER",
                        "ada",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                NOW);
        assertThat(n.dedupeKey()).isEqualTo("crypto_address:other/ADA:addr1example");
    }

    @Test
    void shouldParseCsvWithQuotesAndLineBreaks() {
        var rows = CsvReader.read("value,description\n\"a,b\",\"line1\nline2\"\r\nc,\"say \"\"hi\"\"\"\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("a,b", "line1\nline2");
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(2).fields()).containsExactly("c", "say \"hi\"");
    }
}
