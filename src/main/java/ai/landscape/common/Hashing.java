package ai.landscape.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one hashing of the service, SHA-256: dataset versions (hex), ETags and page-token query hashes (base64url). Each
 * part is followed by a zero byte, so that ("ab", "c") and ("a", "bc") hash apart.
 */
public final class Hashing {

    private Hashing() {}

    /** The first {@code length} hex digits of the hash of the parts. */
    public static String hex(int length, byte[]... parts) {
        return HexFormat.of().formatHex(sha256(parts)).substring(0, length);
    }

    /** The first {@code length} base64url characters of the hash of the parts' UTF-8 bytes. */
    public static String base64Url(int length, String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(sha256(bytes))
                .substring(0, length);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
                sha.update((byte) 0);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
