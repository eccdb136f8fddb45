package io.pglitedb.catalog.system;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.DerivedOids;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.Privileges;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RoleMembership;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import io.pglitedb.types.VectorType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The rows of the pg_catalog relations, computed from a {@link SystemContext}. OIDs are the
 * catalog's; objects the catalog keeps without an OID of their own (a primary key's index, every
 * constraint, column defaults) get one derived from their table's OID and their name, stable as
 * long as both are ({@link #derivedOid}).
 */
final class CatalogRows {
    private CatalogRows() {
    }

    static final long HEAP_AM = 2;
    static final long BTREE_AM = 403;
    static final long HASH_AM = 405;
    static final long DEFAULT_COLLATION = 100;

    static Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> sources() {
        Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> m = new HashMap<>();
        m.put("pg_namespace", CatalogRows::namespaces);
        m.put("pg_init_privs", CatalogRows::initialPrivileges);
        m.put("pg_class", CatalogRows::classes);
        m.put("pg_attribute", CatalogRows::attributes);
        m.put("pg_type", CatalogRows::types);
        m.put("pg_index", CatalogRows::indexes);
        m.put("pg_constraint", CatalogRows::constraints);
        m.put("pg_attrdef", CatalogRows::defaults);
        m.put("pg_description", CatalogRows::descriptions);
        m.put("pg_authid", (c, r) -> roles(c, r, "authid"));
        m.put("pg_roles", (c, r) -> roles(c, r, "roles"));
        m.put("pg_user", (c, r) -> roles(c, r, "user"));
        m.put("pg_auth_members", CatalogRows::memberships);
        m.put("pg_db_role_setting", CatalogRows::roleSettings);
        m.put("pg_database", CatalogRows::databases);
        m.put("pg_am", CatalogRows::accessMethods);
        m.put("pg_tablespace", CatalogRows::tablespaces);
        m.put("pg_settings", CatalogRows::settings);
        m.put("pg_prepared_statements", CatalogRows::preparedStatements);
        m.put("pg_sequence", CatalogRows::sequence);
        m.put("pg_sequences", CatalogRows::sequences);
        m.put("pg_tables", CatalogRows::tables);
        m.put("pg_views", CatalogRows::views);
        m.put("pg_matviews", CatalogRows::materializedViews);
        m.put("pg_indexes", CatalogRows::indexDefinitions);
        m.put("pg_proc", CatalogRows::functions);
        m.put("pg_timezone_names", TimeZoneRows::names);
        m.put("pg_timezone_abbrevs", TimeZoneRows::abbreviations);
        m.put("pg_collation", CatalogRows::collations);
        m.put("pg_depend", CatalogRows::dependencies);
        m.put("pg_policy", PolicyRows::policy);
        m.put("pg_policies", PolicyRows::policies);
        m.put("pg_default_acl", PolicyRows::defaultAcls);
        m.put("pg_language", CatalogRows::languages);
        m.put("pg_extension", CatalogRows::extensions);
        m.put("pg_trigger", TriggerRows::triggers);
        StatisticsRows.register(m);
        AnalyzeRows.register(m);
        InheritanceRows.register(m);
        ActivityRows.register(m);
        TypeRows.register(m);
        AggregateRows.register(m);
        RewriteRows.register(m);
        return m;
    }

    /** A stable OID for an object the catalog stores without one, above every allocated OID. */
    static long derivedOid(int tableOid, String kind, String name) {
        return io.pglitedb.catalog.DerivedOids.of(tableOid, kind, name);
    }

    /** The OID pg_class gives a table's primary-key index. */
    static long primaryKeyIndexOid(TableDescriptor table) {
        return io.pglitedb.catalog.DerivedOids.primaryKeyIndex(table);
    }

    static long schemaOid(CatalogView view, String schema) {
        SchemaDescriptor s = view.schema(schema);
        return s == null ? 0 : s.oid();
    }

    /** User tables and sequences in a stable order. */
    static List<TableDescriptor> userTables(CatalogView view) {
        List<TableDescriptor> tables = new ArrayList<>(view.tables());
        tables.sort(Comparator.comparingInt(TableDescriptor::oid));
        return tables;
    }

    static List<SequenceDescriptor> userSequences(CatalogView view) {
        List<SequenceDescriptor> sequences = new ArrayList<>(view.sequences());
        sequences.sort(Comparator.comparingInt(SequenceDescriptor::oid));
        return sequences;
    }

    private static void namespaces(SystemContext c, SystemRelation.Rows rows) {
        for (SchemaDescriptor s : c.view().schemas()) {
            rows.add().oid("oid", s.oid()).set("nspname", s.name()).oid("nspowner", s.ownerOid())
                    .set("nspacl", schemaAcl(c, s));
        }
    }

    static void classRow(SystemRelation.Rows rows, long oid, String name, long namespace, char kind, long am,
            long fileNode, int attributes) {
        rows.add().oid("oid", oid).set("relname", name).oid("relnamespace", namespace).oid("reltype", 0)
                .oid("reloftype", 0).oid("relowner", RoleDescriptor.BOOTSTRAP_SUPERUSER_OID).oid("relam", am)
                .oid("relfilenode", fileNode).oid("reltablespace", 0).set("relpages", 0)
                .set("reltuples", kind == 'S' ? 1.0f : -1.0f).set("relallvisible", 0).oid("reltoastrelid", 0)
                .set("relhasindex", false).set("relisshared", false).chr("relpersistence", 'p')
                .chr("relkind", kind).set("relnatts", (short) attributes).set("relchecks", (short) 0)
                .set("relhasrules", false).set("relhastriggers", false).set("relhassubclass", false)
                .set("relrowsecurity", false).set("relforcerowsecurity", false).set("relispopulated", true)
                .chr("relreplident", kind == 'r' ? 'd' : 'n').set("relispartition", false).oid("relrewrite", 0);
    }

    private static void classes(SystemContext c, SystemRelation.Rows rows) {
        CatalogView view = c.view();
        for (SystemRelation r : SystemRelations.all()) {
            classRow(rows, r.oid(), r.name(), SchemaDescriptor.PG_CATALOG_OID, r.kind(), r.kind() == 'r' ? HEAP_AM : 0,
                    r.kind() == 'r' ? r.oid() : 0, r.columns().size());
            rows.set("relhasindex", SystemIndexes.hasIndexes(r.oid()));
        }
        SystemIndexes.classRows(rows);
        List<TableDescriptor> tables = userTables(view);
        java.util.Set<Integer> referenced = referencedTables(tables);
        for (TableDescriptor t : tables) {
            long ns = schemaOid(view, t.schema());
            ObjectAcl acl = view.security().aclOrDefault(t.oid(), ObjectAcl.TABLE);
            long owner = acl.owner();
            if (t.isView()) {
                classRow(rows, t.oid(), t.name(), ns, 'v', 0, 0, t.columns().size());
                rows.oid("relowner", owner).oid("reltype", DerivedOids.rowType(t.oid())).set("relhasrules", true) // a view's query is its _RETURN rule
                        .set("relacl", aclArray(c, acl.acl())).set("reloptions", viewOptions(t));
                continue;
            }
            classRow(rows, t.oid(), t.name(), ns, t.relkind(), t.isPartitioned() ? 0 : HEAP_AM,
                    t.isPartitioned() ? 0 : t.storageId(), t.columns().size());
            char persistence = io.pglitedb.catalog.SearchPath.isTempSchema(t.schema()) ? 't'
                    : t.settings().persistence();
            rows.chr("relpersistence", persistence).chr("relreplident", t.settings().replicaIdentity());
            rows.oid("relowner", owner).oid("reltype", DerivedOids.rowType(t.oid()))
                    .set("relacl", aclArray(c, acl.acl()))
                    .set("reloptions", t.options().isEmpty() ? null : ArrayValue.of(t.options().toArray()))
                    .set("relrowsecurity", acl.rowSecurity().enabled())
                    .set("relforcerowsecurity", acl.rowSecurity().forced())
                    .set("relhasindex", t.hasPrimaryKey() || !t.indexes().isEmpty())
                    .set("relchecks", (short) t.checks().size())
                    .set("relhastriggers", !t.foreignKeys().isEmpty() || referenced.contains(t.oid())
                            || !c.view().catalog().triggers().forTable(t.oid()).isEmpty());
            InheritanceRows.classColumns(view, t, rows);
            io.pglitedb.catalog.TableStatistics analysed = view.catalog().statistics().of(t.oid());
            if (analysed != null) {
                rows.set("reltuples", (float) analysed.rows());
            }
            if (t.isMaterializedView()) {
                rows.set("relhasrules", true).chr("relreplident", 'd').set("relispopulated", t.view().populated());
            }
            // a partitioned table's indexes are partitioned ('I'); a partition's are partitions of them
            char indexKind = t.isPartitioned() ? 'I' : 'i';
            TableDescriptor parent = t.isPartition() ? view.tableByOid(t.parents().get(0)) : null;
            boolean stored = indexKind == 'i'; // a partitioned index has no storage (relfilenode 0)
            if (t.hasPrimaryKey()) {
                classRow(rows, primaryKeyIndexOid(t), t.primaryKeyName(), ns, indexKind, BTREE_AM,
                        stored ? primaryKeyIndexOid(t) : 0, t.primaryKey().length);
                rows.oid("relowner", owner).set("relispartition", parent != null && parent.hasPrimaryKey())
                        .chr("relpersistence", persistence);
            }
            for (IndexDescriptor index : t.indexes()) {
                classRow(rows, index.oid(), index.name(), ns, indexKind,
                        index.method().equals(IndexDescriptor.HASH) ? HASH_AM : BTREE_AM, stored ? index.oid() : 0,
                        index.attributeCount());
                rows.oid("relowner", owner).chr("relpersistence", persistence).set("relispartition",
                        parent != null && io.pglitedb.catalog.PartitionIndexes.parentOf(parent, t, index) != null)
                        .set("reloptions", index.options().isEmpty() ? null : ArrayValue.of(index.options().toArray()));
            }
        }
        for (io.pglitedb.catalog.TypeDescriptor t : view.types()) {
            if (t.isComposite()) { // a composite type's pg_class row (relkind 'c', reltype the type)
                classRow(rows, t.composite().relationOid(), t.name(), schemaOid(view, t.schema()), 'c', 0, 0,
                        t.composite().attributes().size());
                rows.oid("reltype", t.oid()).oid("relowner", t.owner());
            }
        }
        for (SequenceDescriptor s : userSequences(view)) {
            classRow(rows, s.oid(), s.name(), schemaOid(view, s.schema()), 'S', 0, s.oid(), 3);
            ObjectAcl acl = view.security().aclOrDefault(s.oid(), ObjectAcl.SEQUENCE);
            rows.oid("relowner", acl.owner()).set("relacl", aclArray(c, acl.acl()));
            // a serial or identity column's sequence is as logged as its table (SET LOGGED changes both)
            TableDescriptor owner = s.ownedByTable() == 0 ? null : view.tableByOid(s.ownedByTable());
            if (owner != null && !io.pglitedb.catalog.SearchPath.isTempSchema(owner.schema())) {
                rows.chr("relpersistence", owner.settings().persistence());
            }
        }
    }

    /** A view's reloptions: its CHECK OPTION, as PostgreSQL keeps it. */
    private static ArrayValue viewOptions(TableDescriptor view) {
        return switch (view.view().checkOption()) {
            case io.pglitedb.catalog.ViewDefinition.LOCAL_CHECK -> ArrayValue.of("check_option=local");
            case io.pglitedb.catalog.ViewDefinition.CASCADED_CHECK -> ArrayValue.of("check_option=cascaded");
            default -> null;
        };
    }

    static void attributeRow(SystemRelation.Rows rows, long relation, String name, DataType type, int number,
            boolean notNull) {
        BuiltinTypes.Row t = BuiltinTypes.byOid(type.oid());
        PgType pg = type.type();
        rows.add().oid("attrelid", relation).set("attname", name).oid("atttypid", type.oid())
                .set("attstattarget", -1).set("attlen", pg.length()).set("attnum", (short) number)
                .set("attndims", 0).set("attcacheoff", -1).set("atttypmod", type.typmod())
                .set("attbyval", t != null && t.byValue()).chr("attalign", t == null ? 'i' : t.align())
                .chr("attstorage", CatalogFunctions.typeStorage(pg)).set("attcompression", "")
                .set("attnotnull", notNull).set("atthasdef", false).set("atthasmissing", false)
                .set("attidentity", "").set("attgenerated", "").set("attisdropped", false).set("attislocal", true)
                .set("attinhcount", 0).oid("attcollation", t == null ? 0 : t.collation());
    }

    /**
     * The system columns every heap relation (table, materialized view, sequence, catalog) lists
     * with negative attnums: tableoid -6, cmax -5, xmax -4, cmin -3, xmin -2, ctid -1. Of these
     * the engine reads only tableoid; the rows say what PostgreSQL's say, for the tools that list
     * or skip them.
     */
    private static void systemColumnRows(SystemRelation.Rows rows, long relation) {
        systemColumnRows(rows, relation, attnum -> null);
    }

    /** @param acl a system column's attacl (GRANT SELECT (tableoid) ...) by its attnum */
    private static void systemColumnRows(SystemRelation.Rows rows, long relation,
            java.util.function.IntFunction<ArrayValue> acl) {
        systemColumnRow(rows, relation, "tableoid", Types.OID.oid(), -6);
        rows.set("attacl", acl.apply(-6));
        systemColumnRow(rows, relation, "cmax", CID_OID, -5);
        rows.set("attacl", acl.apply(-5));
        systemColumnRow(rows, relation, "xmax", Types.XID.oid(), -4);
        rows.set("attacl", acl.apply(-4));
        systemColumnRow(rows, relation, "cmin", CID_OID, -3);
        rows.set("attacl", acl.apply(-3));
        systemColumnRow(rows, relation, "xmin", Types.XID.oid(), -2);
        rows.set("attacl", acl.apply(-2));
        systemColumnRow(rows, relation, "ctid", TID_OID, -1);
        rows.set("attacl", acl.apply(-1));
        rows.set("attlen", (short) 6).set("attbyval", false).chr("attalign", 's');
    }

    private static final long TID_OID = 27;
    private static final long CID_OID = 29;

    /** A system column's row: NOT NULL, no statistics target, laid out like a 4-byte oid unless changed. */
    private static void systemColumnRow(SystemRelation.Rows rows, long relation, String name, long typeOid,
            int number) {
        attributeRow(rows, relation, name, DataType.of(Types.OID), number, true);
        rows.oid("atttypid", typeOid).set("attstattarget", 0);
    }

    private static void attributes(SystemContext c, SystemRelation.Rows rows) {
        for (SystemRelation r : SystemRelations.all()) {
            if (r.kind() == 'r') {
                systemColumnRows(rows, r.oid());
            }
            for (ColumnDescriptor col : r.columns()) {
                attributeRow(rows, r.oid(), col.name(), col.type(), col.attributeNumber(), col.notNull());
            }
        }
        SystemIndexes.attributeRows(rows);
        for (io.pglitedb.catalog.TypeDescriptor t : c.view().types()) {
            if (t.isComposite()) {
                io.pglitedb.types.CompositeType type = c.view().catalog().types().compositeType(t);
                for (int i = 0; i < type.fieldNames().size(); i++) {
                    attributeRow(rows, t.composite().relationOid(), type.fieldNames().get(i),
                            type.fieldTypes().get(i), i + 1, false);
                    int declared = t.composite().attributes().get(i).typeOid();
                    io.pglitedb.catalog.TypeDescriptor domain = c.view().type(declared);
                    if (domain != null && domain.isDomain()) { // values are the base type's; atttypid the domain
                        rows.oid("atttypid", declared).set("atttypmod", -1);
                    }
                }
            }
        }
        for (TableDescriptor t : userTables(c.view())) {
            ObjectAcl acl = c.view().security().acl(t.oid());
            if (t.relkind() != TableDescriptor.VIEW) {
                systemColumnRows(rows, t.oid(), attnum -> acl == null ? null : aclArray(c, acl.columns().get(attnum)));
            }
            for (ColumnDescriptor col : t.columns()) {
                attributeRow(rows, t.oid(), col.name(), col.type(), col.attributeNumber(), col.notNull());
                if (col.domainOid() != 0) {
                    rows.oid("atttypid", col.domainOid()).set("atttypmod", -1);
                }
                rows.oid("attcollation", col.collation());
                if (col.settings().storage() != '\0') {
                    rows.chr("attstorage", col.settings().storage());
                }
                rows.set("attstattarget", col.settings().statisticsTarget())
                        .set("atthasdef", col.defaultSql() != null)
                        .set("attidentity", col.isIdentity() ? String.valueOf(col.identity()) : "")
                        .set("attgenerated", col.attgenerated())
                        .set("attinhcount", InheritanceRows.inheritCount(c.view(), t, col.name()))
                        .set("attislocal", InheritanceRows.inheritCount(c.view(), t, col.name()) == 0)
                        .set("attacl", acl == null ? null : aclArray(c, acl.columns().get(col.attributeNumber())));
            }
            if (t.hasPrimaryKey()) {
                int[] pk = t.primaryKey();
                for (int i = 0; i < pk.length; i++) {
                    ColumnDescriptor col = t.columns().get(pk[i]);
                    attributeRow(rows, primaryKeyIndexOid(t), col.name(), col.type(), i + 1, false);
                    rows.oid("attcollation", col.collation());
                }
            }
            for (IndexDescriptor index : t.indexes()) {
                String[] names = CatalogFunctions.indexColumnNames(t, index);
                for (int i = 0; i < index.attributeCount(); i++) {
                    DataType type = i >= index.columnCount()
                            ? t.columns().get(index.included()[i - index.columnCount()]).type()
                            : index.method().equals(IndexDescriptor.HASH) ? DataType.of(Types.INT4) // the hash code
                            : index.expression(i) == null ? t.columns().get(index.column(i)).type()
                            : CatalogFunctions.indexExpressionType(c, t, index.expression(i));
                    attributeRow(rows, index.oid(), names[i], type, i + 1, false);
                    if (i < index.columnCount() && index.expression(i) == null
                            && !index.method().equals(IndexDescriptor.HASH)) {
                        rows.oid("attcollation", t.columns().get(index.column(i)).collation());
                    }
                }
            }
        }
        for (SequenceDescriptor s : userSequences(c.view())) {
            systemColumnRows(rows, s.oid());
            attributeRow(rows, s.oid(), "last_value", DataType.of(Types.INT8), 1, true);
            attributeRow(rows, s.oid(), "log_cnt", DataType.of(Types.INT8), 2, true);
            attributeRow(rows, s.oid(), "is_called", DataType.of(Types.BOOL), 3, true);
        }
    }

    private static void types(SystemContext c, SystemRelation.Rows rows) {
        for (BuiltinTypes.Row t : BuiltinTypes.visible()) {
            rows.add().oid("oid", t.oid()).set("typname", t.name()).oid("typnamespace", SchemaDescriptor.PG_CATALOG_OID)
                    .oid("typowner", RoleDescriptor.BOOTSTRAP_SUPERUSER_OID).set("typlen", t.length())
                    .set("typbyval", t.byValue()).chr("typtype", t.kind()).chr("typcategory", t.category())
                    .set("typispreferred", t.preferred()).set("typisdefined", true).chr("typdelim", t.delimiter())
                    .oid("typrelid", 0).oid("typsubscript", t.subscript()).oid("typelem", t.element())
                    .oid("typarray", t.array()).oid("typinput", t.input()).oid("typoutput", t.output())
                    .oid("typreceive", t.receive()).oid("typsend", t.send()).oid("typmodin", t.modIn())
                    .oid("typmodout", t.modOut()).oid("typanalyze", t.kind() == 'r' ? TypeRows.RANGE_TYPANALYZE
                            : t.kind() == 'm' ? TypeRows.MULTIRANGE_TYPANALYZE
                            : TypeRows.analyzeFunction(t.name(), t.subscript()))
                    .chr("typalign", t.align())
                    .chr("typstorage", t.storage()).set("typnotnull", false).oid("typbasetype", 0)
                    .set("typtypmod", -1).set("typndims", 0).oid("typcollation", t.collation());
        }
        TypeRows.types(c, rows);
        TypeRows.tableRowTypes(c, rows);
    }

    /**
     * @param columns the key columns, then the INCLUDE columns
     * @param options per key column: 1 = DESC, 2 = NULLS FIRST (pg_index.indoption's bits)
     */
    static void indexRow(SystemRelation.Rows rows, long index, long table, int[] columns, short[] options,
            boolean unique, boolean primary) {
        int keyCount = options.length;
        Object[] keys = new Object[columns.length];
        Object[] classes = new Object[keyCount];
        Object[] optionValues = new Object[keyCount];
        for (int i = 0; i < columns.length; i++) {
            keys[i] = (short) (columns[i] + 1);
        }
        for (int i = 0; i < keyCount; i++) {
            classes[i] = 0L;
            optionValues[i] = options[i];
        }
        rows.add().set("indkey", VectorType.of(keys)).set("indclass", VectorType.of(classes))
                .set("indcollation", VectorType.of(classes)).set("indoption", VectorType.of(optionValues));
        rows.oid("indexrelid", index).oid("indrelid", table).set("indnatts", (short) columns.length)
                .set("indnkeyatts", (short) keyCount).set("indisunique", unique).set("indnullsnotdistinct", false)
                .set("indisprimary", primary).set("indisexclusion", false).set("indimmediate", true)
                .set("indisclustered", false).set("indisvalid", true).set("indcheckxmin", false)
                .set("indisready", true).set("indislive", true).set("indisreplident", false);
    }

    /**
     * pg_index.indcollation: per key column, the column's collation, an expression's its type's
     * (0 for a type without one).
     */
    private static ArrayValue keyCollations(SystemContext c, TableDescriptor t, int[] columns, IndexDescriptor index) {
        Object[] collations = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String expression = index == null ? null : index.expression(i);
            collations[i] = expression != null
                    ? (long) io.pglitedb.catalog.Collations.ofType(CatalogFunctions.indexExpressionType(c, t, expression).type())
                    : (long) t.columns().get(columns[i]).collation();
        }
        return VectorType.of(collations);
    }

    /** pg_index.indisreplident: the table's REPLICA IDENTITY is USING INDEX this one. */
    private static boolean replicaIdentityIndex(TableDescriptor t, long indexOid) {
        return t.settings().replicaIdentity() == io.pglitedb.catalog.TableSettings.REPLICA_INDEX
                && t.settings().replicaIdentityIndex() == indexOid;
    }

    private static void indexes(SystemContext c, SystemRelation.Rows rows) {
        SystemIndexes.indexRows(rows);
        for (TableDescriptor t : userTables(c.view())) {
            if (t.hasPrimaryKey()) {
                indexRow(rows, primaryKeyIndexOid(t), t.oid(), t.primaryKey(), new short[t.primaryKey().length], true,
                        true);
                rows.set("indisreplident", replicaIdentityIndex(t, primaryKeyIndexOid(t)))
                        .set("indcollation", keyCollations(c, t, t.primaryKey(), null));
            }
            for (IndexDescriptor index : t.indexes()) {
                short[] options = new short[index.columnCount()];
                for (int i = 0; i < options.length; i++) {
                    options[i] = (short) ((index.isDescending(i) ? 1 : 0) | (index.isNullsFirst(i) ? 2 : 0));
                }
                int[] attributes = java.util.Arrays.copyOf(index.columns(), index.attributeCount());
                System.arraycopy(index.included(), 0, attributes, index.columnCount(), index.included().length);
                indexRow(rows, index.oid(), t.oid(), attributes, options, index.unique(), false);
                rows.set("indimmediate", !index.deferrable()).set("indnullsnotdistinct", index.nullsNotDistinct())
                        .set("indisreplident", replicaIdentityIndex(t, index.oid()));
                if (!index.method().equals(IndexDescriptor.HASH)) {
                    rows.set("indcollation", keyCollations(c, t, java.util.Arrays.copyOf(index.columns(),
                            index.columnCount()), index));
                }
                if (index.expressions() != null) {
                    java.util.List<String> expressions = new java.util.ArrayList<>();
                    for (int i = 0; i < index.columnCount(); i++) {
                        if (index.expression(i) != null) {
                            expressions.add(index.expression(i));
                        }
                    }
                    rows.set("indexprs", String.join(", ", expressions));
                }
                rows.set("indpred", index.predicate());
            }
        }
    }

    private static void constraintRow(SystemRelation.Rows rows, TableDescriptor t, long namespace, String name,
            char type, long index) {
        constraintRow(rows, derivedOid(t.oid(), "constraint", name), t.oid(), namespace, name, type, index);
    }

    static void constraintRow(SystemRelation.Rows rows, long oid, long relation, long namespace, String name,
            char type, long index) {
        rows.add().oid("oid", oid).set("conname", name)
                .oid("connamespace", namespace).chr("contype", type).set("condeferrable", false)
                .set("condeferred", false).set("convalidated", true).oid("conrelid", relation).oid("contypid", 0)
                .oid("conindid", index).oid("conparentid", 0).oid("confrelid", 0).chr("confupdtype", ' ')
                .chr("confdeltype", ' ').chr("confmatchtype", ' ').set("conislocal", true).set("coninhcount", 0)
                .set("connoinherit", false);
    }

    private static void constraints(SystemContext c, SystemRelation.Rows rows) {
        CatalogView view = c.view();
        TypeRows.domainConstraints(c, rows);
        SystemIndexes.constraintRows(rows);
        for (TableDescriptor t : userTables(view)) {
            long ns = schemaOid(view, t.schema());
            if (t.hasPrimaryKey()) {
                constraintRow(rows, t, ns, t.primaryKeyName(), 'p', primaryKeyIndexOid(t));
                rows.set("conkey", attributeNumbers(t.primaryKey()));
            }
            for (IndexDescriptor index : t.indexes()) {
                if (index.constraint()) {
                    constraintRow(rows, t, ns, index.name(), 'u', index.oid());
                    rows.set("conkey", attributeNumbers(index.columns())).set("condeferrable", index.deferrable())
                            .set("condeferred", index.initiallyDeferred());
                }
            }
            for (CheckConstraint check : t.checks()) {
                constraintRow(rows, t, ns, check.name(), 'c', 0);
                int inherited = InheritanceRows.checkInheritCount(view, t, check.name());
                rows.set("conbin", check.expressionSql()).set("conkey", checkColumns(t, check.expressionSql()))
                        .set("coninhcount", inherited).set("conislocal", inherited == 0)
                        .set("convalidated", !t.settings().notValid(check.name()));
            }
            for (ForeignKey fk : t.foreignKeys()) {
                TableDescriptor target = view.tableByOid(fk.referencedTable());
                constraintRow(rows, t, ns, fk.name(), 'f', target == null ? 0 : referencedIndex(target, fk));
                rows.oid("confrelid", fk.referencedTable()).chr("confupdtype", Definitions.actionCode(fk.onUpdate()))
                        .chr("confdeltype", Definitions.actionCode(fk.onDelete()))
                        .chr("confmatchtype", fk.matchFull() ? 'f' : 's').set("conkey", attributeNumbers(fk.columns()))
                        .set("confkey", attributeNumbers(fk.referencedColumns())).set("condeferrable", fk.deferrable())
                        .set("condeferred", fk.initiallyDeferred()).set("convalidated", !t.settings().notValid(fk.name()));
            }
        }
    }

    /** relacl, attacl ...: the aclitems as PostgreSQL prints them, or null (the default privileges). */
    static ArrayValue aclArray(SystemContext c, List<AclItem> items) {
        if (items == null) {
            return null;
        }
        Object[] texts = new Object[items.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = Privileges.format(items.get(i), oid -> CatalogFunctions.userName(c, oid));
        }
        return ArrayValue.of(texts);
    }

    /** A CHECK constraint's conkey: the columns its expression names, in order of appearance. */
    private static ArrayValue checkColumns(TableDescriptor t, String expressionSql) {
        java.util.LinkedHashSet<Integer> columns = new java.util.LinkedHashSet<>();
        for (String name : io.pglitedb.sql.parser.Parser.identifiers(expressionSql)) {
            int index = t.columnIndex(name);
            if (index >= 0) {
                columns.add(index);
            }
        }
        return attributeNumbers(columns.stream().mapToInt(Integer::intValue).toArray());
    }

    /** pg_constraint.conkey: 0-based column indexes as an int2[] of attribute numbers. */
    private static ArrayValue attributeNumbers(int[] columns) {
        Object[] numbers = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            numbers[i] = (short) (columns[i] + 1);
        }
        return ArrayValue.of(numbers);
    }

    /** The unique index of the referenced table a foreign key uses (its primary key's or a unique one). */
    private static long referencedIndex(TableDescriptor target, ForeignKey fk) {
        if (java.util.Arrays.equals(target.primaryKey(), fk.referencedColumns())) {
            return primaryKeyIndexOid(target);
        }
        for (IndexDescriptor index : target.indexes()) {
            if (index.immediateUnique() && java.util.Arrays.equals(index.columns(), fk.referencedColumns())) {
                return index.oid();
            }
        }
        return target.hasPrimaryKey() ? primaryKeyIndexOid(target) : 0;
    }

    /** COMMENT ON texts ({@link TableDescriptor#comments()}) and the comment initdb gives schema public. */
    /** initdb's comments on built-in objects (the public schema's included), then COMMENT ON's. */
    private static void descriptions(SystemContext c, SystemRelation.Rows rows) {
        BuiltinDescriptions.rows(c, rows);
        for (TableDescriptor t : userTables(c.view())) {
            for (java.util.Map.Entry<String, String> e : t.comments().entrySet()) {
                Comment target = commentTarget(t, e.getKey());
                if (target != null) {
                    rows.add().oid("objoid", target.oid()).oid("classoid", target.classOid())
                            .set("objsubid", target.subId()).set("description", e.getValue());
                }
            }
        }
    }

    private static final long PG_CLASS = 1259;
    private static final long PG_CONSTRAINT = 2606;
    private static final long PG_NAMESPACE = 2615;

    /** What a comment describes, as pg_description identifies it. */
    record Comment(long oid, long classOid, int subId) {
    }

    /** The object of a {@link TableDescriptor#comments()} key, or null when it no longer exists. */
    static Comment commentTarget(TableDescriptor t, String key) {
        if (key.equals(TableDescriptor.TABLE_COMMENT)) {
            return new Comment(t.oid(), PG_CLASS, 0);
        }
        String name = key.substring(1);
        switch (key.charAt(0)) {
            case 'a':
                return new Comment(t.oid(), PG_CLASS, Integer.parseInt(name));
            case 'c':
                return t.constraintNames().contains(name)
                        ? new Comment(derivedOid(t.oid(), "constraint", name), PG_CONSTRAINT, 0) : null;
            case 'i':
                if (name.equals(t.primaryKeyName())) {
                    return new Comment(primaryKeyIndexOid(t), PG_CLASS, 0);
                }
                return t.index(name) == null ? null : new Comment(t.index(name).oid(), PG_CLASS, 0);
            default:
                return null;
        }
    }

    /** obj_description / col_description: the comment on (oid, catalog, sub-id), or null. */
    static String description(SystemContext c, long oid, String catalog, int subId) {
        long classOid = catalog == null ? -1 : switch (catalog) {
            case "pg_class" -> PG_CLASS;
            case "pg_constraint" -> PG_CONSTRAINT;
            case "pg_namespace" -> PG_NAMESPACE;
            case "pg_proc" -> BuiltinDescriptions.PG_PROC;
            case "pg_type" -> BuiltinDescriptions.PG_TYPE;
            case "pg_am" -> 2601;
            case "pg_language" -> 2612;
            case "pg_extension" -> 3079;
            default -> 0;
        };
        for (TableDescriptor t : userTables(c.view())) {
            for (java.util.Map.Entry<String, String> e : t.comments().entrySet()) {
                Comment target = commentTarget(t, e.getKey());
                if (target != null && target.oid() == oid && target.subId() == subId
                        && (classOid == -1 || classOid == target.classOid())) {
                    return e.getValue();
                }
            }
        }
        return BuiltinDescriptions.description(oid, classOid, subId);
    }

    private static void defaults(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : userTables(c.view())) {
            for (ColumnDescriptor col : t.columns()) {
                if (col.defaultSql() != null) {
                    rows.add().oid("oid", derivedOid(t.oid(), "default", col.name())).oid("adrelid", t.oid())
                            .set("adnum", (short) col.attributeNumber()).set("adbin", Definitions.defaultExpression(col));
                }
            }
        }
    }

    /** Every role, the predefined ones (pg_database_owner ...) included, by OID. */
    static List<RoleDescriptor> allRoles(CatalogView view) {
        List<RoleDescriptor> roles = new ArrayList<>(view.roles());
        roles.sort(Comparator.comparingInt(RoleDescriptor::oid));
        return roles;
    }

    private static void roles(SystemContext c, SystemRelation.Rows rows, String form) {
        for (RoleDescriptor r : allRoles(c.view())) {
            Long validUntil = r.validUntil() == null ? null
                    : (r.validUntil().getEpochSecond() - 946_684_800L) * 1_000_000L + r.validUntil().getNano() / 1000;
            if (form.equals("user")) {
                if (!r.canLogin()) {
                    continue;
                }
                rows.add().set("usename", r.name()).oid("usesysid", r.oid()).set("usecreatedb", r.createDb())
                        .set("usesuper", r.superuser()).set("userepl", r.replication())
                        .set("usebypassrls", r.bypassRls()).set("passwd", "********").set("valuntil", validUntil)
                        .set("useconfig", roleConfig(c, r));
                continue;
            }
            rows.add().oid("oid", r.oid()).set("rolname", r.name()).set("rolsuper", r.superuser())
                    .set("rolinherit", r.inherit()).set("rolcreaterole", r.createRole())
                    .set("rolcreatedb", r.createDb()).set("rolcanlogin", r.canLogin())
                    .set("rolreplication", r.replication()).set("rolbypassrls", r.bypassRls())
                    .set("rolconnlimit", r.connectionLimit()).set("rolvaliduntil", validUntil)
                    .set("rolpassword", form.equals("roles") ? "********" : r.password());
            if (form.equals("roles")) {
                rows.set("rolconfig", roleConfig(c, r));
            }
        }
    }

    private static void memberships(SystemContext c, SystemRelation.Rows rows) {
        List<RoleMembership> all = new ArrayList<>(c.view().security().memberships());
        all.sort(Comparator.comparingInt(RoleMembership::role).thenComparingInt(RoleMembership::member));
        for (RoleMembership m : all) {
            rows.add().oid("roleid", m.role()).oid("member", m.member()).oid("grantor", m.grantor())
                    .set("admin_option", m.admin());
        }
    }

    /** ALTER DATABASE / ROLE ... SET entries, without those of dropped roles. */
    private static void roleSettings(SystemContext c, SystemRelation.Rows rows) {
        io.pglitedb.catalog.SharedCatalog shared = c.view().catalog().shared();
        java.util.Set<Integer> roles = new java.util.HashSet<>();
        for (RoleDescriptor r : allRoles(c.view())) {
            roles.add(r.oid());
        }
        List<io.pglitedb.catalog.RoleSettingCatalog.Entry> all = new ArrayList<>(shared.roleSettings().all());
        all.sort(Comparator.comparingInt(io.pglitedb.catalog.RoleSettingCatalog.Entry::database)
                .thenComparingInt(io.pglitedb.catalog.RoleSettingCatalog.Entry::role));
        for (io.pglitedb.catalog.RoleSettingCatalog.Entry e : all) {
            if (e.role() == 0 || roles.contains(e.role())) {
                rows.add().oid("setdatabase", e.database()).oid("setrole", e.role())
                        .set("setconfig", ArrayValue.of(e.config().toArray()));
            }
        }
    }

    /** pg_roles.rolconfig: a role's ALTER ROLE ... SET entries for every database, or null. */
    private static ArrayValue roleConfig(SystemContext c, RoleDescriptor role) {
        List<String> config = c.view().catalog().shared().roleSettings().config(0, role.oid());
        return config.isEmpty() ? null : ArrayValue.of(config.toArray());
    }

    private static void databases(SystemContext c, SystemRelation.Rows rows) {
        List<io.pglitedb.catalog.DatabaseDescriptor> databases =
                new ArrayList<>(c.view().catalog().shared().databases().values());
        databases.sort(Comparator.comparingInt(io.pglitedb.catalog.DatabaseDescriptor::oid));
        for (io.pglitedb.catalog.DatabaseDescriptor d : databases) {
            rows.add().oid("oid", d.oid()).set("datname", d.name()).oid("datdba", d.ownerOid()).set("encoding", 6)
                    .chr("datlocprovider", 'c').set("datistemplate", d.isTemplate())
                    .set("datallowconn", d.allowConnections()).set("datconnlimit", d.connectionLimit())
                    .oid("dattablespace", 1663).set("datcollate", "C").set("datctype", "C")
                    .set("datacl", databaseAcl(c, d));
        }
    }

    /**
     * datacl: the GRANTs made on the database, else what initdb stores: for postgres the default
     * ACL (PUBLIC may connect and create temporary tables), for the templates PUBLIC may only
     * connect; databases created later have none until a GRANT.
     */
    private static ArrayValue databaseAcl(SystemContext c, io.pglitedb.catalog.DatabaseDescriptor d) {
        ObjectAcl stored = c.view().security().acl(d.oid());
        if (stored != null && stored.acl() != null) {
            return aclArray(c, stored.acl());
        }
        int owner = d.ownerOid();
        return switch (d.oid()) {
            case 5 -> aclArray(c, ObjectAcl.owned(d.oid(), ObjectAcl.DATABASE, owner).effectiveAcl());
            case 1, 4 -> aclArray(c, List.of(new AclItem(AclItem.PUBLIC, owner, Privileges.CONNECT, 0),
                    new AclItem(owner, owner, Privileges.ALL_DATABASE, 0)));
            default -> null;
        };
    }

    /**
     * nspacl: the GRANTs made on the schema, else what initdb stores for public and the system
     * schemas (the owner may use and create, PUBLIC use); other schemas have none until a GRANT.
     */
    private static ArrayValue schemaAcl(SystemContext c, SchemaDescriptor schema) {
        ObjectAcl stored = c.view().security().acl(schema.oid());
        if (stored != null && stored.acl() != null) {
            return aclArray(c, stored.acl());
        }
        boolean initial = schema.oid() == SchemaDescriptor.PUBLIC_OID || schema.oid() == SchemaDescriptor.PG_CATALOG_OID
                || schema.name().equals("information_schema");
        // a new owner of public takes over its entries, as aclnewowner does
        return !initial ? null : initialSchemaAcl(c, schema.ownerOid());
    }

    /** What initdb grants on its schemas: all to the owner, USAGE to PUBLIC. */
    private static ArrayValue initialSchemaAcl(SystemContext c, int owner) {
        return aclArray(c, List.of(new AclItem(owner, owner, Privileges.ALL_SCHEMA, 0),
                new AclItem(AclItem.PUBLIC, owner, Privileges.USAGE, 0)));
    }

    /**
     * pg_init_privs: the privileges initdb gave schemas pg_catalog and public (pg_dump dumps only
     * what differs from them). The system relations and functions have no initial entries here: their
     * ACLs are the defaults.
     */
    private static void initialPrivileges(SystemContext c, SystemRelation.Rows rows) {
        rows.add().oid("objoid", SchemaDescriptor.PG_CATALOG_OID).oid("classoid", PG_NAMESPACE).set("objsubid", 0)
                .chr("privtype", 'i').set("initprivs", initialSchemaAcl(c, RoleDescriptor.BOOTSTRAP_SUPERUSER_OID));
        rows.add().oid("objoid", SchemaDescriptor.PUBLIC_OID).oid("classoid", PG_NAMESPACE).set("objsubid", 0)
                .chr("privtype", 'i').set("initprivs", initialSchemaAcl(c, SchemaDescriptor.DATABASE_OWNER_ROLE_OID));
    }

    private static void accessMethods(SystemContext c, SystemRelation.Rows rows) {
        rows.add().oid("oid", HEAP_AM).set("amname", "heap").oid("amhandler", 3).chr("amtype", 't');
        rows.add().oid("oid", BTREE_AM).set("amname", "btree").oid("amhandler", 330).chr("amtype", 'i');
        rows.add().oid("oid", HASH_AM).set("amname", "hash").oid("amhandler", 331).chr("amtype", 'i');
        rows.add().oid("oid", 783).set("amname", "gist").oid("amhandler", 332).chr("amtype", 'i');
        rows.add().oid("oid", 2742).set("amname", "gin").oid("amhandler", 333).chr("amtype", 'i');
        rows.add().oid("oid", 4000).set("amname", "spgist").oid("amhandler", 334).chr("amtype", 'i');
        rows.add().oid("oid", 3580).set("amname", "brin").oid("amhandler", 335).chr("amtype", 'i');
    }

    /** pg_language's plpgsql, as initdb creates it. */
    private static final long PLPGSQL_OID = 13563;

    /** PostgreSQL 15's languages after initdb (plpgsql's OIDs are those initdb gives it). */
    private static void languages(SystemContext c, SystemRelation.Rows rows) {
        long owner = RoleDescriptor.BOOTSTRAP_SUPERUSER_OID;
        rows.add().oid("oid", 12).set("lanname", "internal").oid("lanowner", owner).set("lanispl", false)
                .set("lanpltrusted", false).oid("lanplcallfoid", 0).oid("laninline", 0).oid("lanvalidator", 2246);
        rows.add().oid("oid", 13).set("lanname", "c").oid("lanowner", owner).set("lanispl", false)
                .set("lanpltrusted", false).oid("lanplcallfoid", 0).oid("laninline", 0).oid("lanvalidator", 2247);
        rows.add().oid("oid", 14).set("lanname", "sql").oid("lanowner", owner).set("lanispl", false)
                .set("lanpltrusted", true).oid("lanplcallfoid", 0).oid("laninline", 0).oid("lanvalidator", 2248);
        rows.add().oid("oid", PLPGSQL_OID).set("lanname", "plpgsql").oid("lanowner", owner).set("lanispl", true)
                .set("lanpltrusted", true).oid("lanplcallfoid", 13560).oid("laninline", 13561)
                .oid("lanvalidator", 13562);
    }

    /** The one extension a new PostgreSQL 15 database has: plpgsql. */
    private static void extensions(SystemContext c, SystemRelation.Rows rows) {
        rows.add().oid("oid", 13559).set("extname", "plpgsql").oid("extowner", RoleDescriptor.BOOTSTRAP_SUPERUSER_OID)
                .oid("extnamespace", SchemaDescriptor.PG_CATALOG_OID).set("extrelocatable", false)
                .set("extversion", "1.0");
    }

    private static void tablespaces(SystemContext c, SystemRelation.Rows rows) {
        rows.add().oid("oid", 1663).set("spcname", "pg_default").oid("spcowner", RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
        rows.add().oid("oid", 1664).set("spcname", "pg_global").oid("spcowner", RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
    }

    private static void collations(SystemContext c, SystemRelation.Rows rows) {
        // PostgreSQL 15's collations without ICU and the operating system's locales: ucs_basic is C for UTF8
        Object[][] collations = {{100L, "default", 'd', null, -1}, {950L, "C", 'c', "C", -1},
            {951L, "POSIX", 'c', "POSIX", -1}, {12340L, "ucs_basic", 'c', "C", 6}};
        for (Object[] coll : collations) {
            rows.add().oid("oid", (Long) coll[0]).set("collname", coll[1])
                    .oid("collnamespace", SchemaDescriptor.PG_CATALOG_OID)
                    .oid("collowner", RoleDescriptor.BOOTSTRAP_SUPERUSER_OID).chr("collprovider", (Character) coll[2])
                    .set("collisdeterministic", true).set("collencoding", coll[4]).set("collcollate", coll[3])
                    .set("collctype", coll[3]);
        }
    }

    private static void settings(SystemContext c, SystemRelation.Rows rows) {
        if (c.session() == null) {
            return;
        }
        for (SystemContext.SettingRow s : c.session().settingRows()) {
            rows.add().set("name", s.name()).set("setting", s.setting()).set("unit", s.unit())
                    .set("category", s.category()).set("short_desc", s.shortDesc()).set("extra_desc", s.extraDesc())
                    .set("context", s.context()).set("vartype", s.vartype()).set("source", s.source())
                    .set("min_val", s.min()).set("max_val", s.max())
                    .set("enumvals", s.enumValues() == null ? null : ArrayValue.of(s.enumValues().toArray()))
                    .set("boot_val", s.bootValue()).set("reset_val", s.resetValue()).set("pending_restart", false);
        }
    }

    private static void preparedStatements(SystemContext c, SystemRelation.Rows rows) {
        for (SystemContext.PreparedStatementRow p : c.session().preparedStatements()) {
            Object[] types = new Object[p.parameterTypes().length];
            for (int i = 0; i < types.length; i++) {
                types[i] = p.parameterTypes()[i];
            }
            rows.add().set("name", p.name()).set("statement", p.statement()).set("prepare_time", p.prepareTime())
                    .set("parameter_types", ArrayValue.of(types)).set("from_sql", p.fromSql())
                    .set("generic_plans", 0L).set("custom_plans", 0L);
        }
    }

    private static void sequence(SystemContext c, SystemRelation.Rows rows) {
        for (SequenceDescriptor s : userSequences(c.view())) {
            rows.add().oid("seqrelid", s.oid()).oid("seqtypid", s.type().oid()).set("seqstart", s.start())
                    .set("seqincrement", s.increment()).set("seqmax", s.maxValue()).set("seqmin", s.minValue())
                    .set("seqcache", s.cache()).set("seqcycle", s.cycle());
        }
    }

    private static void sequences(SystemContext c, SystemRelation.Rows rows) {
        for (SequenceDescriptor s : userSequences(c.view())) {
            rows.add().set("schemaname", s.schema()).set("sequencename", s.name())
                    .set("sequenceowner", RoleDescriptor.BOOTSTRAP_SUPERUSER).oid("data_type", s.type().oid())
                    .set("start_value", s.start()).set("min_value", s.minValue()).set("max_value", s.maxValue())
                    .set("increment_by", s.increment()).set("cycle", s.cycle()).set("cache_size", s.cache())
                    .set("last_value", lastValue(c, s));
        }
    }

    /** pg_sequence_last_value: the value nextval last gave (any session's), null before the first. */
    private static Long lastValue(SystemContext c, SequenceDescriptor s) {
        io.pglitedb.catalog.Sequence state = c.view().catalog().sequence(s);
        return state != null && state.isCalled() ? state.lastValue() : null;
    }

    /**
     * pg_depend's rows for sequences owned by a column: deptype 'a' (serial, OWNED BY) or 'i' (an
     * identity column's); a column default's 'a' on its column and 'n' on the sequence its nextval
     * names (pg_dump orders the sequence before the default by it); views' rules ({@link RewriteRows});
     * inheritance ({@link InheritanceRows}).
     * Other dependencies are not listed yet.
     */
    private static void dependencies(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : userTables(c.view())) {
            for (ColumnDescriptor col : t.columns()) {
                if (col.defaultSql() == null) {
                    continue;
                }
                long attrdef = derivedOid(t.oid(), "default", col.name());
                rows.add().oid("classid", PG_ATTRDEF_OID).oid("objid", attrdef).set("objsubid", 0)
                        .oid("refclassid", PG_CLASS_OID).oid("refobjid", t.oid())
                        .set("refobjsubid", col.attributeNumber()).chr("deptype", 'a');
                SequenceDescriptor s = col.generated() ? null : nextvalSequence(c.view(), t, col.defaultSql());
                if (s != null) {
                    rows.add().oid("classid", PG_ATTRDEF_OID).oid("objid", attrdef).set("objsubid", 0)
                            .oid("refclassid", PG_CLASS_OID).oid("refobjid", s.oid()).set("refobjsubid", 0)
                            .chr("deptype", 'n');
                }
            }
        }
        RewriteRows.dependencies(c, rows);
        InheritanceRows.dependencies(c, rows);
        for (SequenceDescriptor s : userSequences(c.view())) {
            TableDescriptor table = s.ownedByTable() == 0 ? null : c.view().table(s.ownedByTable());
            int index = table == null || s.ownedByColumn() == null ? -1 : table.columnIndex(s.ownedByColumn());
            if (index < 0) {
                continue;
            }
            ColumnDescriptor column = table.columns().get(index);
            rows.add().oid("classid", PG_CLASS_OID).oid("objid", s.oid()).set("objsubid", 0)
                    .oid("refclassid", PG_CLASS_OID).oid("refobjid", table.oid())
                    .set("refobjsubid", column.attributeNumber())
                    .chr("deptype", column.isIdentity() ? 'i' : 'a');
        }
    }

    private static final long PG_CLASS_OID = 1259;
    private static final long PG_ATTRDEF_OID = 2604;
    private static final java.util.regex.Pattern NEXTVAL = java.util.regex.Pattern.compile(
            "nextval\\((?:CAST\\()?'((?:[^']|'')*)'(?:::| AS )regclass\\)");

    /**
     * The sequence a default's {@code nextval('name'::regclass)} names, or null: a qualified name
     * as written, an unqualified one in the table's schema or else public (defaults are kept as
     * text; serial ones are qualified).
     */
    private static SequenceDescriptor nextvalSequence(CatalogView view, TableDescriptor t, String sql) {
        java.util.regex.Matcher m = sql == null ? null : NEXTVAL.matcher(sql);
        if (m == null || !m.find()) {
            return null;
        }
        List<String> name = SystemOidNames.splitName(m.group(1).replace("''", "'"));
        if (name.size() == 2) {
            return view.sequence(name.get(0), name.get(1));
        }
        SequenceDescriptor s = view.sequence(t.schema(), name.get(0));
        return s != null ? s : view.sequence(SchemaDescriptor.PUBLIC, name.get(0));
    }

    /** OIDs of tables some foreign key references (PostgreSQL gives them triggers too). */
    private static java.util.Set<Integer> referencedTables(List<TableDescriptor> tables) {
        java.util.Set<Integer> referenced = new java.util.HashSet<>();
        for (TableDescriptor t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                referenced.add(fk.referencedTable());
            }
        }
        return referenced;
    }

    private static void tables(SystemContext c, SystemRelation.Rows rows) {
        java.util.Set<Integer> referenced = referencedTables(userTables(c.view()));
        for (TableDescriptor t : userTables(c.view())) {
            if (t.view() != null) {
                continue;
            }
            rows.add().set("schemaname", t.schema()).set("tablename", t.name())
                    .set("tableowner", RoleDescriptor.BOOTSTRAP_SUPERUSER)
                    .set("hasindexes", t.hasPrimaryKey() || !t.indexes().isEmpty()).set("hasrules", false)
                    .set("hastriggers", !t.foreignKeys().isEmpty() || referenced.contains(t.oid()))
                    .set("rowsecurity", c.view().security().aclOrDefault(t.oid(), ObjectAcl.TABLE).rowSecurity().enabled());
        }
        for (SystemRelation r : SystemRelations.all()) {
            if (r.kind() == 'r') {
                rows.add().set("schemaname", r.schema()).set("tablename", r.name())
                        .set("tableowner", RoleDescriptor.BOOTSTRAP_SUPERUSER).set("hasindexes", false)
                        .set("hasrules", false).set("hastriggers", false).set("rowsecurity", false);
            }
        }
    }

    private static void views(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : userTables(c.view())) {
            if (t.isView()) {
                rows.add().set("schemaname", t.schema()).set("viewname", t.name())
                        .set("viewowner", RoleDescriptor.BOOTSTRAP_SUPERUSER).set("definition", CatalogFunctions.viewDef(c, t.oid(), false));
            }
        }
    }

    private static void materializedViews(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : userTables(c.view())) {
            if (t.isMaterializedView()) {
                rows.add().set("schemaname", t.schema()).set("matviewname", t.name())
                        .set("matviewowner", RoleDescriptor.BOOTSTRAP_SUPERUSER)
                        .set("hasindexes", !t.indexes().isEmpty()).set("ispopulated", t.view().populated())
                        .set("definition", CatalogFunctions.viewDef(c, t.oid(), false));
            }
        }
    }

    private static void indexDefinitions(SystemContext c, SystemRelation.Rows rows) {
        SystemIndexes.indexDefinitionRows(rows);
        for (TableDescriptor t : userTables(c.view())) {
            if (t.hasPrimaryKey()) {
                rows.add().set("schemaname", t.schema()).set("tablename", t.name())
                        .set("indexname", t.primaryKeyName()).set("indexdef", Definitions.primaryKeyIndexDef(t));
            }
            for (IndexDescriptor index : t.indexes()) {
                rows.add().set("schemaname", t.schema()).set("tablename", t.name()).set("indexname", index.name())
                        .set("indexdef", CatalogFunctions.indexDef(c, t, index, false));
            }
        }
    }

    private static void functions(SystemContext c, SystemRelation.Rows rows) {
        for (BuiltinFunctions.Row f : BuiltinFunctions.visible()) {
            rows.add().oid("oid", f.oid()).set("proname", f.name()).oid("pronamespace", SchemaDescriptor.PG_CATALOG_OID)
                    .oid("proowner", RoleDescriptor.BOOTSTRAP_SUPERUSER_OID).oid("prolang", 12).set("procost", 1.0f)
                    .set("prorows", f.returnsSet() ? 1000.0f : 0.0f).oid("provariadic", 0).oid("prosupport", 0)
                    .chr("prokind", f.kind()).set("prosecdef", false).set("proleakproof", false)
                    .set("proisstrict", f.strict()).set("proretset", f.returnsSet()).chr("provolatile", f.volatility())
                    .chr("proparallel", 's').set("pronargs", f.argumentCount()).set("pronargdefaults", (short) 0)
                    .oid("prorettype", f.resultType()).set("prosrc", f.name())
                    .set("proargtypes", argumentTypes(f.argumentTypes()));
            BuiltinFunctions.Arguments arguments = BuiltinFunctions.arguments(f.oid());
            if (arguments != null) {
                rows.set("proargmodes", arguments.modes() == null ? null : ArrayValue.of((Object[]) arguments.modes()))
                        .set("proargnames", arguments.names() == null ? null : ArrayValue.of((Object[]) arguments.names()))
                        .set("proallargtypes", arguments.allTypes() == null ? null
                                : ArrayValue.of((Object[]) arguments.allTypes()));
            }
        }
        for (io.pglitedb.catalog.RoutineDescriptor r : c.view().catalog().routines().all()) {
            io.pglitedb.catalog.SchemaDescriptor schema = c.view().schema(r.schema());
            if (schema == null) {
                continue;
            }
            Object[] types = new Object[r.argumentTypes().size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = (long) r.argumentTypes().get(i);
            }
            // proallargtypes and proargmodes only when some parameter is not IN; proargnames when one has a name
            boolean allIn = true;
            boolean named = false;
            Object[] allTypes = new Object[r.parameters().size()];
            Object[] modes = new Object[allTypes.length];
            Object[] names = new Object[allTypes.length];
            for (int i = 0; i < allTypes.length; i++) {
                io.pglitedb.catalog.RoutineParameter p = r.parameters().get(i);
                allIn &= p.mode() == 'i';
                named |= !p.name().isEmpty();
                allTypes[i] = (long) p.type();
                modes[i] = String.valueOf(p.mode());
                names[i] = p.name();
            }
            long language = switch (r.language()) {
                case "internal" -> 12;
                case "c" -> 13;
                case "sql" -> 14;
                default -> PLPGSQL_OID;
            };
            rows.add().oid("oid", r.oid()).set("proname", r.name()).oid("pronamespace", schema.oid())
                    .oid("proowner", r.owner()).oid("prolang", language).set("procost", r.cost())
                    .set("prorows", r.rows()).oid("provariadic", 0).oid("prosupport", 0)
                    .chr("prokind", r.kind()).set("prosecdef", r.securityDefiner()).set("proleakproof", false)
                    .set("proisstrict", r.strict()).set("proretset", r.returnsSet()).chr("provolatile", r.volatility())
                    .chr("proparallel", r.parallel()).set("pronargs", (short) types.length)
                    .set("pronargdefaults", (short) r.defaults().size()).oid("prorettype", r.returnType())
                    .set("proargdefaults", r.defaults().isEmpty() ? null : String.join(", ", r.defaults()))
                    .set("prosrc", r.body()).set("proargtypes", VectorType.of(types))
                    .set("proallargtypes", allIn ? null : ArrayValue.of(allTypes))
                    .set("proargmodes", allIn ? null : ArrayValue.of(modes))
                    .set("proargnames", named ? ArrayValue.of(names) : null)
                    .set("proacl", aclArray(c, c.view().security().acl(r.oid()) == null ? null
                            : c.view().security().acl(r.oid()).acl()));
        }
    }

    /** pg_proc.proargtypes (an oidvector) from the recorded space-separated OIDs. */
    private static ArrayValue argumentTypes(String oids) {
        if (oids.isBlank()) {
            return VectorType.of();
        }
        String[] parts = oids.trim().split(" ");
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Long.parseLong(parts[i]);
        }
        return VectorType.of(values);
    }
}
