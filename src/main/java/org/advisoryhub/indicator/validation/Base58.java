package org.advisoryhub.indicator.validation;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import org.advisoryhub.common.ids.Sha256;

/** Base58 (Bitcoin alphabet) and Base58Check, as used by Bitcoin legacy and TRON addresses. */
public final class Base58 {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {}

    public static byte[] decode(String input) {
        BigInteger number = BigInteger.ZERO;
        for (int i = 0; i < input.length(); i++) {
            int digit = ALPHABET.indexOf(input.charAt(i));
            if (digit < 0) {
                throw new InvalidIndicatorException("'" + input.charAt(i) + "' is not a Base58 character");
            }
            number = number.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = number.signum() == 0 ? new byte[0] : stripSign(number.toByteArray());
        int leadingZeros = 0;
        while (leadingZeros < input.length() && input.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        byte[] out = new byte[leadingZeros + magnitude.length];
        System.arraycopy(magnitude, 0, out, leadingZeros, magnitude.length);
        return out;
    }

    /** Decodes and verifies the 4-byte double-SHA-256 checksum; returns the payload without it. */
    public static byte[] decodeChecked(String input) {
        byte[] raw = decode(input);
        if (raw.length < 5) {
            throw new InvalidIndicatorException("too short for a Base58Check value");
        }
        byte[] payload = Arrays.copyOf(raw, raw.length - 4);
        byte[] checksum = Arrays.copyOfRange(doubleSha256(payload), 0, 4);
        if (!Arrays.equals(checksum, Arrays.copyOfRange(raw, raw.length - 4, raw.length))) {
            throw new InvalidIndicatorException(
                    "Base58Check checksum does not match (a character is wrong or missing)");
        }
        return payload;
    }

    static byte[] doubleSha256(byte[] data) {
        MessageDigest sha = Sha256.digest();
        return sha.digest(sha.digest(data));
    }

    private static byte[] stripSign(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
