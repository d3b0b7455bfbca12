package org.advisoryhub.indicator.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of persons and personas, in any script: letters and marks, spaces, and the punctuation names carry (. , ' ’ -).
 * Shown as written (Unicode NFKC, single spaces); compared without regard to case, so {@code KIM, Sang Man} and
 * {@code Kim, Sang Man} are one persona.
 */
public final class Personas {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .,'’-]{0,198}[\\p{L}\\p{M}.]");

    private Personas() {}

    /** The name as shown: NFKC, with runs of white space made one space. */
    public static String display(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        if (!NAME.matcher(n).matches()) {
            throw new InvalidIndicatorException(
                    "a name is 2 to 200 letters, spaces and the punctuation of names (. , ' -), starting with a letter");
        }
        return n;
    }

    /** The name as compared: {@link #display}, in lower case. */
    public static String normalize(String name) {
        return display(name).toLowerCase(Locale.ROOT);
    }
}
