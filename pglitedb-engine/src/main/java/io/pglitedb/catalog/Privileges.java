package io.pglitedb.catalog;

import java.util.function.IntFunction;

/**
 * Privilege bits as PostgreSQL numbers them (ACL_INSERT = 1 ... ACL_CONNECT = 1 << 11) and their
 * letters in aclitem's text form ("arwdDxtXUCTc").
 */
public final class Privileges {
    public static final int INSERT = 1;
    public static final int SELECT = 1 << 1;
    public static final int UPDATE = 1 << 2;
    public static final int DELETE = 1 << 3;
    public static final int TRUNCATE = 1 << 4;
    public static final int REFERENCES = 1 << 5;
    public static final int TRIGGER = 1 << 6;
    public static final int EXECUTE = 1 << 7;
    public static final int USAGE = 1 << 8;
    public static final int CREATE = 1 << 9;
    public static final int TEMPORARY = 1 << 10;
    public static final int CONNECT = 1 << 11;

    /** Everything a table can be granted (ALL on a table). */
    public static final int ALL_TABLE = INSERT | SELECT | UPDATE | DELETE | TRUNCATE | REFERENCES | TRIGGER;
    /** Everything a column can be granted. */
    public static final int ALL_COLUMN = INSERT | SELECT | UPDATE | REFERENCES;
    /** Everything a sequence can be granted. */
    public static final int ALL_SEQUENCE = USAGE | SELECT | UPDATE;
    /** Everything a schema can be granted. */
    public static final int ALL_SCHEMA = USAGE | CREATE;
    /** Everything a database can be granted. */
    public static final int ALL_DATABASE = CREATE | TEMPORARY | CONNECT;

    /** PostgreSQL's ACL_ALL_RIGHTS_STR, in bit order. */
    private static final String LETTERS = "arwdDxtXUCTc";
    private static final String[] NAMES = {"INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES",
        "TRIGGER", "EXECUTE", "USAGE", "CREATE", "TEMPORARY", "CONNECT"};

    private Privileges() {
    }

    /** The bit of a privilege keyword (as GRANT spells it, lower case), or 0. */
    public static int bit(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("TEMP")) {
            return TEMPORARY;
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(upper)) {
                return 1 << i;
            }
        }
        return 0;
    }

    /** The keyword of a single privilege bit ("SELECT"). */
    public static String name(int bit) {
        return NAMES[Integer.numberOfTrailingZeros(bit)];
    }

    /** aclitem's text form: {@code grantee=privileges/grantor} with '*' after grantable ones. */
    public static String format(AclItem item, IntFunction<String> roleName) {
        StringBuilder out = new StringBuilder();
        if (item.grantee() != AclItem.PUBLIC) {
            out.append(quoteRole(roleName.apply(item.grantee())));
        }
        out.append('=');
        for (int i = 0; i < LETTERS.length(); i++) {
            int bit = 1 << i;
            if ((item.privileges() & bit) != 0) {
                out.append(LETTERS.charAt(i));
                if ((item.grantOptions() & bit) != 0) {
                    out.append('*');
                }
            }
        }
        out.append('/').append(quoteRole(roleName.apply(item.grantor())));
        return out.toString();
    }

    /** putid(): a role name in aclitem text, double-quoted unless it is plain alphanumerics and '_'. */
    public static String quoteRole(String name) {
        if (name == null) {
            return "";
        }
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_';
        }
        return plain ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
