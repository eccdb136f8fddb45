package io.pglitedb.sql.parser;

/** PostgreSQL's quote_identifier: how names are written back into SQL text. */
public final class Identifiers {
    private Identifiers() {
    }

    /**
     * The name as is when it is a plain lower-case identifier that is not a keyword (unreserved
     * keywords are fine), else in double quotes with inner quotes doubled.
     */
    public static String quote(String name) {
        boolean safe = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) && name.charAt(0) < 128
                || name.charAt(0) == '_');
        for (int i = 0; safe && i < name.length(); i++) {
            char c = name.charAt(i);
            safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (safe) {
            Keyword k = Keyword.lookup(name);
            safe = k == null || k.category() == Keyword.Category.UNRESERVED;
        }
        return safe ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
