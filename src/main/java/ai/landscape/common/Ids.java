package ai.landscape.common;

import java.util.regex.Pattern;

/** What every record id of the dataset looks like: lower-case kebab-case. */
public final class Ids {

    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The longest id: the load refuses a longer one, a request naming one finds nothing. */
    public static final int MAX_LENGTH = 100;

    private Ids() {}

    /**
     * Whether a text can be an id at all. An id that no record can have (control characters, spaces, anything hostile,
     * more than {@value #MAX_LENGTH} characters)
     * is answered with a 404 without asking the database.
     */
    public static boolean isId(String text) {
        return text != null && text.length() <= MAX_LENGTH && ID.matcher(text).matches();
    }
}
