package org.advisoryhub.indicator.validation;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.advisoryhub.indicator.Chain;

/**
 * Checks crypto addresses against their chain's real encoding and returns the canonical form used for
 * matching: Bitcoin Base58 as written, Bech32 lower-case, EVM lower-case hex, TRON Base58 as written.
 */
public final class CryptoAddresses {

    private static final Pattern EVM = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern OPAQUE = Pattern.compile("[\\x21-\\x7e]{4,200}");

    private CryptoAddresses() {}

    public static String normalize(Chain chain, String address) {
        if (chain.isEvm()) {
            return evm(address);
        }
        return switch (chain) {
            case BTC -> bitcoin(address);
            case TRON -> tron(address);
            case OTHER -> opaque(address);
            default -> throw new IllegalStateException("unhandled chain " + chain);
        };
    }

    /** P2PKH/P2SH Base58Check (versions 0x00/0x05) or SegWit Bech32/Bech32m with the {@code bc} prefix. */
    static String bitcoin(String address) {
        if (address.regionMatches(true, 0, "bc1", 0, 3)) {
            Bech32.decodeSegwit("bc", address);
            return address.toLowerCase(Locale.ROOT);
        }
        if (address.regionMatches(true, 0, "tb1", 0, 3)) {
            throw new InvalidIndicatorException("testnet addresses are not accepted");
        }
        byte[] payload = Base58.decodeChecked(address);
        if (payload.length != 21) {
            throw new InvalidIndicatorException("a Base58 Bitcoin address holds 21 bytes, this one " + payload.length);
        }
        int version = payload[0] & 0xff;
        if (version != 0x00 && version != 0x05) {
            throw new InvalidIndicatorException("version byte 0x" + Integer.toHexString(version)
                    + " is neither P2PKH (0x00) nor P2SH (0x05) on Bitcoin mainnet");
        }
        return address;
    }

    /** 20-byte hex; when the letters mix case they must carry a valid EIP-55 checksum. */
    static String evm(String address) {
        if (!EVM.matcher(address).matches()) {
            throw new InvalidIndicatorException("an EVM address is 0x followed by 40 hex digits");
        }
        String hex = address.substring(2);
        boolean mixed = !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
        if (mixed && !hex.equals(eip55(hex).substring(2))) {
            throw new InvalidIndicatorException("EIP-55 checksum does not match (expected " + eip55(hex) + ")");
        }
        return "0x" + hex.toLowerCase(Locale.ROOT);
    }

    /** The EIP-55 mixed-case form of a 40-digit hex address. */
    public static String eip55(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        String digest = HexFormat.of().formatHex(Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII)));
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(Character.digit(digest.charAt(i), 16) >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    /** Base58Check with version byte 0x41 (addresses start with T). */
    static String tron(String address) {
        byte[] payload = Base58.decodeChecked(address);
        if (payload.length != 21 || (payload[0] & 0xff) != 0x41) {
            throw new InvalidIndicatorException("a TRON address is Base58Check of 0x41 and 20 bytes");
        }
        return address;
    }

    static String opaque(String address) {
        if (!OPAQUE.matcher(address).matches()) {
            throw new InvalidIndicatorException(
                    "an address on another chain must be 4 to 200 visible ASCII characters");
        }
        return address;
    }
}
