package io.pglitedb.jdbc;

import io.pglitedb.error.PgException;
import io.pglitedb.storage.StorageMemory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A parsed {@code jdbc:pglitedb:} URL with its connection properties:
 * <pre>
 * jdbc:pglitedb:mem:NAME[;keep=true][?setting=value&amp;...]   in memory, shared by name in this JVM
 * jdbc:pglitedb:mem:[?...]                                  in memory, private to one connection
 * jdbc:pglitedb:file:PATH[;keep=true][?setting=value&amp;...]  a data directory on disk
 * </pre>
 * Query parameters and connection properties other than the driver's own ({@code user},
 * {@code password}, {@code keep}, {@code database}, and pgJDBC's {@code stringtype}) are session settings given at startup, as pgJDBC's
 * {@code options} would give them ({@code search_path}, {@code TimeZone}, {@code application_name}...).
 *
 * @param name the in-memory database's name ("" = private), or null for a file database
 * @param directory the data directory, or null for an in-memory database
 * @param keep keep the database open after its last connection closes (until the JVM ends)
 * @param database the database to connect to inside that engine (CREATE DATABASE makes more), or
 *        null for postgres
 * @param stringTypeUnspecified pgJDBC's {@code stringtype=unspecified}: setString binds an untyped
 *        parameter, so the server infers its type (a string into an integer column works)
 * @param settings startup settings for each session, in the order given
 * @param storageMemory {@code storage_memory}: the native-memory budget (block cache and
 *        memtables) of the database this URL opens; used by the connection that opens it
 */
record JdbcUrl(String url, String name, Path directory, boolean keep, String user, String database,
        boolean stringTypeUnspecified, Map<String, String> settings, StorageMemory storageMemory) {
    static final String PREFIX = "jdbc:pglitedb:";

    static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    boolean isPrivate() {
        return directory == null && name.isEmpty();
    }

    /** The registry key of a shared database. */
    String key() {
        return directory != null ? "file:" + directory : "mem:" + name;
    }

    static JdbcUrl parse(String url, Properties info) throws SQLException {
        String rest = url.substring(PREFIX.length());
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String[] parts = rest.split(";", -1);
        String location = parts[0];
        Map<String, String> settings = new LinkedHashMap<>();
        String keep = null;
        String user = null;
        String database = null;
        String stringType = null;
        String storageMemory = null;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            String[] kv = pair(parts[i], url);
            if (kv[0].equalsIgnoreCase("storage_memory")) {
                storageMemory = kv[1];
                continue;
            }
            if (!kv[0].equalsIgnoreCase("keep")) {
                throw invalid(url, "unknown option \"" + kv[0] + "\"");
            }
            keep = kv[1];
        }
        if (query != null && !query.isEmpty()) {
            for (String p : query.split("&")) {
                if (!p.isEmpty()) {
                    String[] kv = pair(p, url);
                    String k = decode(kv[0]);
                    String v = decode(kv[1]);
                    switch (k.toLowerCase(Locale.ROOT)) {
                        case "keep" -> keep = v;
                        case "user" -> user = v;
                        case "database" -> database = v;
                        case "stringtype" -> stringType = v;
                        case "storage_memory" -> storageMemory = v;
                        case "password" -> { }
                        default -> setting(settings, k, v);
                    }
                }
            }
        }
        if (info != null) {
            for (String k : info.stringPropertyNames()) {
                String v = info.getProperty(k);
                switch (k.toLowerCase(Locale.ROOT)) {
                    case "keep" -> keep = v;
                    case "user" -> user = v;
                    case "database" -> database = v;
                    case "stringtype" -> stringType = v;
                    case "storage_memory" -> storageMemory = v;
                    case "password" -> { }
                    default -> setting(settings, k, v);
                }
            }
        }
        boolean keepOpen = keep != null && (keep.equalsIgnoreCase("true") || keep.equals("1") || keep.equalsIgnoreCase("on"));
        if (keep != null && !keepOpen && !keep.equalsIgnoreCase("false") && !keep.equals("0") && !keep.equalsIgnoreCase("off")) {
            throw invalid(url, "keep must be true or false");
        }
        if (stringType != null && !stringType.equalsIgnoreCase("unspecified") && !stringType.equalsIgnoreCase("varchar")) {
            throw invalid(url, "stringtype must be varchar or unspecified");
        }
        boolean unspecified = stringType != null && stringType.equalsIgnoreCase("unspecified");
        StorageMemory memory;
        try {
            memory = storageMemory == null ? StorageMemory.DEFAULT : StorageMemory.parse(storageMemory);
        } catch (PgException e) {
            throw invalid(url, e.getMessage());
        }
        if (location.startsWith("mem:")) {
            String name = location.substring(4);
            if (name.isEmpty() && keepOpen) {
                throw invalid(url, "a private in-memory database (no name) cannot be kept open");
            }
            return new JdbcUrl(url, name, null, keepOpen, user, database, unspecified, settings, memory);
        }
        if (location.startsWith("file:")) {
            String path = location.substring(5);
            if (path.isEmpty()) {
                throw invalid(url, "the data directory is missing after \"file:\"");
            }
            Path directory = Path.of(path).toAbsolutePath().normalize();
            return new JdbcUrl(url, null, directory, keepOpen, user, database, unspecified, settings, memory);
        }
        throw invalid(url, "expected jdbc:pglitedb:mem:NAME or jdbc:pglitedb:file:PATH");
    }

    /** pgJDBC's property names for settings are accepted too (ApplicationName, currentSchema). */
    private static void setting(Map<String, String> settings, String name, String value) {
        switch (name) {
            case "ApplicationName" -> settings.put("application_name", value);
            case "currentSchema" -> settings.put("search_path", value);
            default -> settings.put(name, value);
        }
    }

    private static String[] pair(String text, String url) throws SQLException {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw invalid(url, "expected name=value, got \"" + text + "\"");
        }
        return new String[] {text.substring(0, eq), text.substring(eq + 1)};
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static SQLException invalid(String url, String why) {
        // pgJDBC's state for a connection that cannot be established
        return new PgLiteSQLException("invalid PGLiteDB URL \"" + url + "\": " + why, "08001");
    }
}
