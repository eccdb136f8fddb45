package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.List;

/**
 * A named composite type ({@code CREATE TYPE name AS (a integer, b text)}, pg_type typtype 'c'):
 * a {@link RecordType} with its own OID, name and array type, so everything that handles rows
 * (field selection, record comparison, record_out) handles it too. Unlike an anonymous record it
 * can be read from text: record_in's {@code (1,"a b",)} syntax, an empty field being NULL.
 */
public final class CompositeType extends RecordType {
    private final String schema;
    private final int relationOid;

    public CompositeType(int oid, String schema, String name, int arrayOid, int relationOid, List<String> fieldNames,
            List<DataType> fieldTypes) {
        super(oid, name, arrayOid, fieldNames, fieldTypes);
        this.schema = schema;
        this.relationOid = relationOid;
    }

    public String schema() {
        return schema;
    }

    /** pg_type.typrelid: the OID of the composite type's pg_class row (relkind 'c'). */
    public int relationOid() {
        return relationOid;
    }

    /** record_in: {@code ( field , field ... )}, fields optionally double-quoted, backslash escapes. */
    @Override
    public Object fromText(String text, int typmod) {
        int i = 0;
        int n = text.length();
        while (i < n && PgTypeSupport.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= n || text.charAt(i) != '(') {
            throw malformed(text, "Missing left parenthesis.");
        }
        i++;
        List<DataType> types = fieldTypes();
        Object[] values = new Object[types.size()];
        for (int f = 0; f < values.length; f++) {
            if (f > 0) {
                if (i >= n) {
                    throw malformed(text, "Unexpected end of input.");
                }
                if (text.charAt(i) != ',') {
                    throw malformed(text, "Too few columns.");
                }
                i++;
            }
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            while (i < n) {
                char c = text.charAt(i);
                if (!quoted && (c == ',' || c == ')')) {
                    break;
                }
                any = true;
                if (c == '\\' && i + 1 < n) {
                    field.append(text.charAt(i + 1));
                    i += 2;
                } else if (c == '"') {
                    if (quoted && i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else {
                        quoted = !quoted;
                        i++;
                    }
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (quoted) {
                throw malformed(text, "Unexpected end of input.");
            }
            DataType t = types.get(f);
            values[f] = any ? t.type().fromText(field.toString(), t.typmod()) : null;
        }
        if (i >= n || text.charAt(i) != ')') {
            throw malformed(text, i < n && text.charAt(i) == ',' ? "Too many columns." : "Unexpected end of input.");
        }
        i++;
        while (i < n && PgTypeSupport.isSpace(text.charAt(i))) {
            i++;
        }
        if (i < n) {
            throw malformed(text, "Junk after right parenthesis.");
        }
        return values;
    }

    /** record_recv: the field count, then per field its type OID, length (-1: NULL) and bytes. */
    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        int count = in.getInt();
        List<DataType> types = fieldTypes();
        if (count != types.size()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "wrong number of columns: %d, expected %d", count,
                    types.size());
        }
        Object[] values = new Object[count];
        for (int f = 0; f < count; f++) {
            in.getInt(); // the field's type OID
            int length = in.getInt();
            if (length < 0) {
                continue;
            }
            byte[] field = new byte[length];
            in.get(field);
            DataType t = types.get(f);
            values[f] = t.type().fromBinary(field, t.typmod());
        }
        return values;
    }

    private static PgException malformed(String text, String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed record literal: \"%s\"", text)
                .withDetail(detail);
    }
}
