package org.advisoryhub.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Korean style of docs/glossary.md, for tests of the console's messages and the shipped advisories: one term per
 * concept, and a group's or product's Korean name followed by its English one at its first mention.
 */
public final class KoreanStyle {

    /** Words Korean agencies do not use for the hub's terms, with the term to use. */
    public static final Map<Pattern, String> WRONG_TERMS = Map.of(
            Pattern.compile("권고(?!문)"), "advisory is 권고문",
            Pattern.compile("(?<!침해)지표"), "indicator is 침해지표",
            Pattern.compile("게시"), "publish is 발행",
            Pattern.compile("회수"), "withdraw is 철회",
            Pattern.compile("목격"), "sighting is 탐지 보고",
            Pattern.compile("가상자산 사업자|가상화폐|암호화폐 거래소"), "VASP is 가상자산사업자");

    /** Korean names and the English each must be followed by at its first mention. */
    public static final Map<String, String> PROPER_NOUNS = new LinkedHashMap<>();

    static {
        PROPER_NOUNS.put("라자루스 그룹", "Lazarus Group");
        PROPER_NOUNS.put("트레이더트레이터", "TraderTraitor");
        PROPER_NOUNS.put("애플제우스", "AppleJeus");
        PROPER_NOUNS.put("제이드 슬릿", "Jade Sleet");
        PROPER_NOUNS.put("시트린 슬릿", "Citrine Sleet");
        PROPER_NOUNS.put("김수키", "Kimsuky");
        PROPER_NOUNS.put("안다리엘", "Andariel");
        PROPER_NOUNS.put("블루노로프", "BlueNoroff");
        PROPER_NOUNS.put("바이비트", "Bybit");
        PROPER_NOUNS.put("마우이", "Maui");
    }

    private KoreanStyle() {}

    /** The glossary's wrong terms found in a text, each with the term to use. */
    public static List<String> wrongTerms(String text) {
        List<String> out = new ArrayList<>();
        WRONG_TERMS.forEach((wrong, right) -> {
            var m = wrong.matcher(text);
            if (m.find()) {
                out.add("\"" + m.group() + "\" (" + right + ")");
            }
        });
        return out;
    }

    /** Korean names whose first mention in the running text is not followed by their English name in parentheses. */
    public static List<String> firstMentionsWithoutEnglish(String runningText) {
        String text = runningText.replaceAll("\\s+", " ");
        List<String> out = new ArrayList<>();
        PROPER_NOUNS.forEach((korean, english) -> {
            int at = text.indexOf(korean);
            if (at >= 0 && !text.startsWith("(" + english, at + korean.length())) {
                out.add(korean + " needs (" + english + ") at its first mention");
            }
        });
        return out;
    }
}
