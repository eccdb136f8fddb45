package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * character varying (varchar, OID 1043): Java {@link String}; typmod n + 4. Storing a longer
 * value raises 22001 {@code value too long for type character varying(n)} unless the excess is
 * spaces; an explicit cast truncates.
 */
public final class VarcharType extends TextType {
    VarcharType() {
        super(1043, "varchar", -1);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return coerceLength(text, typmod, false);
    }

    /** varchar(n) length coercion; {@code explicit} truncates instead of raising 22001. */
    public static String coerceLength(String s, int typmod, boolean explicit) {
        if (typmod < 4) {
            return s;
        }
        int n = typmod - 4;
        if (s.length() <= n || characterLength(s) <= n) {
            return s;
        }
        if (!explicit && !onlySpacesAfter(s, n)) {
            throw new PgException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                    "value too long for type character varying(%d)", n);
        }
        return truncate(s, n);
    }
}
