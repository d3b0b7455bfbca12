package org.advisoryhub.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defanged values as advisories print them, and values that only look like it. */
class RefangTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "npmjscloud[.]com|npmjscloud.com",
                "npmjscloud(.)com|npmjscloud.com",
                "npmjscloud{.}com|npmjscloud.com",
                "npmjscloud[DOT]com|npmjscloud.com",
                "npmjscloud(dot)com|npmjscloud.com",
                "alice[@]example[.]org|alice@example.org",
                "alice[at]example.org|alice@example.org",
                "alice(AT)example.org|alice@example.org",
                "hxxps[:]//bi2price[.]com/x|https://bi2price.com/x",
                "HXXP://tradingprice.net|http://tradingprice.net",
                "'  \"npmaudit[.]com\"  '|npmaudit.com",
                "<hxxps://example[.]net>|https://example.net",
                "\"|\"",
                "<|<",
                "a.hxxp.example|a.hxxp.example",
                "\"unbalanced|\"unbalanced",
                "<unbalanced|<unbalanced",
                "  spaced.example  |spaced.example"
            })
    void shouldUndoDefangingAndLeaveEverythingElse(String raw, String expected) {
        assertThat(Refang.apply(raw)).isEqualTo(expected);
    }
}
