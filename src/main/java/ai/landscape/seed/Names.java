package ai.landscape.seed;

import java.text.Normalizer;
import java.util.Locale;

/** Small rules about names shared by the loaders. */
public final class Names {

    private Names() {}

    /** Lower-case ASCII letters and digits, other runs become '-'. Empty when nothing is ASCII. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public static boolean isAscii(String name) {
        return name.chars().allMatch(c -> c < 0x80);
    }

    /** Whether the text holds a CJK ideograph. */
    public static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The value of an enum by its code, or null when the code is not one of it. */
    public static <E extends Enum<E>> E code(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
