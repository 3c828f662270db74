package ai.landscape.api;

import ai.landscape.common.Problem.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque page token: the offset of the next page, a hash of the query it belongs to and the dataset version it
 * was read from, base64url-encoded. A token used with other filters, sort or {@code q} is refused by the parser; one
 * issued for another dataset version by the list, once it knows the version its transaction reads.
 */
final class PageToken {

    /** What a well-formed token of this query holds. */
    record Decoded(int offset, String version) {}

    /**
     * The longest token: "1:", an offset of up to 9 digits, ':', the 12 characters of the query hash, ':', the 16 of
     * the dataset version (41 bytes), base64url-encoded (55 characters), with room to spare; a longer one is refused.
     */
    static final int MAX_LENGTH = 64;

    /** The characters of a token (base64url, unpadded). */
    static final String PATTERN = "^[A-Za-z0-9_-]+$";

    private PageToken() {}

    static String encode(int offset, String queryHash, String version) {
        String raw = "1:" + offset + ":" + queryHash + ":" + version;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The token's offset and version, or null (after adding what is wrong with it to {@code errors}). */
    static Decoded decode(String token, String queryHash, List<FieldError> errors) {
        if (token == null) {
            return null;
        }
        if (token.length() > MAX_LENGTH) {
            errors.add(error("is longer than " + MAX_LENGTH + " characters; use the nextPageToken of a previous page"));
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length != 4 || !parts[0].equals("1") || !parts[1].matches("\\d{1,9}")) {
            errors.add(error("is not a page token of this API; use the nextPageToken of a previous page"));
            return null;
        }
        if (!parts[2].equals(queryHash)) {
            errors.add(error("belongs to a list with other filters, q or sort; keep them while paging, or start "
                    + "again without pageToken"));
            return null;
        }
        return new Decoded(Integer.parseInt(parts[1]), parts[3]);
    }

    /** The detail of a token issued for another dataset version than the one read now. */
    static String staleDetail(String issuedFor, String now) {
        return "was issued for dataset version " + issuedFor + ", now " + now + "; start again without pageToken";
    }

    private static FieldError error(String detail) {
        return new FieldError("pageToken", null, detail);
    }
}
