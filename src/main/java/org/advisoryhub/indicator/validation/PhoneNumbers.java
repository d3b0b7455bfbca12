package org.advisoryhub.indicator.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Phone numbers, in international form only (an indicator has no country of its own to read a national number in):
 * {@code +82 10-1234-5678}, {@code 0082…}, {@code tel:+82…}. Checked against the country's numbering plan
 * (libphonenumber) and kept in E.164 ({@code +821012345678}).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** What a typed international number looks like: a + or 00, then digits and the usual separators. */
    private static final Pattern SHAPE = Pattern.compile("(?:tel:)?(?:\\+|00)[0-9][0-9 ()./-]{5,24}");

    private PhoneNumbers() {}

    public static boolean looksLikePhone(String value) {
        return SHAPE.matcher(value.strip()).matches();
    }

    public static String normalize(String value) {
        String v = value.strip();
        if (v.regionMatches(true, 0, "tel:", 0, 4)) {
            v = v.substring(4);
        }
        if (v.startsWith("00")) {
            v = "+" + v.substring(2);
        }
        if (!v.startsWith("+")) {
            throw new InvalidIndicatorException(
                    "a phone number is written in international form with its country code, such as +82 10-1234-5678");
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(v, null);
        } catch (NumberParseException e) {
            throw new InvalidIndicatorException("'" + value + "' is not a phone number");
        }
        if (number.hasExtension()) {
            throw new InvalidIndicatorException("a phone number indicator has no extension");
        }
        if (!PHONES.isValidNumber(number)) {
            throw new InvalidIndicatorException("'" + value
                    + "' is not a valid number in the numbering plan of country code +" + number.getCountryCode());
        }
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
