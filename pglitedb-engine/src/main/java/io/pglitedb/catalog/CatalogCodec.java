package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.partition.PartitionBound;
import io.pglitedb.partition.PartitionKey;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Serialises catalog entries to the bytes the catalog stores (see {@link Catalog}). Format version first. */
final class CatalogCodec {
    private static final int FORMAT_VERSION = 2;
    /** Version 1 had no identity, index, check or foreign key entries (read as none). */
    private static final int FORMAT_VERSION_1 = 1;
    /** Written in place of the identity kind for a stored generated column (no identity column is generated). */
    private static final char GENERATED_STORED = 's';

    private CatalogCodec() {
    }

    static byte[] encodeTable(TableDescriptor table) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(table.oid());
            out.writeUTF(table.schema());
            out.writeUTF(table.name());
            out.writeInt(table.schemaVersion());
            out.writeShort(table.columns().size());
            for (ColumnDescriptor c : table.columns()) {
                out.writeUTF(c.name());
                out.writeShort(c.attributeNumber());
                out.writeInt(c.type().oid());
                out.writeInt(c.type().typmod());
                out.writeBoolean(c.notNull());
                writeNullable(out, c.defaultSql());
                writeNullable(out, c.sequenceName());
                out.writeChar(c.generated() ? GENERATED_STORED : c.identity()); // 's': a generated column
            }
            int[] pk = table.primaryKey();
            out.writeShort(pk.length);
            for (int index : pk) {
                out.writeShort(index);
            }
            writeNullable(out, table.primaryKeyName());
            out.writeInt(table.storageId());
            out.writeShort(table.indexes().size());
            for (IndexDescriptor index : table.indexes()) {
                out.writeInt(index.oid());
                out.writeUTF(index.name());
                out.writeShort(index.columnCount());
                for (int i = 0; i < index.columnCount(); i++) {
                    out.writeShort(index.column(i));
                    out.writeBoolean(index.isDescending(i));
                    out.writeBoolean(index.isNullsFirst(i));
                }
                out.writeBoolean(index.unique());
                out.writeBoolean(index.constraint());
            }
            out.writeShort(table.checks().size());
            for (CheckConstraint check : table.checks()) {
                out.writeUTF(check.name());
                out.writeUTF(check.expressionSql());
            }
            out.writeShort(table.foreignKeys().size());
            for (ForeignKey fk : table.foreignKeys()) {
                out.writeUTF(fk.name());
                writeInts(out, fk.columns());
                out.writeInt(fk.referencedTable());
                writeInts(out, fk.referencedColumns());
                out.writeByte(fk.onDelete().ordinal());
                out.writeByte(fk.onUpdate().ordinal());
                out.writeBoolean(fk.matchFull());
            }
            // optional trailing entries (absent in older rows): a view's definition
            ViewDefinition view = table.view();
            out.writeBoolean(view != null);
            if (view != null) {
                writeLongString(out, view.query());
                out.writeBoolean(view.materialized());
                out.writeBoolean(view.populated());
                out.writeChar(view.checkOption());
                out.writeShort(view.dependsOn().size());
                for (int oid : view.dependsOn()) {
                    out.writeInt(oid);
                }
                out.writeShort(view.references().size());
                for (ViewDefinition.Reference r : view.references()) {
                    out.writeInt(r.position());
                    out.writeInt(r.oid());
                }
            }
            // optional trailing entries (absent in older rows): COMMENT ON texts
            out.writeShort(table.comments().size());
            for (java.util.Map.Entry<String, String> comment : table.comments().entrySet()) {
                out.writeUTF(comment.getKey());
                writeLongString(out, comment.getValue());
            }
            // optional trailing entries (absent in older rows): inheritance and partitioning
            writeInheritance(out, table.inheritance());
            // optional trailing entries (absent in older rows): deferrable constraints by name
            writeDeferral(out, table);
            // optional trailing entries (absent in older rows): expression and partial indexes by name
            writeIndexExpressions(out, table);
            // optional trailing entries (absent in older rows): the domains columns were declared with
            writeColumnDomains(out, table.columns());
            // optional trailing entries (absent in older rows): storage parameters
            out.writeShort(table.options().size());
            for (String option : table.options()) {
                out.writeUTF(option);
            }
            // optional trailing entries (absent in older rows): INCLUDE columns and access methods of indexes
            writeIndexAttributes(out, table);
            // optional trailing entries (absent in older rows): indexes' storage parameters by index name
            writeIndexOptions(out, table);
            // optional trailing entries (absent in older rows): columns' COLLATE, statistics target, storage
            writeColumnSettings(out, table.columns());
            // optional trailing entries (absent in older rows): persistence, replica identity, NOT VALID constraints
            writeTableSettings(out, table.settings());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static TableDescriptor decodeTable(byte[] value) {
        return decodeTable(value, oid -> null);
    }

    /** @param userTypes the user-defined types (and their arrays) by OID, for columns of those types */
    static TableDescriptor decodeTable(byte[] value, java.util.function.IntFunction<PgType> userTypes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            int version = readVersion(in, FORMAT_VERSION_1);
            int oid = in.readInt();
            String schema = in.readUTF();
            String name = in.readUTF();
            int schemaVersion = in.readInt();
            int columnCount = in.readShort();
            List<ColumnDescriptor> columns = new ArrayList<>(columnCount);
            for (int i = 0; i < columnCount; i++) {
                String columnName = in.readUTF();
                int attnum = in.readShort();
                int typeOid = in.readInt();
                int typmod = in.readInt();
                boolean notNull = in.readBoolean();
                String defaultSql = readNullable(in);
                String sequence = readNullable(in);
                char identity = version == FORMAT_VERSION_1
                        ? (sequence == null ? ColumnDescriptor.NOT_IDENTITY : ColumnDescriptor.IDENTITY_BY_DEFAULT)
                        : in.readChar();
                PgType type = typeOid >= Catalog.FIRST_USER_OID ? userTypes.apply(typeOid) : Types.byOid(typeOid);
                if (type == null) {
                    throw new PgException(SqlState.DATA_CORRUPTED, "unknown type oid %d in catalog", typeOid);
                }
                boolean generated = identity == GENERATED_STORED;
                columns.add(new ColumnDescriptor(columnName, attnum, new DataType(type, typmod), notNull,
                        defaultSql, sequence, generated ? ColumnDescriptor.NOT_IDENTITY : identity, generated));
            }
            int[] pk = new int[in.readShort()];
            for (int i = 0; i < pk.length; i++) {
                pk[i] = in.readShort();
            }
            String pkName = readNullable(in);
            if (version == FORMAT_VERSION_1) {
                int storageId = in.available() >= 4 ? in.readInt() : oid; // written since storage ids exist
                return new TableDescriptor(oid, schema, name, columns, pk, pkName, schemaVersion, storageId);
            }
            int storageId = in.readInt();
            List<IndexDescriptor> indexes = new ArrayList<>();
            int indexCount = in.readShort();
            for (int i = 0; i < indexCount; i++) {
                int indexOid = in.readInt();
                String indexName = in.readUTF();
                int n = in.readShort();
                int[] cols = new int[n];
                boolean[] desc = new boolean[n];
                boolean[] nullsFirst = new boolean[n];
                for (int j = 0; j < n; j++) {
                    cols[j] = in.readShort();
                    desc[j] = in.readBoolean();
                    nullsFirst[j] = in.readBoolean();
                }
                boolean unique = in.readBoolean();
                boolean constraint = in.readBoolean();
                indexes.add(new IndexDescriptor(indexOid, indexName, cols, desc, nullsFirst, unique, constraint));
            }
            List<CheckConstraint> checks = new ArrayList<>();
            int checkCount = in.readShort();
            for (int i = 0; i < checkCount; i++) {
                checks.add(new CheckConstraint(in.readUTF(), in.readUTF()));
            }
            List<ForeignKey> fks = new ArrayList<>();
            int fkCount = in.readShort();
            ForeignKey.Action[] actions = ForeignKey.Action.values();
            for (int i = 0; i < fkCount; i++) {
                String fkName = in.readUTF();
                int[] cols = readInts(in);
                int refTable = in.readInt();
                int[] refCols = readInts(in);
                ForeignKey.Action onDelete = actions[in.readByte()];
                ForeignKey.Action onUpdate = actions[in.readByte()];
                fks.add(new ForeignKey(fkName, cols, refTable, refCols, onDelete, onUpdate, in.readBoolean()));
            }
            ViewDefinition view = null;
            if (in.available() > 0 && in.readBoolean()) {
                String query = readLongString(in);
                boolean materialized = in.readBoolean();
                boolean populated = in.readBoolean();
                char checkOption = in.readChar();
                List<Integer> dependsOn = new ArrayList<>();
                int n = in.readShort();
                for (int i = 0; i < n; i++) {
                    dependsOn.add(in.readInt());
                }
                List<ViewDefinition.Reference> references = new ArrayList<>();
                n = in.readShort();
                for (int i = 0; i < n; i++) {
                    references.add(new ViewDefinition.Reference(in.readInt(), in.readInt()));
                }
                view = new ViewDefinition(query, materialized, populated, checkOption, dependsOn, references);
            }
            java.util.Map<String, String> comments = new java.util.TreeMap<>();
            if (in.available() > 0) {
                int n = in.readShort();
                for (int i = 0; i < n; i++) {
                    comments.put(in.readUTF(), readLongString(in));
                }
            }
            Inheritance inheritance = in.available() > 0 ? readInheritance(in) : Inheritance.NONE;
            if (in.available() > 0) {
                readDeferral(in, indexes, fks);
            }
            if (in.available() > 0) {
                readIndexExpressions(in, indexes);
            }
            if (in.available() > 0) {
                readColumnDomains(in, columns);
            }
            List<String> options = new ArrayList<>();
            if (in.available() > 0) {
                int n = in.readShort();
                for (int i = 0; i < n; i++) {
                    options.add(in.readUTF());
                }
            }
            if (in.available() > 0) {
                readIndexAttributes(in, indexes);
            }
            if (in.available() > 0) {
                readIndexOptions(in, indexes);
            }
            if (in.available() > 0) {
                readColumnSettings(in, columns);
            }
            TableSettings settings = in.available() > 0 ? readTableSettings(in) : TableSettings.DEFAULT;
            return new TableDescriptor(oid, schema, name, columns, pk, pkName, schemaVersion, storageId, indexes, checks,
                    fks, view, comments, inheritance, options, settings);
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    /** Per deferrable constraint: its name and whether it is initially deferred. */
    private static void writeDeferral(DataOutputStream out, TableDescriptor table) throws IOException {
        List<String> names = new ArrayList<>();
        List<Boolean> deferred = new ArrayList<>();
        for (IndexDescriptor index : table.indexes()) {
            if (index.deferrable()) {
                names.add(index.name());
                deferred.add(index.initiallyDeferred());
            }
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.deferrable()) {
                names.add(fk.name());
                deferred.add(fk.initiallyDeferred());
            }
        }
        out.writeShort(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.writeUTF(names.get(i));
            out.writeBoolean(deferred.get(i));
        }
    }

    private static void readDeferral(DataInputStream in, List<IndexDescriptor> indexes, List<ForeignKey> fks)
            throws IOException {
        int n = in.readShort();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            boolean deferred = in.readBoolean();
            for (int j = 0; j < indexes.size(); j++) {
                IndexDescriptor x = indexes.get(j);
                if (x.name().equals(name)) {
                    indexes.set(j, x.withDeferral(true, deferred));
                }
            }
            for (int j = 0; j < fks.size(); j++) {
                if (fks.get(j).name().equals(name)) {
                    fks.set(j, fks.get(j).withDeferral(true, deferred));
                }
            }
        }
    }

    /** Per index with expressions or a predicate: its name, each column's expression (or none), the predicate. */
    /** Per column declared with a domain: its index and the domain's OID. */
    private static void writeIndexOptions(DataOutputStream out, TableDescriptor table) throws IOException {
        List<IndexDescriptor> with = new ArrayList<>();
        for (IndexDescriptor index : table.indexes()) {
            if (!index.options().isEmpty()) {
                with.add(index);
            }
        }
        out.writeShort(with.size());
        for (IndexDescriptor index : with) {
            out.writeUTF(index.name());
            out.writeShort(index.options().size());
            for (String option : index.options()) {
                out.writeUTF(option);
            }
        }
    }

    private static void readIndexOptions(DataInputStream in, List<IndexDescriptor> indexes) throws IOException {
        int n = in.readShort();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            int count = in.readShort();
            List<String> options = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                options.add(in.readUTF());
            }
            for (int j = 0; j < indexes.size(); j++) {
                if (indexes.get(j).name().equals(name)) {
                    indexes.set(j, indexes.get(j).withOptions(options));
                }
            }
        }
    }

    private static void writeColumnDomains(DataOutputStream out, List<ColumnDescriptor> columns) throws IOException {
        int n = 0;
        for (ColumnDescriptor c : columns) {
            n += c.domainOid() != 0 ? 1 : 0;
        }
        out.writeShort(n);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).domainOid() != 0) {
                out.writeShort(i);
                out.writeInt(columns.get(i).domainOid());
            }
        }
    }

    private static void readColumnDomains(DataInputStream in, List<ColumnDescriptor> columns) throws IOException {
        int n = in.readShort();
        for (int i = 0; i < n; i++) {
            int index = in.readShort();
            columns.set(index, columns.get(index).withDomain(in.readInt()));
        }
    }

    /** The columns whose settings are not the default: position, collation, statistics target, storage. */
    private static void writeColumnSettings(DataOutputStream out, List<ColumnDescriptor> columns) throws IOException {
        int n = 0;
        for (ColumnDescriptor c : columns) {
            n += c.settings().isDefault() ? 0 : 1;
        }
        out.writeShort(n);
        for (int i = 0; i < columns.size(); i++) {
            ColumnSettings settings = columns.get(i).settings();
            if (!settings.isDefault()) {
                out.writeShort(i);
                out.writeInt(settings.collation());
                out.writeShort(settings.statisticsTarget());
                out.writeChar(settings.storage());
            }
        }
    }

    private static void readColumnSettings(DataInputStream in, List<ColumnDescriptor> columns) throws IOException {
        int n = in.readShort();
        for (int i = 0; i < n; i++) {
            int index = in.readShort();
            ColumnSettings settings = new ColumnSettings(in.readInt(), in.readShort(), in.readChar());
            columns.set(index, columns.get(index).withSettings(settings));
        }
    }

    private static void writeTableSettings(DataOutputStream out, TableSettings settings) throws IOException {
        out.writeChar(settings.persistence());
        out.writeChar(settings.replicaIdentity());
        out.writeLong(settings.replicaIdentityIndex());
        out.writeShort(settings.notValidConstraints().size());
        for (String name : settings.notValidConstraints()) {
            out.writeUTF(name);
        }
    }

    private static TableSettings readTableSettings(DataInputStream in) throws IOException {
        char persistence = in.readChar();
        char replicaIdentity = in.readChar();
        long replicaIndex = in.readLong();
        List<String> notValid = new ArrayList<>();
        int n = in.readShort();
        for (int i = 0; i < n; i++) {
            notValid.add(in.readUTF());
        }
        return new TableSettings(persistence, replicaIdentity, replicaIndex, notValid);
    }

    private static void writeIndexExpressions(DataOutputStream out, TableDescriptor table) throws IOException {
        List<IndexDescriptor> with = new ArrayList<>();
        for (IndexDescriptor index : table.indexes()) {
            if (index.hasExpressionsOrPredicate()) {
                with.add(index);
            }
        }
        out.writeShort(with.size());
        for (IndexDescriptor index : with) {
            out.writeUTF(index.name());
            for (int i = 0; i < index.columnCount(); i++) {
                writeNullableLong(out, index.expression(i));
            }
            writeNullableLong(out, index.predicate());
        }
    }

    private static void readIndexExpressions(DataInputStream in, List<IndexDescriptor> indexes) throws IOException {
        int n = in.readShort();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            for (int j = 0; j < indexes.size(); j++) {
                IndexDescriptor x = indexes.get(j);
                if (x.name().equals(name)) {
                    String[] expressions = new String[x.columnCount()];
                    boolean any = false;
                    for (int k = 0; k < expressions.length; k++) {
                        expressions[k] = readNullableLong(in);
                        any |= expressions[k] != null;
                    }
                    indexes.set(j, x.withExpressions(any ? expressions : null, readNullableLong(in)));
                    break;
                }
            }
        }
    }

    /** Per index with INCLUDE columns, a non-btree access method or NULLS NOT DISTINCT: its name and those. */
    private static void writeIndexAttributes(DataOutputStream out, TableDescriptor table) throws IOException {
        List<IndexDescriptor> with = new ArrayList<>();
        for (IndexDescriptor index : table.indexes()) {
            if (index.hasIncludedOrMethod()) {
                with.add(index);
            }
        }
        out.writeShort(with.size());
        for (IndexDescriptor index : with) {
            out.writeUTF(index.name());
            out.writeUTF(index.method());
            writeInts(out, index.included());
            out.writeBoolean(index.nullsNotDistinct());
        }
    }

    private static void readIndexAttributes(DataInputStream in, List<IndexDescriptor> indexes) throws IOException {
        int n = in.readShort();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            String method = in.readUTF();
            int[] included = readInts(in);
            boolean nullsNotDistinct = in.readBoolean();
            for (int j = 0; j < indexes.size(); j++) {
                if (indexes.get(j).name().equals(name)) {
                    indexes.set(j, indexes.get(j).withIncludedAndMethod(included, method)
                            .withNullsNotDistinct(nullsNotDistinct));
                    break;
                }
            }
        }
    }

    private static void writeNullableLong(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeLongString(out, s);
        }
    }

    private static String readNullableLong(DataInputStream in) throws IOException {
        return in.readBoolean() ? readLongString(in) : null;
    }

    private static void writeInheritance(DataOutputStream out, Inheritance inheritance) throws IOException {
        out.writeShort(inheritance.parents().size());
        for (int parent : inheritance.parents()) {
            out.writeInt(parent);
        }
        PartitionKey key = inheritance.partitionKey();
        out.writeBoolean(key != null);
        if (key != null) {
            out.writeChar(key.strategy());
            out.writeShort(key.size());
            for (int i = 0; i < key.size(); i++) {
                out.writeShort(key.column(i));
                writeNullable(out, key.expressions().get(i));
            }
        }
        PartitionBound bound = inheritance.bound();
        out.writeBoolean(bound != null);
        if (bound != null) {
            out.writeChar(bound.strategy());
            out.writeShort(bound.listValues().size());
            for (String v : bound.listValues()) {
                writeNullable(out, v);
            }
            writeDatums(out, bound.lower());
            writeDatums(out, bound.upper());
            out.writeInt(bound.modulus());
            out.writeInt(bound.remainder());
        }
    }

    private static void writeDatums(DataOutputStream out, List<PartitionBound.Datum> datums) throws IOException {
        out.writeShort(datums.size());
        for (PartitionBound.Datum d : datums) {
            out.writeByte(d.kind().ordinal());
            writeNullable(out, d.value());
        }
    }

    private static Inheritance readInheritance(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<Integer> parents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parents.add(in.readInt());
        }
        PartitionKey key = null;
        if (in.readBoolean()) {
            char strategy = in.readChar();
            int parts = in.readShort();
            int[] columns = new int[parts];
            List<String> expressions = new ArrayList<>(parts);
            for (int i = 0; i < parts; i++) {
                columns[i] = in.readShort();
                expressions.add(readNullable(in));
            }
            key = new PartitionKey(strategy, columns, expressions);
        }
        PartitionBound bound = null;
        if (in.readBoolean()) {
            char strategy = in.readChar();
            int count = in.readShort();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(readNullable(in));
            }
            List<PartitionBound.Datum> lower = readDatums(in);
            List<PartitionBound.Datum> upper = readDatums(in);
            bound = new PartitionBound(strategy, values, lower, upper, in.readInt(), in.readInt());
        }
        return new Inheritance(parents, key, bound);
    }

    private static List<PartitionBound.Datum> readDatums(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<PartitionBound.Datum> datums = new ArrayList<>(n);
        PartitionBound.Datum.Kind[] kinds = PartitionBound.Datum.Kind.values();
        for (int i = 0; i < n; i++) {
            datums.add(new PartitionBound.Datum(kinds[in.readByte()], readNullable(in)));
        }
        return datums;
    }

    static byte[] encodeRole(RoleDescriptor role) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(role.oid());
            out.writeUTF(role.name());
            int flags = (role.superuser() ? 1 : 0) | (role.inherit() ? 2 : 0) | (role.createRole() ? 4 : 0)
                    | (role.createDb() ? 8 : 0) | (role.canLogin() ? 16 : 0) | (role.replication() ? 32 : 0)
                    | (role.bypassRls() ? 64 : 0);
            out.writeInt(flags);
            out.writeInt(role.connectionLimit());
            writeNullable(out, role.password());
            out.writeBoolean(role.validUntil() != null);
            if (role.validUntil() != null) {
                out.writeLong(role.validUntil().getEpochSecond());
                out.writeInt(role.validUntil().getNano());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static byte[] encodeSequence(SequenceDescriptor s) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(s.oid());
            out.writeUTF(s.schema());
            out.writeUTF(s.name());
            out.writeInt(s.type().oid());
            out.writeLong(s.start());
            out.writeLong(s.increment());
            out.writeLong(s.minValue());
            out.writeLong(s.maxValue());
            out.writeLong(s.cache());
            out.writeBoolean(s.cycle());
            out.writeInt(s.ownedByTable());
            writeNullable(out, s.ownedByColumn());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static SequenceDescriptor decodeSequence(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            readVersion(in, FORMAT_VERSION);
            int oid = in.readInt();
            String schema = in.readUTF();
            String name = in.readUTF();
            PgType type = Types.byOid(in.readInt());
            return new SequenceDescriptor(oid, schema, name, DataType.of(type), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readLong(), in.readBoolean(), in.readInt(), readNullable(in));
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static RoleDescriptor decodeRole(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            readVersion(in, FORMAT_VERSION_1);
            int oid = in.readInt();
            String name = in.readUTF();
            int flags = in.readInt();
            int connectionLimit = in.readInt();
            String password = readNullable(in);
            java.time.Instant validUntil = in.readBoolean() ? java.time.Instant.ofEpochSecond(in.readLong(), in.readInt())
                    : null;
            return new RoleDescriptor(oid, name, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0,
                    (flags & 16) != 0, (flags & 32) != 0, (flags & 64) != 0, connectionLimit, password, validUntil);
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static byte[] encodeDatabase(DatabaseDescriptor database) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(database.oid());
            out.writeUTF(database.name());
            out.writeInt(database.ownerOid());
            out.writeBoolean(database.isTemplate());
            out.writeBoolean(database.allowConnections());
            out.writeInt(database.connectionLimit());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static DatabaseDescriptor decodeDatabase(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            readVersion(in, FORMAT_VERSION);
            return new DatabaseDescriptor(in.readInt(), in.readUTF(), in.readInt(), in.readBoolean(), in.readBoolean(),
                    in.readInt());
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static byte[] encodeSchema(SchemaDescriptor schema) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(schema.oid());
            out.writeUTF(schema.name());
            out.writeInt(schema.ownerOid());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static SchemaDescriptor decodeSchema(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            readVersion(in, FORMAT_VERSION);
            return new SchemaDescriptor(in.readInt(), in.readUTF(), in.readInt());
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeShort(values.length);
        for (int v : values) {
            out.writeShort(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readShort()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readShort();
        }
        return values;
    }

    /** Reads an entry's format version: {@code oldest} up to the current one are understood. */
    private static int readVersion(DataInputStream in, int oldest) throws IOException {
        int version = in.readByte();
        if (version < oldest || version > FORMAT_VERSION) {
            throw new PgException(SqlState.DATA_CORRUPTED, "unsupported catalog format version %d", version);
        }
        return version;
    }

    /** A string of any length (writeUTF stops at 64 KB; a view's query may be longer). */
    private static void writeLongString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLongString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
