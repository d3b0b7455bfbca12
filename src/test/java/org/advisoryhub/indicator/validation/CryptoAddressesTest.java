package org.advisoryhub.indicator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.advisoryhub.indicator.Chain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1BK769SseNefb6fe9QuFEi8W4KGbtP8gi3", // P2PKH, FBI Harmony list
                "3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG", // P2SH, FBI 2023-08-22 list
                "bc1qp2vvntdedxw4xwtyd4y3gc2t9ufk6pwz2ga4ge", // P2WPKH, FBI Harmony list
                "bc1qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecd", // P2WSH, OFAC Sinbad
                "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", // P2WSH, BIP 173
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0" // P2TR (bech32m), BIP 350
            })
    void shouldAcceptRealBitcoinAddresses(String address) {
        assertThat(CryptoAddresses.normalize(Chain.BTC, address)).isEqualTo(address);
    }

    @Test
    void shouldLowerCaseUpperCaseBech32() {
        assertThat(CryptoAddresses.normalize(Chain.BTC, "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"))
                .isEqualTo("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1BK769SseNefb6fe9QuFEi8W4KGbtP8gi4", // last character changed
                "3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiH",
                "1BK769SseNefb6fe9QuFEi8W4KGbtP8g3i", // two characters swapped
                "bc1qp2vvntdedxw4xwtyd4y3gc2t9ufk6pwz2ga4gf"
            })
    void shouldRejectCorruptedChecksums(String address) {
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.BTC, address))
                .isInstanceOf(InvalidIndicatorException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void shouldRejectMixedCaseBech32() {
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.BTC, "bc1qP2vvntdedxw4xwtyd4y3gc2t9ufk6pwz2ga4ge"))
                .hasMessageContaining("mix upper and lower case");
    }

    @Test
    void shouldRejectTaprootWithBech32Checksum() {
        // BIP 350 test vector: a v1 program encoded with the old Bech32 checksum.
        assertThatThrownBy(() -> CryptoAddresses.normalize(
                        Chain.BTC, "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd"))
                .hasMessageContaining("must use BECH32M");
    }

    @Test
    void shouldRejectSegwitV0WithBech32mChecksum() {
        // BIP 350 test vector: a v0 program encoded with Bech32m.
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.BTC, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"))
                .hasMessageContaining("must use BECH32");
    }

    @Test
    void shouldRejectTestnetAndWrongVersionByte() {
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.BTC, "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"))
                .hasMessageContaining("testnet");
        // A TRON address is valid Base58Check but has version 0x41.
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.BTC, "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz"))
                .hasMessageContaining("version byte");
    }

    @Test
    void shouldRejectNonBase58Characters() {
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.BTC, "1BK769SseNefb6fe9QuFEi8W4KGbtP8gI0"))
                .hasMessageContaining("not a Base58 character");
    }

    @Test
    void shouldComputeKeccak256() {
        assertThat(HexFormat.of().formatHex(Keccak256.hash(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(HexFormat.of().formatHex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
        // Longer than one 136-byte block.
        assertThat(HexFormat.of().formatHex(Keccak256.hash("a".repeat(200).getBytes(StandardCharsets.US_ASCII))))
                .hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", // EIP-55 examples
                "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
                "0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135D", // FBI Bybit list
                "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" // OFAC Lazarus Group (Ronin)
            })
    void shouldAcceptValidEip55AndLowerCaseIt(String address) {
        assertThat(CryptoAddresses.normalize(Chain.ETH, address)).isEqualTo(address.toLowerCase());
    }

    @Test
    void shouldAcceptSingleCaseEvmAddressesWithoutChecksum() {
        assertThat(CryptoAddresses.normalize(Chain.BSC, "0xff29a52a538f1591235656f71135c24019bf82e5"))
                .isEqualTo("0xff29a52a538f1591235656f71135c24019bf82e5");
        assertThat(CryptoAddresses.normalize(Chain.POLYGON, "0xA2E898180D0BC3713025D8590615A832397A8032"))
                .isEqualTo("0xa2e898180d0bc3713025d8590615a832397a8032");
    }

    @Test
    void shouldRejectBrokenEip55Checksum() {
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.ETH, "0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135d"))
                .hasMessageContaining("EIP-55")
                .hasMessageContaining("0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135D");
    }

    @Test
    void shouldRejectEvmAddressOfWrongLength() {
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.ETH, "0x51e9d833ecae4e8d9d8be17300aee6d3398c13"))
                .hasMessageContaining("40 hex digits");
    }

    @Test
    void shouldAcceptTronAndRejectCorruptedTron() {
        assertThat(CryptoAddresses.normalize(Chain.TRON, "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz"))
                .isEqualTo("TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz");
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.TRON, "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mZ"))
                .hasMessageContaining("checksum");
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.TRON, "1BK769SseNefb6fe9QuFEi8W4KGbtP8gi3"))
                .hasMessageContaining("0x41");
    }

    @Test
    void shouldKeepOpaqueAddressesOfOtherChains() {
        assertThat(CryptoAddresses.normalize(Chain.OTHER, "addr1qxy2example")).isEqualTo("addr1qxy2example");
        assertThatThrownBy(() -> CryptoAddresses.normalize(Chain.OTHER, "has space"))
                .isInstanceOf(InvalidIndicatorException.class);
    }
}
