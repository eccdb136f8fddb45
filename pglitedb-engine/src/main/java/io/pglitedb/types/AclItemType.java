package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * aclitem (OID 1033): one entry of an access control list in its text form,
 * {@code grantee=privileges/grantor} ({@code alice=arw*}{@code /postgres}, {@code =r/postgres} for
 * PUBLIC), a Java {@link String}. Only the catalogs produce it (relacl, attacl ...); like
 * PostgreSQL it has no binary format.
 */
public final class AclItemType extends PgType {
    AclItemType() {
        super(1033, "aclitem", 12, TypeCategory.USER);
    }

    @Override
    public String toText(Object value, int typmod) {
        return (String) value;
    }

    @Override
    public Object fromText(String text, int typmod) {
        int equals = text.indexOf('=');
        int slash = text.indexOf('/', Math.max(equals, 0));
        if (equals < 0 || slash < 0) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "a name must follow the \"/\" sign");
        }
        return text.strip();
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        throw new PgException(SqlState.UNDEFINED_FUNCTION, "no binary output function available for type aclitem");
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        throw new PgException(SqlState.UNDEFINED_FUNCTION, "no binary input function available for type aclitem");
    }

    @Override
    public int compare(Object a, Object b) {
        return ((String) a).compareTo((String) b);
    }
}
