package io.pglitedb.catalog;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * PostgreSQL's names for objects the user did not name (indexcmds.c makeObjectName and
 * ChooseRelationName): {@code table_column_label}, shortened to fit NAMEDATALEN - 1 = 63 bytes,
 * with a number appended to the label while the name is taken: {@code t_a_key}, {@code t_a_key1}.
 */
public final class ObjectNames {
    public static final int MAX_IDENTIFIER_BYTES = 63;

    private ObjectNames() {
    }

    /** makeObjectName(name1, name2, label): name2 and label may be null. */
    public static String make(String name1, String name2, String label) {
        int overhead = 0;
        if (name2 != null) {
            overhead += bytes(name2) + 1;
        }
        if (label != null) {
            overhead += bytes(label) + 1;
        }
        int available = MAX_IDENTIFIER_BYTES - overhead;
        int name1Chars = bytes(name1);
        int name2Chars = name2 == null ? 0 : bytes(name2);
        while (name1Chars + name2Chars > available) {
            if (name1Chars > name2Chars) {
                name1Chars--;
            } else {
                name2Chars--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, name1Chars));
        if (name2 != null) {
            name.append('_').append(clip(name2, name2Chars));
        }
        if (label != null) {
            name.append('_').append(label);
        }
        return name.toString();
    }

    /** ChooseRelationName: the first of label, label1, label2 ... whose name is not taken. */
    public static String choose(String name1, String name2, String label, Predicate<String> taken) {
        String candidate = make(name1, name2, label);
        for (int pass = 1; taken.test(candidate); pass++) {
            candidate = make(name1, name2, label + pass);
        }
        return candidate;
    }

    /** Truncates an identifier to 63 bytes (at a character boundary), as the lexer does. */
    /**
     * PostgreSQL's ChooseIndexColumnNames: a name repeated among an index's columns gets 1, 2, ...
     * appended ({@code (a) INCLUDE (a)}: a, a1).
     */
    public static java.util.List<String> distinctColumnNames(java.util.List<String> names) {
        java.util.List<String> distinct = new java.util.ArrayList<>(names.size());
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String base : names) {
            String name = base;
            for (int n = 1; !used.add(name); n++) {
                name = base + n;
            }
            distinct.add(name);
        }
        return distinct;
    }

    public static String truncate(String name) {
        return bytes(name) <= MAX_IDENTIFIER_BYTES ? name : clip(name, MAX_IDENTIFIER_BYTES);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of s within n UTF-8 bytes. */
    private static String clip(String s, int n) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= n) {
            return s;
        }
        int end = n;
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }
}
