package ai.landscape.api;

import ai.landscape.common.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque page token: the offset of the next page, a hash of the query it belongs to and the
 * dataset version it was read from, base64url-encoded. A token used with other filters, sort or
 * {@code q}, or after the dataset changed, is refused.
 */
final class PageToken {

    private PageToken() {}

    static String encode(int offset, String queryHash, String version) {
        String raw = "1:" + offset + ":" + queryHash + ":" + version;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of a valid token, or null after adding what is wrong with it to {@code errors}. */
    static Integer decode(String token, String queryHash, String version, List<Problem.FieldError> errors) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length != 4 || !parts[0].equals("1") || !parts[1].matches("\\d{1,9}")) {
            errors.add(ListEngine.error(
                    "pageToken", "is not a page token of this API; use the nextPageToken of a previous page"));
            return null;
        }
        if (!parts[2].equals(queryHash)) {
            errors.add(
                    ListEngine.error(
                            "pageToken",
                            "belongs to a list with other filters, q or sort; keep them while paging, or start again without pageToken"));
            return null;
        }
        if (!parts[3].equals(version)) {
            errors.add(ListEngine.error(
                    "pageToken",
                    "was issued for dataset version " + parts[3] + ", now " + version
                            + "; start again without pageToken"));
            return null;
        }
        return Integer.valueOf(parts[1]);
    }
}
