package io.pglitedb.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Long-lived bearer tokens for the HTTP door ({@code serve --http-tokens FILE}): each line names a
 * role and the SHA-256 of a token that stands for it. Only hashes are stored, so the file does not
 * reveal the tokens. {@code pglitedb token ROLE} makes a token and its line:
 *
 * <pre>
 * # ROLE    SHA-256 of the token, hex
 * metrics   0b4c5e…(64 hex digits)
 * </pre>
 *
 * Blank lines and {@code #} comments are ignored; a role may have several tokens (one line each).
 * The file is read when the server starts and again on SIGHUP.
 */
public final class TokenFile {
    /** No tokens. */
    public static final TokenFile EMPTY = new TokenFile(Map.of());
    /** What {@link #newToken()} tokens start with (so that secret scanners can find them). */
    public static final String PREFIX = "pgl_";

    private final Map<String, String> roleByHash;

    private TokenFile(Map<String, String> roleByHash) {
        this.roleByHash = Map.copyOf(roleByHash);
    }

    /** Reads a token file. @throws IllegalArgumentException naming the file and line of a bad line */
    public static TokenFile load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @param source the file name for error messages */
    public static TokenFile parse(String text, String source) {
        Map<String, String> roles = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 2 || !fields[1].matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException(source + ":" + (i + 1)
                        + ": expected \"ROLE SHA256-HEX\" (64 hex digits; see pglitedb token ROLE)");
            }
            String previous = roles.putIfAbsent(fields[1].toLowerCase(java.util.Locale.ROOT), fields[0]);
            if (previous != null && !previous.equals(fields[0])) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": this token hash already stands for role \""
                        + previous + "\"");
            }
        }
        return new TokenFile(roles);
    }

    /** The role a token stands for, or null. */
    public String roleOf(String token) {
        return roleByHash.get(hash(token));
    }

    public int size() {
        return roleByHash.size();
    }

    /** The SHA-256 of a token as 64 lowercase hex digits: what its line holds. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new random token: {@link #PREFIX} and 256 random bits, base64url. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
