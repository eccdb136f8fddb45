package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A type made by {@code CREATE TYPE name AS ENUM ('a', 'b')}: values are the label
 * {@link String}s, ordered by their sort order (pg_enum.enumsortorder: declaration order, a value
 * added BEFORE/AFTER another gets a sort order between its neighbours). Everything about enums as
 * values lives here: enum_in / enum_out (22P02 for an unknown label, 55P04 for a label added by a
 * transaction not yet committed), enum_send / enum_recv (the label's bytes), enum_cmp, the
 * comparison operators, and enum_first / enum_last / enum_range.
 *
 * <p>One instance stands for the type for as long as the database is open: ALTER TYPE ... ADD
 * VALUE or RENAME VALUE replace its {@link #labels()} in place, so tables and plans holding the
 * instance see the change.
 */
public final class EnumType extends PgType {
    /** A pg_enum row; {@code pending} while the transaction that added it has not committed. */
    public record Label(int oid, float sortOrder, String name, boolean pending) {
    }

    private volatile String schema;
    private volatile String name;
    private final ArrayType arrayType;
    private volatile List<Label> labels;
    private volatile Map<String, Label> byName;

    public EnumType(int oid, String schema, String name, int arrayOid, List<Label> labels) {
        super(oid, name, 4, TypeCategory.ENUM);
        this.schema = schema;
        this.name = name;
        this.arrayType = new ArrayType(arrayOid, "_" + name, this);
        setLabels(labels);
    }

    public String schema() {
        return schema;
    }

    /** The name as ALTER TYPE ... RENAME TO / SET SCHEMA left it. */
    @Override
    public String name() {
        return name;
    }

    /** ALTER TYPE ... RENAME TO / SET SCHEMA (or one rolled back). */
    public void rename(String newSchema, String newName) {
        this.schema = newSchema;
        this.name = newName;
    }

    /** The type's array type ({@code rainbow[]}). */
    public ArrayType arrayType() {
        return arrayType;
    }

    /** The labels in sort order. */
    public List<Label> labels() {
        return labels;
    }

    /** Replaces the labels (ALTER TYPE, or a rolled-back one undone). */
    public void setLabels(List<Label> newLabels) {
        List<Label> sorted = new ArrayList<>(newLabels);
        sorted.sort((a, b) -> Float.compare(a.sortOrder(), b.sortOrder()));
        Map<String, Label> names = new HashMap<>();
        for (Label l : sorted) {
            names.put(l.name(), l);
        }
        this.byName = names;
        this.labels = List.copyOf(sorted);
    }

    /** The label of this name, or null. */
    public Label label(String name) {
        return byName.get(name);
    }

    @Override
    public String toText(Object value, int typmod) {
        return (String) value;
    }

    @Override
    public Object fromText(String text, int typmod) {
        Label l = byName.get(text);
        if (l == null) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input value for enum %s: \"%s\"",
                    name(), text);
        }
        checkSafe(l);
        return l.name();
    }

    private void checkSafe(Label l) {
        if (l.pending()) {
            throw new PgException(SqlState.UNSAFE_NEW_ENUM_VALUE_USAGE, "unsafe use of new value \"%s\" of enum type %s",
                    l.name(), name()).withHint("New enum values must be committed before they can be used.");
        }
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return ((String) value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return fromText(new String(bytes, StandardCharsets.UTF_8), typmod);
    }

    /** What a stored row holds: the label's OID (4 bytes), so a renamed label renames stored values. */
    public byte[] toStorage(Object value) {
        Label l = byName.get((String) value);
        int oid = l == null ? 0 : l.oid();
        return new byte[] {(byte) (oid >>> 24), (byte) (oid >>> 16), (byte) (oid >>> 8), (byte) oid};
    }

    /** The label a stored OID stands for now. */
    public Object fromStorage(byte[] bytes) {
        int oid = ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        for (Label l : labels) {
            if (l.oid() == oid) {
                return l.name();
            }
        }
        throw new PgException(SqlState.DATA_CORRUPTED, "invalid internal value for enum: %d", oid);
    }

    /** enum_cmp: by sort order (a label no longer known sorts last, by name). */
    @Override
    public int compare(Object a, Object b) {
        Label x = byName.get((String) a);
        Label y = byName.get((String) b);
        if (x == null || y == null) {
            return x != null ? -1 : y != null ? 1 : ((String) a).compareTo((String) b);
        }
        return Float.compare(x.sortOrder(), y.sortOrder());
    }

    /** The sort order of a value (what an index key holds). */
    public float sortOrder(Object value) {
        Label l = byName.get((String) value);
        return l == null ? Float.MAX_VALUE : l.sortOrder();
    }

    // ---------------------------------------------------------------- operators

    /**
     * The comparison operators between two values of one enum type (an unknown literal on one side
     * takes the other's type), or null when {@code op} is not one or the operands are not so.
     */
    public static Operator comparison(String op, PgType left, PgType right) {
        EnumType type = left instanceof EnumType e ? e : right instanceof EnumType e ? e : null;
        if (type == null || left != type && left != Types.UNKNOWN || right != type && right != Types.UNKNOWN) {
            return null;
        }
        return Operators.comparison(op, type);
    }

    // ---------------------------------------------------------------- functions

    /** enum_first. */
    public String first() {
        List<Label> all = labels;
        if (all.isEmpty()) {
            throw noValues();
        }
        checkSafe(all.get(0));
        return all.get(0).name();
    }

    /** enum_last. */
    public String last() {
        List<Label> all = labels;
        if (all.isEmpty()) {
            throw noValues();
        }
        checkSafe(all.get(all.size() - 1));
        return all.get(all.size() - 1).name();
    }

    private PgException noValues() {
        return new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "enum %s contains no values", name());
    }

    /** enum_range(lower, upper): the labels from lower to upper (null: from the first / to the last). */
    public ArrayValue range(String lower, String upper) {
        List<Object> out = new ArrayList<>();
        for (Label l : labels) {
            if (lower != null && compare(l.name(), lower) < 0 || upper != null && compare(l.name(), upper) > 0) {
                continue;
            }
            checkSafe(l);
            out.add(l.name());
        }
        return ArrayValue.of(out.toArray());
    }
}
