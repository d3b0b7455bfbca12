package org.advisoryhub.indicator.validation;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** Bech32 (BIP 173) and Bech32m (BIP 350) decoding, with the SegWit address rules on top. */
public final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;

    public enum Encoding {
        BECH32,
        BECH32M
    }

    /** A decoded SegWit address: witness version and program. */
    public record SegwitAddress(String hrp, int version, byte[] program) {}

    private Bech32() {}

    /** Decodes a SegWit address for the given human-readable part, enforcing BIP 173/350. */
    public static SegwitAddress decodeSegwit(String expectedHrp, String address) {
        Decoded d = decode(address);
        if (!d.hrp.equals(expectedHrp)) {
            throw new InvalidIndicatorException("prefix must be '" + expectedHrp + "1', not '" + d.hrp + "1'");
        }
        if (d.data.length < 1) {
            throw new InvalidIndicatorException("SegWit address has no witness version");
        }
        int version = d.data[0];
        if (version > 16) {
            throw new InvalidIndicatorException("witness version " + version + " does not exist");
        }
        byte[] program = convertBits(d.data, 1, 5, 8);
        if (program.length < 2 || program.length > 40) {
            throw new InvalidIndicatorException("witness program length " + program.length + " is not 2..40 bytes");
        }
        if (version == 0 && program.length != 20 && program.length != 32) {
            throw new InvalidIndicatorException("a version 0 witness program must be 20 or 32 bytes");
        }
        Encoding required = version == 0 ? Encoding.BECH32 : Encoding.BECH32M;
        if (d.encoding != required) {
            throw new InvalidIndicatorException("witness version " + version + " must use " + required
                    + " checksum (BIP " + (version == 0 ? "173" : "350") + ")");
        }
        return new SegwitAddress(d.hrp, version, program);
    }

    private record Decoded(String hrp, byte[] data, Encoding encoding) {}

    private static Decoded decode(String input) {
        if (input.length() > 90) {
            throw new InvalidIndicatorException("a Bech32 address is at most 90 characters");
        }
        boolean lower = !input.equals(input.toUpperCase(Locale.ROOT));
        boolean upper = !input.equals(input.toLowerCase(Locale.ROOT));
        if (lower && upper) {
            throw new InvalidIndicatorException("a Bech32 address must not mix upper and lower case");
        }
        String s = input.toLowerCase(Locale.ROOT);
        int sep = s.lastIndexOf('1');
        if (sep < 1 || sep + 7 > s.length()) {
            throw new InvalidIndicatorException("no valid Bech32 separator and checksum");
        }
        String hrp = s.substring(0, sep);
        byte[] values = new byte[s.length() - sep - 1];
        for (int i = 0; i < values.length; i++) {
            int v = CHARSET.indexOf(s.charAt(sep + 1 + i));
            if (v < 0) {
                throw new InvalidIndicatorException("'" + s.charAt(sep + 1 + i) + "' is not a Bech32 character");
            }
            values[i] = (byte) v;
        }
        int check = polymod(hrp, values);
        Encoding encoding = check == BECH32_CONST ? Encoding.BECH32 : check == BECH32M_CONST ? Encoding.BECH32M : null;
        if (encoding == null) {
            throw new InvalidIndicatorException("Bech32 checksum does not match (a character is wrong or missing)");
        }
        byte[] data = new byte[values.length - 6];
        System.arraycopy(values, 0, data, 0, data.length);
        return new Decoded(hrp, data, encoding);
    }

    private static int polymod(String hrp, byte[] values) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) >> 5);
        }
        chk = step(chk, 0);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) & 31);
        }
        for (byte v : values) {
            chk = step(chk, v);
        }
        return chk;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }

    private static byte[] convertBits(byte[] data, int offset, int from, int to) {
        int acc = 0;
        int bits = 0;
        int maxv = (1 << to) - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = offset; i < data.length; i++) {
            acc = (acc << from) | (data[i] & 0xff);
            bits += from;
            while (bits >= to) {
                bits -= to;
                out.write((acc >> bits) & maxv);
            }
        }
        if (bits >= from || ((acc << (to - bits)) & maxv) != 0) {
            throw new InvalidIndicatorException("SegWit program has invalid padding");
        }
        return out.toByteArray();
    }
}
