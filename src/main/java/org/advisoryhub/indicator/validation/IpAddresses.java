package org.advisoryhub.indicator.validation;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IPv4 in strict dotted-quad form and IPv6 in its RFC 5952 canonical text form. */
public final class IpAddresses {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern V4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
    private static final Pattern V6_CHARS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private IpAddresses() {}

    public static boolean looksLikeV4(String value) {
        return value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    public static String normalizeV4(String value) {
        if (!V4.matcher(value).matches()) {
            throw new InvalidIndicatorException("an IPv4 address is four numbers 0-255 without leading zeros");
        }
        return value;
    }

    public static String normalizeV6(String value) {
        String text = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        // Only hex digits, colons and dots reach InetAddress, so it parses a literal and never resolves a name.
        if (!text.contains(":") || !V6_CHARS.matcher(text).matches()) {
            throw new InvalidIndicatorException("not an IPv6 address");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new InvalidIndicatorException("not an IPv6 address");
        }
        if (address instanceof Inet4Address v4) {
            return "::ffff:" + v4.getHostAddress();
        }
        return canonical(((Inet6Address) address).getAddress());
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
    static String canonical(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
