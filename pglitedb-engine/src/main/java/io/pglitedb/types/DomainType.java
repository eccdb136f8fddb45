package io.pglitedb.types;

/**
 * A domain ({@code CREATE DOMAIN name AS base ...}) as a type name resolves to it. Values of a
 * domain are values of its base type: expressions, columns and storage carry the base type
 * ({@link Types#resolve} gives {@link #base()}), and the domain's NOT NULL and CHECK constraints
 * are applied where a value becomes the domain's (a cast to it, a column of it), by the analyser.
 * This type stands for the domain only where its own OID and name show: format_type, regtype,
 * pg_attribute.atttypid of a column declared with it.
 */
public final class DomainType extends PgType {
    private final String schema;
    private final String name;
    private final DataType base;

    public DomainType(int oid, String schema, String name, DataType base) {
        super(oid, name, base.type().length(), base.type().category());
        this.schema = schema;
        this.name = name;
        this.base = base;
    }

    public String schema() {
        return schema;
    }

    @Override
    public String name() {
        return name;
    }

    /** The base type with the domain's modifier (typbasetype, typtypmod). */
    public DataType base() {
        return base;
    }

    @Override
    public String toText(Object value, int typmod) {
        return base.type().toText(value, base.typmod());
    }

    @Override
    public Object fromText(String text, int typmod) {
        return base.type().fromText(text, base.typmod());
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return base.type().toBinary(value, base.typmod());
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return base.type().fromBinary(bytes, base.typmod());
    }

    @Override
    public int compare(Object a, Object b) {
        return base.type().compare(a, b);
    }
}
