package org.advisoryhub.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.advisoryhub.stix.StixPatternReader.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which STIX patterns the hub can keep as indicator values, and the reason for every one it cannot. */
class StixPatternReaderTest {

    @Test
    void shouldReadTheFormsTheHubEmitsAndCommonSingleValues() {
        assertThat(read("[domain-name:value = 'evil.example']"))
                .containsExactly(new Observation("domain-name", Map.of("value", "evil.example")));
        assertThat(read("[user-account:account_type = 'github' AND user-account:account_login = 'some-one']"))
                .containsExactly(
                        new Observation("user-account", Map.of("account_type", "github", "account_login", "some-one")));
        // The CISA form: a parenthesized comparison, a quoted hash name, upper-case hex.
        assertThat(read("[(file:name = '123.ps1') AND file:hashes.'SHA-256' = 'ED5D']"))
                .containsExactly(new Observation("file", Map.of("name", "123.ps1", "hashes.SHA-256", "ED5D")));
        assertThat(read("[file:hashes.md5 = '001dd768']"))
                .containsExactly(new Observation("file", Map.of("hashes.md5", "001dd768")));
        // Escapes inside strings are undone.
        assertThat(read("[url:value = 'http://x.example/it\\'s\\\\']"))
                .containsExactly(new Observation("url", Map.of("value", "http://x.example/it's\\")));
    }

    @Test
    void shouldSplitAlternativesJoinedByOrAtEitherLevel() {
        assertThat(read("[ipv4-addr:value = '198.51.100.1' OR ipv4-addr:value = '198.51.100.2']"))
                .extracting(Observation::values)
                .containsExactly(Map.of("value", "198.51.100.1"), Map.of("value", "198.51.100.2"));
        assertThat(read("[domain-name:value = 'a.example'] OR ([url:value = 'http://b.example/'])"))
                .extracting(Observation::type)
                .containsExactly("domain-name", "url");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [domain-name:value = 'a.example'] AND [url:value = 'http://b.example/'] | observations joined by AND
            [file:name = 'a'] FOLLOWEDBY [file:name = 'b']                          | FOLLOWEDBY
            [ipv4-addr:value = '198.51.100.1'] WITHIN 300 SECONDS                   | WITHIN qualifier
            [ipv4-addr:value = '198.51.100.1'] REPEATS 5 TIMES                      | REPEATS qualifier
            [ipv4-addr:value = '198.51.100.1'] START t'2020-01-01T00:00:00Z' STOP t'2020-02-01T00:00:00Z' | START/STOP
            [domain-name:value LIKE '%.example']                                    | the LIKE comparison
            [domain-name:value MATCHES '^a']                                        | the MATCHES comparison
            [domain-name:value NOT = 'a.example']                                   | the NOT = comparison
            [domain-name:value != 'a.example']                                      | the != comparison
            [ipv4-addr:value IN ('198.51.100.1', '198.51.100.2')]                   | the IN comparison
            [ipv4-addr:value ISSUBSET '198.51.100.0/24']                            | the ISSUBSET comparison
            [file:size > 1000]                                                      | the > comparison
            [file:size = 1000]                                                      | is not with a string
            [domain-name:value = 'a' AND url:value = 'b']                           | two object types
            [file:name = 'a' AND (file:hashes.MD5 = 'b' OR file:hashes.MD5 = 'c')]  | OR inside AND
            [domain-name:value = 'a' AND domain-name:value = 'b']                   | compared twice
            [domain-name:value = 'a'                                                | not a valid STIX pattern: expected ]
            domain-name:value = 'a'                                                 | not a valid STIX pattern: expected [ or (
            [domain-name:value = 'a] | not a valid STIX pattern: unclosed string
            [Domain:value = 'a']                                                    | not a valid STIX pattern: expected an object path
            [domain-name:value = 'a'] garbage                                       | not a valid STIX pattern: unexpected text
            """)
    void shouldExplainWhatItCannotRepresent(String pattern, String reason) {
        StixPatternReader.Reading reading = StixPatternReader.read(pattern);
        assertThat(reading.observations()).isEmpty();
        assertThat(reading.problem()).contains(reason);
    }

    private static List<Observation> read(String pattern) {
        StixPatternReader.Reading reading = StixPatternReader.read(pattern);
        assertThat(reading.problem()).as(pattern).isNull();
        return reading.observations();
    }
}
