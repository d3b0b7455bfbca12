package org.advisoryhub.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of network an address is on, and host names that are really addresses. IPv4 is read the way C
 * resolvers read it ({@code inet_aton}): one to four parts, each decimal, octal ({@code 0177}) or hex ({@code 0x7f}),
 * so {@code 2130706433}, {@code 0x7f000001} and {@code 127.1} are all 127.0.0.1. IPv6 addresses that carry an IPv4
 * address (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
 */
final class TargetAddresses {

    /** Where an address leads. */
    enum Reach {
        PUBLIC,
        LOOPBACK,
        PRIVATE
    }

    private static final Pattern NUMERIC_PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

    private TargetAddresses() {}

    /** The address a host name spells, if it spells one; an unparseable number-only host is an error. */
    static Optional<InetAddress> literal(String host) throws UnknownHostException {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.contains(":")) {
            if (h.contains("%")) {
                throw new UnknownHostException("IPv6 zone ids are not allowed");
            }
            return Optional.of(InetAddress.getByName(h)); // a literal: no DNS lookup
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4 || !allNumeric(parts)) {
            return Optional.empty();
        }
        return Optional.of(InetAddress.getByAddress(ipv4(parts, host)));
    }

    static Reach reach(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? reach4(b) : reach6(b);
    }

    private static boolean allNumeric(String[] parts) {
        for (String part : parts) {
            if (!NUMERIC_PART.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ipv4(String[] parts, String host) throws UnknownHostException {
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = number(parts[i], host);
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 0xff) {
                throw new UnknownHostException(host + " is not a valid IPv4 address");
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[parts.length - 1];
        if (last >= 1L << (32 - 8 * (parts.length - 1))) {
            throw new UnknownHostException(host + " is not a valid IPv4 address");
        }
        address |= last;
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    private static long number(String part, String host) throws UnknownHostException {
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            }
            return part.length() > 1 && part.startsWith("0") ? Long.parseLong(part, 8) : Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new UnknownHostException(host + " is not a valid IPv4 address");
        }
    }

    private static Reach reach4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        int d = b[2] & 0xff;
        if (a == 127) {
            return Reach.LOOPBACK;
        }
        boolean special = a == 0
                || a == 10
                || a >= 224 // this network, private, multicast, reserved, broadcast
                || a == 100 && (c & 0xc0) == 64 // carrier-grade NAT
                || a == 169 && c == 254 // link-local, cloud metadata
                || a == 172 && (c & 0xf0) == 16
                || a == 192 && c == 168 // private
                || a == 192 && c == 0 && (d == 0 || d == 2) // IETF protocol assignments, documentation
                || a == 192 && c == 88 && d == 99 // 6to4 relay
                || a == 198 && (c & 0xfe) == 18 // benchmarking
                || a == 198 && c == 51 && d == 100
                || a == 203 && c == 0 && d == 113; // documentation
        return special ? Reach.PRIVATE : Reach.PUBLIC;
    }

    private static Reach reach6(byte[] b) {
        if (isZero(b, 0, 12)) {
            // :: and ::1, or an IPv4-compatible address
            return isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1)
                    ? (b[15] == 1 ? Reach.LOOPBACK : Reach.PRIVATE)
                    : reach4(slice(b, 12));
        }
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return reach4(slice(b, 12)); // IPv4-mapped
        }
        int first = (b[0] & 0xff) << 8 | (b[1] & 0xff);
        if (first == 0x0064 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isZero(b, 4, 12) ? reach4(slice(b, 12)) : Reach.PRIVATE; // NAT64, well-known or local-use
        }
        if (first == 0x2002) {
            return reach4(slice(b, 2)); // 6to4
        }
        boolean special = (first & 0xfe00) == 0xfc00 // unique local
                || (first & 0xffc0) == 0xfe80
                || (first & 0xffc0) == 0xfec0 // link-local, old site-local
                || (first & 0xff00) == 0xff00 // multicast
                || first == 0x2001 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8 // documentation
                || first == 0x2001 && (b[2] & 0xfe) == 0 // IETF protocol assignments, Teredo
                || first == 0x0100 && isZero(b, 2, 8); // discard
        return special ? Reach.PRIVATE : Reach.PUBLIC;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }
}
