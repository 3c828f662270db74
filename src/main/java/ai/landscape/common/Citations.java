package ai.landscape.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the URLs written inside a cell. */
public final class Citations {

    /** A URL runs until white space, a full-width character or a closing bracket. */
    static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7E&&[^()<>\"|]]+");

    private Citations() {}

    /** The distinct URLs of the texts, in order of appearance. */
    public static List<String> extract(String... texts) {
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = URL.matcher(text);
            while (m.find()) {
                urls.add(m.group());
            }
        }
        return new ArrayList<>(urls);
    }

    /** The text with its URLs replaced by a space, so that digits inside URLs are not read as numbers. */
    public static String withoutUrls(String text) {
        return URL.matcher(text).replaceAll(" ");
    }
}
