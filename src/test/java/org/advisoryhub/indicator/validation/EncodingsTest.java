package org.advisoryhub.indicator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The encodings under the address validators, checked directly: the decoded bytes (not just "valid"), the BIP 173/350
 * limits at their exact edges, and which rule refuses a value.
 */
class EncodingsTest {

    @ParameterizedTest
    @CsvSource({
        // BIP 173 and BIP 350 valid vectors with their witness programs
        "bc, BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4, 0, 751e76e8199196d454941c45d1b3a323f1433bd6",
        "tb, tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7, 0,"
                + " 1863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262",
        "bc, bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y, 1,"
                + " 751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6",
        "bc, BC1SW50QGDZ25J, 16, 751e",
        "bc, bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs, 2, 751e76e8199196d454941c45d1b3a323",
    })
    void shouldDecodeTheWitnessProgram(String hrp, String address, int version, String program) {
        Bech32.SegwitAddress decoded = Bech32.decodeSegwit(hrp, address);
        assertThat(decoded.hrp()).isEqualTo(hrp);
        assertThat(decoded.version()).isEqualTo(version);
        assertThat(HexFormat.of().formatHex(decoded.program())).isEqualTo(program);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd | must use BECH32M",
                "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL | must use BECH32M",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh | must use BECH32 checksum",
                "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4 | 'o' is not a Bech32 character",
                "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R | witness version 17 does not exist",
                "bc1pw5dgrnzv | witness program length 1 is not 2..40 bytes",
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav"
                        + " | witness program length 41 is not 2..40 bytes",
                "bc1qqqqsyqcyq5rqwzqfpg9scrgwpuk7nx3h | a version 0 witness program must be 20 or 32 bytes",
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf | invalid padding",
                "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq | must not mix upper and lower case",
                "bc1gmk9yu | no witness version",
                "bc1abc | no valid Bech32 separator and checksum",
                "1qqqqqqqqqq | no valid Bech32 separator and checksum",
                "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut | prefix must be 'bc1', not 'tc1'",
            })
    void shouldRefuseWithTheRuleThatFails(String address, String reason) {
        assertThatThrownBy(() -> Bech32.decodeSegwit("bc", address))
                .isInstanceOf(InvalidIndicatorException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void shouldAcceptTheLongestAndShortestBech32StringsUpToTheSegwitRules() {
        // BIP 173 valid Bech32 strings: 90 characters, and a one-letter prefix with only a checksum. Neither is a
        // SegWit address, so they fail only there, past the length and separator checks.
        String longest = "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs";
        assertThat(longest).hasSize(90);
        assertThatThrownBy(() -> Bech32.decodeSegwit(longest.substring(0, 83), longest))
                .hasMessage("SegWit address has no witness version");
        assertThatThrownBy(() -> Bech32.decodeSegwit("a", "a12uel5l"))
                .hasMessage("SegWit address has no witness version");
        assertThatThrownBy(() -> Bech32.decodeSegwit("an", longest + "q"))
                .hasMessage("a Bech32 address is at most 90 characters");
    }

    @Test
    void shouldKeepLeadingZeroBytesAndDropTheSignByte() {
        assertThat(Base58.decode("111")).containsExactly(0, 0, 0);
        assertThat(Base58.decode("3D")).containsExactly((byte) 0x80);
        assertThat(Base58.decode("1")).containsExactly(0);
        assertThat(Base58.decode("")).isEmpty();
        assertThatThrownBy(() -> Base58.decode("0OIl")).hasMessage("'0' is not a Base58 character");
    }

    @Test
    void shouldCheckTheChecksumDownToAOneBytePayload() {
        assertThat(Base58.decodeChecked("1Wh4bh")).containsExactly(0);
        assertThat(Base58.decodeChecked("dDc8z6")).containsExactly(5);
        assertThatThrownBy(() -> Base58.decodeChecked("3QJmnh")).hasMessage("too short for a Base58Check value");
        assertThatThrownBy(() -> Base58.decodeChecked("1Wh4bi"))
                .hasMessageContaining("Base58Check checksum does not match");
    }

    @Test
    void shouldRefuseAnEmailAddressWithoutBothParts() {
        for (String bad : new String[] {"@example.org", "user@", "user"}) {
            assertThatThrownBy(() -> EmailAddresses.normalize(bad))
                    .as(bad)
                    .hasMessage("an email address is local-part@domain");
        }
        assertThat(EmailAddresses.normalize("a@b.example")).isEqualTo("a@b.example");
        assertThat(EmailAddresses.normalize("A.B@Example.COM.")).isEqualTo("a.b@example.com");
    }
}
