package org.advisoryhub.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.validation.InvalidIndicatorException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds partners block in IT-worker schemes: phone numbers, payment accounts, job and freelance profiles, and the
 * person or persona, each with its valid forms (as typed, as pasted with a prefix, as detected) and its refusals.
 */
class PersonaKindsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            +82 10-2345-6789                          | -               | -        | PHONE           | -        | +821023456789
            tel:+1-202-555-0143                       | -               | -        | PHONE           | -        | +12025550143
            0044 20 7946 0958                         | -               | -        | PHONE           | -        | +442079460958
            (555) 010-0143                            | phone           | -        | -               | -        | -
            paypal:Jane.Doe@Example.com               | -               | -        | PAYMENT_ACCOUNT | paypal   | jane.doe@example.com
            @jane-doe                                 | payment_account | wise     | PAYMENT_ACCOUNT | wise     | jane-doe
            payoneer:45012345                         | -               | -        | PAYMENT_ACCOUNT | payoneer | 45012345
            https://www.linkedin.com/in/Jane-Doe-123/ | -               | -        | PROFILE         | linkedin | jane-doe-123
            https://kr.linkedin.com/in/%EA%B9%80-dev  | profile         | -        | PROFILE         | linkedin | 김-dev
            upwork:~01abcdef0123456789                | -               | -        | PROFILE         | upwork   | ~01abcdef0123456789
            https://www.freelancer.com/u/jdoe_dev     | -               | -        | PROFILE         | freelancer | jdoe_dev
            https://github.com/octo-dev               | profile         | -        | PROFILE         | github   | octo-dev
            github:octo-dev                           | -               | -        | ACCOUNT         | github   | octo-dev
            persona:KIM,  Sang Man                    | -               | -        | PERSONA         | -        | kim, sang man
            김상만                                      | persona         | -        | PERSONA         | -        | 김상만
            """)
    void shouldReadEachForm(
            String value,
            String kind,
            String platform,
            IndicatorKind expected,
            String expectedPlatform,
            String normalized) {
        IndicatorInput in = new IndicatorInput(
                kind, value, null, null, null, null, null, platform, null, null, null, null, null, null, null);
        if (expected == null) {
            assertThatThrownBy(() -> IndicatorNormalizer.normalize(in, NOW))
                    .isInstanceOf(InvalidIndicatorException.class)
                    .hasMessageContaining("international form");
            return;
        }
        NormalizedIndicator n = IndicatorNormalizer.normalize(in, NOW);
        assertThat(n.kind()).isEqualTo(expected);
        assertThat(n.platform()).isEqualTo(expectedPlatform);
        assertThat(n.normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            +82 10-23                                 | phone           | -          | -
            +999 1234567                              | phone           | -          | is not a phone number
            +1 202-555-0143 ext. 12                   | phone           | -          | extension
            not a number                              | phone           | -          | international form
            x                                         | payment_account | paypal     | an id of 3 to 64
            someone@localhost                         | payment_account | paypal     | -
            jane doe                                  | payment_account | wise       | an id of 3 to 64
            jane@example.com                          | payment_account | -          | platform is required
            https://www.linkedin.com/company/acme     | profile         | linkedin   | not a profile URL of linkedin
            https://example.com/in/jane               | profile         | linkedin   | not a profile URL of linkedin
            ab                                        | profile         | linkedin   | not a valid linkedin profile name
            -octo                                     | profile         | github     | not a valid github profile name
            jane                                      | profile         | -          | platform is required
            K                                         | persona         | -          | 2 to 200 letters
            Kim 123                                   | persona         | -          | 2 to 200 letters
            -Kim                                      | persona         | -          | 2 to 200 letters
            """)
    void shouldRefuseWhatIsNotValid(String value, String kind, String platform, String reason) {
        IndicatorInput in = new IndicatorInput(
                kind, value, null, null, null, null, null, platform, null, null, null, null, null, null, null);
        var refused = assertThatThrownBy(() -> IndicatorNormalizer.normalize(in, NOW))
                .isInstanceOf(InvalidIndicatorException.class);
        if (reason != null) {
            refused.hasMessageContaining(reason);
        }
    }
}
