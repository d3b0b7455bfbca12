package org.advisoryhub.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.validation.InvalidIndicatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fields beside the value: kind, validity, confidence, description, source; each refusal names its field. */
class IndicatorFieldsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static IndicatorInput input(
            String kind,
            String value,
            String validFrom,
            String validUntil,
            Integer confidence,
            String description,
            String sourceName,
            String sourceUrl) {
        return new IndicatorInput(
                kind,
                value,
                null,
                null,
                null,
                null,
                null,
                null,
                validFrom,
                validUntil,
                confidence,
                description,
                sourceName,
                sourceUrl,
                null);
    }

    private static NormalizedIndicator normalize(IndicatorInput in) {
        return IndicatorNormalizer.normalize(in, NOW);
    }

    private static void refused(IndicatorInput in, String field) {
        assertThatThrownBy(() -> normalize(in))
                .isInstanceOf(InvalidIndicatorException.class)
                .satisfies(
                        e -> assertThat(((InvalidIndicatorException) e).field()).isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldRequireAValue(String value) {
        refused(input(null, value, null, null, null, null, null, null), "value");
    }

    @Test
    void shouldTakeAnExplicitKindUnderEveryNameAndRefuseAnUnknownOne() {
        assertThat(normalize(input("hostname", "example.org", null, null, null, null, null, null))
                        .kind())
                .isEqualTo(IndicatorKind.DOMAIN);
        assertThat(normalize(input("  ", "example.org", null, null, null, null, null, null))
                        .kind())
                .as("a blank kind is detected")
                .isEqualTo(IndicatorKind.DOMAIN);
        refused(input("wormhole", "example.org", null, null, null, null, null, null), "kind");
    }

    @Test
    void shouldBoundValidityWithDatesOrTimestamps() {
        NormalizedIndicator n = normalize(
                input(null, "example.org", "2024-01-31", "2024-02-01T12:00:00+09:00", null, null, null, null));
        assertThat(n.validFrom()).isEqualTo(Instant.parse("2024-01-31T00:00:00Z"));
        assertThat(n.validUntil()).isEqualTo(Instant.parse("2024-02-01T03:00:00Z"));
        assertThat(normalize(input(null, "example.org", null, null, null, null, null, null))
                        .validFrom())
                .isEqualTo(NOW);
        refused(input(null, "example.org", "2024-01-31", "2024-01-31", null, null, null, null), "validUntil");
        refused(input(null, "example.org", "31/01/2024", null, null, null, null, null), "validFrom");
        refused(input(null, "example.org", null, "soon", null, null, null, null), "validUntil");
    }

    @Test
    void shouldKeepConfidenceBetweenZeroAndAHundred() {
        assertThat(normalize(input(null, "example.org", null, null, 0, null, null, null))
                        .confidence())
                .isZero();
        assertThat(normalize(input(null, "example.org", null, null, 100, null, null, null))
                        .confidence())
                .isEqualTo(100);
        refused(input(null, "example.org", null, null, -1, null, null, null), "confidence");
        refused(input(null, "example.org", null, null, 101, null, null, null), "confidence");
    }

    @Test
    void shouldStripTextDropBlanksAndRefuseWhatIsTooLong() {
        NormalizedIndicator n = normalize(input(
                null,
                "example.org",
                null,
                null,
                null,
                "  Holds stolen funds  ",
                "  FBI  ",
                "  https://www.fbi.gov/news  "));
        assertThat(n.description()).isEqualTo("Holds stolen funds");
        assertThat(n.sourceName()).isEqualTo("FBI");
        assertThat(n.sourceUrl()).isEqualTo("https://www.fbi.gov/news");
        NormalizedIndicator blank = normalize(input(null, "example.org", null, null, null, " ", "", " "));
        assertThat(blank.description()).isNull();
        assertThat(blank.sourceName()).isNull();
        assertThat(blank.sourceUrl()).isNull();
        assertThat(normalize(input(null, "example.org", null, null, null, "d".repeat(10_000), "s".repeat(500), null))
                        .description())
                .hasSize(10_000);
        refused(input(null, "example.org", null, null, null, "d".repeat(10_001), null, null), "description");
        refused(input(null, "example.org", null, null, null, null, "s".repeat(501), null), "sourceName");
    }

    @Test
    void shouldTakeOnlyHttpSourceUrlsOfAtMost2000Characters() {
        refused(input(null, "example.org", null, null, null, null, null, "ftp://example.org/x"), "sourceUrl");
        refused(
                input(null, "example.org", null, null, null, null, null, "https://example.org/with space"),
                "sourceUrl");
        refused(
                input(null, "example.org", null, null, null, null, null, "https://example.org/" + "p".repeat(1981)),
                "sourceUrl");
        assertThat(normalize(input(
                                null,
                                "example.org",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "http://example.org/" + "p".repeat(1981)))
                        .sourceUrl())
                .hasSize(2000);
    }

    @Test
    void shouldShowADomainWithoutItsTrailingDot() {
        NormalizedIndicator n = normalize(input(null, "npmjscloud.com.", null, null, null, null, null, null));
        assertThat(n.value()).isEqualTo("npmjscloud.com");
        assertThat(normalize(input(null, "npmjscloud.com", null, null, null, null, null, null))
                        .value())
                .isEqualTo("npmjscloud.com");
    }

    @Test
    void shouldTakeAnExplicitHashAlgorithmAndRefuseAnUnknownOne() {
        IndicatorInput sha1 = new IndicatorInput(
                "file_hash",
                "3395856ce81f2b7382dee72602f798b642f14140",
                null,
                null,
                null,
                "SHA-1",
                "loader.exe",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        NormalizedIndicator n = normalize(sha1);
        assertThat(n.hashAlgorithm()).isEqualTo(HashAlgorithm.SHA1);
        assertThat(n.fileName()).isEqualTo("loader.exe");
        IndicatorInput unknown = new IndicatorInput(
                "file_hash",
                "3395856ce81f2b7382dee72602f798b642f14140",
                null,
                null,
                null,
                "CRC32",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        refused(unknown, "hashAlgorithm");
    }

    @Test
    void shouldSayWhenTheKindCannotBeTold() {
        refused(input(null, "not an indicator", null, null, null, null, null, null), "kind");
    }
}
