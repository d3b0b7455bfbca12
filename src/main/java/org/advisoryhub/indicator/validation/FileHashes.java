package org.advisoryhub.indicator.validation;

import java.util.Locale;
import java.util.regex.Pattern;
import org.advisoryhub.indicator.HashAlgorithm;

/** MD5, SHA-1 and SHA-256 hex digests; the algorithm follows from the length when not given. */
public final class FileHashes {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    private FileHashes() {}

    public static boolean looksLikeHash(String value) {
        return HEX.matcher(value).matches() && HashAlgorithm.ofLength(value.length()) != null;
    }

    /** Returns the algorithm that matches the digest, checking it against the declared one if any. */
    public static HashAlgorithm algorithm(String value, HashAlgorithm declared) {
        if (!HEX.matcher(value).matches()) {
            throw new InvalidIndicatorException("a file hash is hexadecimal");
        }
        HashAlgorithm byLength = HashAlgorithm.ofLength(value.length());
        if (byLength == null) {
            throw new InvalidIndicatorException(
                    "a hash has 32 (MD5), 40 (SHA-1) or 64 (SHA-256) hex digits, not " + value.length());
        }
        if (declared != null && declared != byLength) {
            throw new InvalidIndicatorException(
                    "hashAlgorithm",
                    declared.stixName() + " has " + declared.hexLength() + " hex digits but the value has "
                            + value.length());
        }
        return byLength;
    }

    public static String normalize(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
