package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * An anonymous row type ("record", OID 2249) with known fields: what a set-returning function
 * with several result columns gives as a value in a SELECT list ({@code SELECT
 * information_schema._pg_expandarray(indkey)}), so that {@code (value).field} can pick a field.
 * Values are {@code Object[]}, one element per field (SQL NULL as null). Text output is
 * PostgreSQL's record_out ({@code (1,"a b",)}), binary output record_send's; like PostgreSQL,
 * an anonymous record cannot be read from text. ROW(...) constructors and whole-row references
 * ({@code t.*}) are records too (sql.analyze.RowExpressions); a named composite type (CREATE TYPE ... AS
 * (...)) is a {@link CompositeType}, a record type with a name and an OID of its own.
 */
public class RecordType extends PgType {
    public static final int OID = 2249;
    public static final int ARRAY_OID = 2287;

    private final List<String> fieldNames;
    private final List<DataType> fieldTypes;
    private final int arrayOid;
    private ArrayType arrayType;

    public RecordType(List<String> fieldNames, List<DataType> fieldTypes) {
        this(OID, "record", ARRAY_OID, fieldNames, fieldTypes);
    }

    /** A named row type (a composite type) with its own OID and array type OID. */
    protected RecordType(int oid, String name, int arrayOid, List<String> fieldNames, List<DataType> fieldTypes) {
        super(oid, name, -1, TypeCategory.USER);
        if (fieldNames.size() != fieldTypes.size()) {
            throw new IllegalArgumentException("field names and types differ in number");
        }
        this.fieldNames = List.copyOf(fieldNames);
        this.fieldTypes = List.copyOf(fieldTypes);
        this.arrayOid = arrayOid;
    }

    public List<String> fieldNames() {
        return fieldNames;
    }

    public List<DataType> fieldTypes() {
        return fieldTypes;
    }

    /** record[] (_record, OID 2287) over this record's fields; a composite type's own array type. */
    public ArrayType arrayType() {
        ArrayType a = arrayType;
        if (a == null) {
            a = new ArrayType(arrayOid, "_" + name(), this);
            arrayType = a;
        }
        return a;
    }

    /** The index of the field {@code name}, or -1. */
    public int fieldIndex(String name) {
        return fieldNames.indexOf(name);
    }

    @Override
    public final String toText(Object value, int typmod) {
        Object[] fields = (Object[]) value;
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (fields[i] == null) {
                continue;
            }
            DataType t = fieldTypes.get(i);
            String text = t.type().toText(fields[i], t.typmod());
            if (needsQuotes(text)) {
                out.append('"');
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    if (c == '"' || c == '\\') {
                        out.append(c);
                    }
                    out.append(c);
                }
                out.append('"');
            } else {
                out.append(text);
            }
        }
        return out.append(')').toString();
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\\' || c == '(' || c == ')' || c == ',' || PgTypeSupport.isSpace(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object fromText(String text, int typmod) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "input of anonymous composite types is not implemented");
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        Object[] fields = (Object[]) value;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(4).putInt(fields.length).array());
        for (int i = 0; i < fields.length; i++) {
            DataType t = fieldTypes.get(i);
            out.writeBytes(ByteBuffer.allocate(4).putInt(t.oid()).array());
            if (fields[i] == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = t.type().toBinary(fields[i], t.typmod());
                out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "input of anonymous composite types is not implemented");
    }

    /** Field by field, NULLs last (record comparison as btree orders it). */
    @Override
    public int compare(Object a, Object b) {
        Object[] x = (Object[]) a;
        Object[] y = (Object[]) b;
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] == null || y[i] == null) {
                if (x[i] != y[i]) {
                    return x[i] == null ? 1 : -1;
                }
                continue;
            }
            int c = fieldTypes.get(i).type().compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /**
     * record_eq, record_lt, ...: the comparison operators between two records (field by field, NULL
     * fields equal to each other and after values), or null when either side is not a record.
     */
    public static Operator comparison(String op, PgType left, PgType right) {
        if (!(left instanceof RecordType type) || !(right instanceof RecordType)) {
            return null;
        }
        return Operators.comparison(op, type);
    }

    /** PostgreSQL's error for {@code (value).name} when the row has no such field. */
    public PgException noSuchField(String name) {
        return new PgException(SqlState.UNDEFINED_COLUMN, "could not identify column \"%s\" in record data type",
                name);
    }
}
