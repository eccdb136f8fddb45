package io.pglitedb.catalog;

import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.CompositeType;
import io.pglitedb.types.DataType;
import io.pglitedb.types.DomainType;
import io.pglitedb.types.EnumType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import io.pglitedb.types.range.RangeType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-defined types of one database, stored under {@code [db][TYPES][oid]} in the DDL's
 * transaction. {@link #types()} is the committed state, replaced on publish; a transaction's own
 * changes are laid over it by {@link CatalogView}. Each type has one {@link EnumType} instance for
 * as long as the database is open ({@link #instance}): tables, plans and values refer to it, and
 * ALTER TYPE changes its labels in place (undone by the view when the transaction rolls back).
 */
public final class TypeCatalog {
    private static final int TYPES = 25;
    private static final int FORMAT_VERSION = 1;
    private final int databaseOid;
    private volatile Map<Integer, TypeDescriptor> types;
    private final Map<Integer, EnumType> instances = new ConcurrentHashMap<>();
    private final Map<Integer, CompositeType> composites = new ConcurrentHashMap<>();
    private final Map<Integer, CompositeType> tableRowTypes = new ConcurrentHashMap<>();
    private final Map<Integer, RangeType> ranges = new ConcurrentHashMap<>();

    TypeCatalog(TransactionManager transactions, int databaseOid) {
        this.databaseOid = databaseOid;
        Map<Integer, TypeDescriptor> loaded = new HashMap<>();
        byte[] from = new KeyEncoder().addInt(databaseOid).addInt(TYPES).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            TypeDescriptor t = decode(value);
            loaded.put(t.oid(), t);
            return true;
        });
        this.types = Map.copyOf(loaded);
    }

    int maxOid() {
        int max = 0;
        for (TypeDescriptor t : types.values()) {
            max = Math.max(max, Math.max(t.oid(), t.arrayOid()));
            if (t.isComposite()) {
                max = Math.max(max, t.composite().relationOid());
            }
            if (t.isRange()) {
                max = Math.max(max, Math.max(t.range().multirangeOid(), t.range().multirangeArrayOid()));
            }
            for (EnumType.Label l : t.labels()) {
                max = Math.max(max, l.oid());
            }
            if (t.isDomain()) {
                for (DomainDefinition.Check c : t.domain().checks()) {
                    max = Math.max(max, c.oid());
                }
            }
        }
        return max;
    }

    /** The committed types by OID. */
    public Map<Integer, TypeDescriptor> types() {
        return types;
    }

    /** What a type's name or OID stands for: an enum's {@link #instance}, a {@link DomainType} for a domain. */
    public PgType valueType(TypeDescriptor d) {
        return d.isDomain() ? domainType(d) : d.isComposite() ? compositeType(d) : d.isRange() ? rangeType(d)
                : instance(d);
    }

    /**
     * The range type of a descriptor: one instance while its name and subtype stay the same (values,
     * arrays and plans of it compare as the same type).
     */
    public RangeType rangeType(TypeDescriptor d) {
        RangeType t = ranges.get(d.oid());
        if (t != null && t.name().equals(d.name()) && t.subtype().oid() == d.range().subtypeOid()) {
            return t;
        }
        PgType subtype = Types.byOid(d.range().subtypeOid());
        if (subtype == null) { // a user-defined subtype when no statement's names are installed (a dump)
            subtype = byOid(d.range().subtypeOid());
        }
        if (subtype == null) {
            throw new PgException(SqlState.DATA_CORRUPTED, "unknown subtype oid %d of range type %s",
                    d.range().subtypeOid(), d.name());
        }
        t = new RangeType(d.oid(), d.name(), subtype, null, d.arrayOid());
        new io.pglitedb.types.range.MultirangeType(d.range().multirangeOid(), d.range().multirangeName(), t,
                d.range().multirangeArrayOid());
        ranges.put(d.oid(), t);
        return t;
    }

    /**
     * The composite type of a descriptor: one instance while its definition stays the same (so
     * that values and arrays of it compare as the same type), remade when it changes.
     */
    public CompositeType compositeType(TypeDescriptor d) {
        CompositeType t = composites.get(d.oid());
        if (t != null && t.name().equals(d.name()) && t.schema().equals(d.schema())
                && t.fieldNames().size() == d.composite().attributes().size()) {
            return t;
        }
        List<String> names = new ArrayList<>();
        List<DataType> fieldTypes = new ArrayList<>();
        for (CompositeDefinition.Attribute a : d.composite().attributes()) {
            names.add(a.name());
            PgType type = Types.byOid(a.typeOid());
            if (type == null) { // a user-defined type when no statement's names are installed (a dump)
                type = byOid(a.typeOid());
            }
            if (type == null) {
                throw new PgException(SqlState.DATA_CORRUPTED, "unknown type oid %d of attribute %s of type %s",
                        a.typeOid(), a.name(), d.name());
            }
            fieldTypes.add(type instanceof DomainType domain ? domain.base() : new DataType(type, a.typmod()));
        }
        t = new CompositeType(d.oid(), d.schema(), d.name(), d.arrayOid(), d.composite().relationOid(), names,
                fieldTypes);
        composites.put(d.oid(), t);
        return t;
    }

    /**
     * The row type of a table, view or materialized view (PostgreSQL makes one for each, named like
     * the relation, OID {@link DerivedOids#rowType}): its columns as fields. One instance while the
     * relation's name and columns stay the same, remade when they change.
     */
    public CompositeType tableRowType(TableDescriptor table) {
        List<String> names = new ArrayList<>(table.columns().size());
        List<DataType> fieldTypes = new ArrayList<>(table.columns().size());
        for (ColumnDescriptor c : table.columns()) {
            names.add(c.name());
            fieldTypes.add(c.type());
        }
        CompositeType t = tableRowTypes.get(table.oid());
        if (t != null && t.name().equals(table.name()) && t.schema().equals(table.schema())
                && t.fieldNames().equals(names) && t.fieldTypes().equals(fieldTypes)) {
            return t;
        }
        t = new CompositeType(DerivedOids.rowType(table.oid()), table.schema(), table.name(),
                DerivedOids.rowTypeArray(table.oid()), table.oid(), names, fieldTypes);
        tableRowTypes.put(table.oid(), t);
        return t;
    }

    /**
     * The type a domain's OID stands for. Its {@link DomainType#base()} is the type its values have:
     * for a domain over another domain, that domain's base (pg_type.typbasetype names the domain).
     */
    public DomainType domainType(TypeDescriptor d) {
        PgType base = Types.byOid(d.domain().baseOid());
        if (base == null) { // a user-defined base type when no statement's names are installed (a dump)
            base = byOid(d.domain().baseOid());
        }
        if (base == null) {
            throw new PgException(SqlState.DATA_CORRUPTED, "unknown base type oid %d of domain %s",
                    d.domain().baseOid(), d.name());
        }
        DataType values = base instanceof DomainType over ? over.base() : new DataType(base, d.domain().baseTypmod());
        return new DomainType(d.oid(), d.schema(), d.name(), values);
    }

    /** The array type of a type (for a domain, its base type's: values of a domain are its base type's). */
    public PgType arrayType(TypeDescriptor d) {
        if (d.isComposite()) {
            return compositeType(d).arrayType();
        }
        if (d.isRange()) {
            return rangeType(d).arrayType();
        }
        return d.isDomain() ? ArrayTypes.arrayOf(domainType(d).base().type()) : instance(d).arrayType();
    }

    /** The enum type instance of a descriptor (made on first use; its labels are the descriptor's). */
    public EnumType instance(TypeDescriptor d) {
        EnumType t = instances.computeIfAbsent(d.oid(),
                oid -> new EnumType(d.oid(), d.schema(), d.name(), d.arrayOid(), d.labels()));
        if (!t.labels().equals(d.labels())) {
            t.setLabels(d.labels());
        }
        if (!t.name().equals(d.name()) || !t.schema().equals(d.schema())) {
            t.rename(d.schema(), d.name());
        }
        return t;
    }

    /** The instance of a committed or created type by OID, or null when none was made. */
    public EnumType instance(int oid) {
        EnumType t = instances.get(oid);
        if (t == null) {
            TypeDescriptor d = types.get(oid);
            return d == null || d.kind() != 'e' ? null : instance(d);
        }
        return t;
    }

    /** A committed type or its array type by OID (what stored table columns name), or null. */
    public io.pglitedb.types.PgType byOid(int oid) {
        for (TypeDescriptor d : types.values()) {
            if (d.oid() == oid) {
                return valueType(d);
            }
            if (d.arrayOid() == oid) {
                return arrayType(d);
            }
            if (d.isRange() && d.range().multirangeOid() == oid) {
                return rangeType(d).multirange();
            }
            if (d.isRange() && d.range().multirangeArrayOid() == oid) {
                return rangeType(d).multirange().arrayType();
            }
        }
        return null;
    }

    public void write(Transaction txn, TypeDescriptor type) {
        txn.put(key(type.oid()), encode(type));
    }

    public void delete(Transaction txn, TypeDescriptor type) {
        txn.delete(key(type.oid()));
    }

    /** Makes a committed transaction's type changes everyone's. */
    synchronized void publish(Map<Integer, TypeDescriptor> changed, Iterable<Integer> dropped) {
        Map<Integer, TypeDescriptor> next = new HashMap<>(types);
        for (int oid : dropped) {
            next.remove(oid);
        }
        for (TypeDescriptor d : changed.values()) {
            TypeDescriptor committed = d.committed();
            next.put(d.oid(), committed);
            if (committed.kind() == 'e') {
                instance(committed);
            }
        }
        types = Map.copyOf(next);
    }

    private byte[] key(int oid) {
        return new KeyEncoder().addInt(databaseOid).addInt(TYPES).addInt(oid).toBytes();
    }

    private static byte[] encode(TypeDescriptor t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_VERSION);
            out.writeInt(t.oid());
            out.writeInt(t.arrayOid());
            out.writeUTF(t.schema());
            out.writeUTF(t.name());
            out.writeInt(t.owner());
            out.writeByte(t.kind());
            if (t.isDomain()) {
                writeDomain(out, t.domain());
                return bytes.toByteArray();
            }
            if (t.isRange()) {
                RangeDefinition r = t.range();
                out.writeInt(r.subtypeOid());
                out.writeInt(r.subtypeOpclass());
                out.writeInt(r.collation());
                out.writeInt(r.canonical());
                out.writeInt(r.subtypeDiff());
                out.writeInt(r.multirangeOid());
                out.writeInt(r.multirangeArrayOid());
                out.writeUTF(r.multirangeName());
                out.flush();
                return bytes.toByteArray();
            }
            if (t.isComposite()) {
                out.writeInt(t.composite().relationOid());
                out.writeInt(t.composite().attributes().size());
                for (CompositeDefinition.Attribute a : t.composite().attributes()) {
                    out.writeUTF(a.name());
                    out.writeInt(a.typeOid());
                    out.writeInt(a.typmod());
                }
                out.flush();
                return bytes.toByteArray();
            }
            out.writeInt(t.labels().size());
            for (EnumType.Label l : t.labels()) {
                out.writeInt(l.oid());
                out.writeFloat(l.sortOrder());
                out.writeUTF(l.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeDomain(DataOutputStream out, DomainDefinition d) throws IOException {
        out.writeInt(d.baseOid());
        out.writeInt(d.baseTypmod());
        out.writeBoolean(d.notNull());
        out.writeBoolean(d.defaultSql() != null);
        if (d.defaultSql() != null) {
            out.writeUTF(d.defaultSql());
        }
        out.writeInt(d.checks().size());
        for (DomainDefinition.Check c : d.checks()) {
            out.writeInt(c.oid());
            out.writeUTF(c.name());
            out.writeUTF(c.conditionSql());
            out.writeBoolean(c.validated());
        }
        out.flush();
    }

    private static DomainDefinition readDomain(DataInputStream in) throws IOException {
        int baseOid = in.readInt();
        int baseTypmod = in.readInt();
        boolean notNull = in.readBoolean();
        String defaultSql = in.readBoolean() ? in.readUTF() : null;
        int n = in.readInt();
        List<DomainDefinition.Check> checks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            checks.add(new DomainDefinition.Check(in.readInt(), in.readUTF(), in.readUTF(), in.readBoolean()));
        }
        return new DomainDefinition(baseOid, baseTypmod, notNull, defaultSql, checks);
    }

    private static TypeDescriptor decode(byte[] value) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            in.readByte();
            int oid = in.readInt();
            int arrayOid = in.readInt();
            String schema = in.readUTF();
            String name = in.readUTF();
            int owner = in.readInt();
            byte kind = in.readByte();
            if (kind == 'd') {
                return new TypeDescriptor(oid, arrayOid, schema, name, owner, List.of(), readDomain(in));
            }
            if (kind == 'r') {
                return new TypeDescriptor(oid, arrayOid, schema, name, owner, new RangeDefinition(in.readInt(),
                        in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readUTF()));
            }
            if (kind == 'c') {
                int relationOid = in.readInt();
                int count = in.readInt();
                List<CompositeDefinition.Attribute> attributes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    attributes.add(new CompositeDefinition.Attribute(in.readUTF(), in.readInt(), in.readInt()));
                }
                return new TypeDescriptor(oid, arrayOid, schema, name, owner, List.of(), null,
                        new CompositeDefinition(relationOid, attributes));
            }
            int n = in.readInt();
            List<EnumType.Label> labels = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                labels.add(new EnumType.Label(in.readInt(), in.readFloat(), in.readUTF(), false));
            }
            return new TypeDescriptor(oid, arrayOid, schema, name, owner, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
