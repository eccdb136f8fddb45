package io.pglitedb.catalog;

import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table as the catalog stores it. Rows live under the key prefix
 * {@code [database oid][storage id]}; the rest of the key is the primary key columns, or a hidden
 * 8-byte row id when the table has no primary key.
 *
 * <p>The storage id is PostgreSQL's relfilenode: it starts equal to the OID and changes when
 * TRUNCATE or a rewriting ALTER TABLE gives the table new, empty storage in a transaction (the
 * old rows are range-deleted after commit; see {@link io.pglitedb.txn.PrivateStorage}). An
 * index's OID is its storage id in the same way ({@link IndexDescriptor}).
 *
 * @param primaryKey 0-based column indexes of the primary key, in key order; empty when none
 * @param primaryKeyName the constraint's name ("accounts_pkey"), null when there is no key
 * @param schemaVersion bumped by every change of the column list (stored in each row header)
 * @param indexes secondary indexes, including those of UNIQUE constraints
 * @param checks CHECK constraints, in creation order
 * @param foreignKeys FOREIGN KEY constraints this table's rows must satisfy
 * @param view the defining query of a view or materialized view; null for a table
 * @param comments COMMENT ON texts of the relation ({@link #TABLE_COMMENT}), its columns
 *     ({@link #columnComment}), constraints ({@link #constraintComment}) and indexes ({@link #indexComment})
 * @param inheritance its parents, partition key and partition bound ({@link Inheritance#NONE} when none)
 * @param options its storage parameters as pg_class.reloptions lists them ("fillfactor=50"), in order
 * @param settings UNLOGGED, REPLICA IDENTITY and NOT VALID constraints ({@link TableSettings})
 */
public record TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns,
        int[] primaryKey, String primaryKeyName, int schemaVersion, int storageId, List<IndexDescriptor> indexes,
        List<CheckConstraint> checks, List<ForeignKey> foreignKeys, ViewDefinition view, Map<String, String> comments,
        Inheritance inheritance, List<String> options, TableSettings settings) {
    /** The key of the relation's own comment in {@link #comments()}. */
    public static final String TABLE_COMMENT = "";

    public static String columnComment(int attnum) {
        return "a" + attnum;
    }

    public static String constraintComment(String constraintName) {
        return "c" + constraintName;
    }

    public static String indexComment(String indexName) {
        return "i" + indexName;
    }

    /** The same relation with a comment set (null text: removed). */
    public TableDescriptor withComment(String key, String text) {
        Map<String, String> changed = new java.util.TreeMap<>(comments);
        if (text == null) {
            changed.remove(key);
        } else {
            changed.put(key, text);
        }
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId,
                indexes, checks, foreignKeys, view, changed, inheritance, options, settings);
    }

    public TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns,
            int[] primaryKey, String primaryKeyName, int schemaVersion, int storageId, List<IndexDescriptor> indexes,
            List<CheckConstraint> checks, List<ForeignKey> foreignKeys, ViewDefinition view) {
        this(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId, indexes, checks,
                foreignKeys, view, Map.of());
    }


    /** PostgreSQL's relkind values. */
    public static final char ORDINARY_TABLE = 'r';
    public static final char VIEW = 'v';
    public static final char MATERIALIZED_VIEW = 'm';
    public static final char PARTITIONED_TABLE = 'p';

    public TableDescriptor {
        Objects.requireNonNull(name, "name is null");
        columns = List.copyOf(columns);
        primaryKey = primaryKey.clone();
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        comments = Map.copyOf(comments);
        inheritance = inheritance == null ? Inheritance.NONE : inheritance;
        options = options == null ? List.of() : List.copyOf(options);
        settings = settings == null ? TableSettings.DEFAULT : settings;
    }

    public TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns,
            int[] primaryKey, String primaryKeyName, int schemaVersion, int storageId, List<IndexDescriptor> indexes,
            List<CheckConstraint> checks, List<ForeignKey> foreignKeys, ViewDefinition view, Map<String, String> comments,
            Inheritance inheritance, List<String> options) {
        this(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId, indexes, checks,
                foreignKeys, view, comments, inheritance, options, TableSettings.DEFAULT);
    }

    /** The same relation with other catalog-only settings (UNLOGGED, REPLICA IDENTITY, NOT VALID). */
    public TableDescriptor withSettings(TableSettings newSettings) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId,
                indexes, checks, foreignKeys, view, comments, inheritance, options, newSettings);
    }

    public TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns,
            int[] primaryKey, String primaryKeyName, int schemaVersion, int storageId, List<IndexDescriptor> indexes,
            List<CheckConstraint> checks, List<ForeignKey> foreignKeys, ViewDefinition view, Map<String, String> comments) {
        this(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId, indexes, checks,
                foreignKeys, view, comments, Inheritance.NONE, List.of(), TableSettings.DEFAULT);
    }

    /** The same relation with other storage parameters (ALTER TABLE SET / RESET). */
    public TableDescriptor withOptions(List<String> newOptions) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId,
                indexes, checks, foreignKeys, view, comments, inheritance, newOptions, settings);
    }

    /** The same table with other parents, partition key or partition bound. */
    public TableDescriptor withInheritance(Inheritance newInheritance) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId,
                indexes, checks, foreignKeys, view, comments, newInheritance, options, settings);
    }

    /** True for a partitioned table (relkind 'p'): its rows live in its partitions. */
    public boolean isPartitioned() {
        return inheritance.partitionKey() != null;
    }

    /** True for a partition (relispartition). */
    public boolean isPartition() {
        return inheritance.bound() != null;
    }

    public List<Integer> parents() {
        return inheritance.parents();
    }

    public TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns, int[] primaryKey,
            String primaryKeyName, int schemaVersion, int storageId, List<IndexDescriptor> indexes,
            List<CheckConstraint> checks, List<ForeignKey> foreignKeys) {
        this(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId, indexes, checks,
                foreignKeys, null);
    }

    /** PostgreSQL's relkind: {@link #ORDINARY_TABLE}, {@link #VIEW} or {@link #MATERIALIZED_VIEW}. */
    public char relkind() {
        if (view == null) {
            return isPartitioned() ? PARTITIONED_TABLE : ORDINARY_TABLE;
        }
        return view.materialized() ? MATERIALIZED_VIEW : VIEW;
    }

    /** True for a plain view: no storage, its query is expanded where it is used. */
    public boolean isView() {
        return view != null && !view.materialized();
    }

    /** True for a materialized view. */
    public boolean isMaterializedView() {
        return view != null && view.materialized();
    }

    /** The same relation with another definition (CREATE OR REPLACE VIEW, REFRESH). */
    public TableDescriptor withView(ViewDefinition newView) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId,
                indexes, checks, foreignKeys, newView, comments, inheritance, options, settings);
    }

    /** A table whose rows live under its own OID (a new table). */
    public TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns, int[] primaryKey,
            String primaryKeyName, int schemaVersion) {
        this(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, oid);
    }

    public TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns, int[] primaryKey,
            String primaryKeyName, int schemaVersion, int storageId) {
        this(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId, List.of(), List.of(),
                List.of());
    }

    /** The same table with its rows under another storage id (TRUNCATE, table rewrite). */
    public TableDescriptor withStorage(int newStorageId) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, newStorageId,
                indexes, checks, foreignKeys, view, comments, inheritance, options, settings);
    }

    public boolean hasPrimaryKey() {
        return primaryKey.length > 0;
    }

    /** @return the 0-based index of the column, or -1 */
    public int columnIndex(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    /** Column types in order, as the row codec needs them. */
    public DataType[] columnTypes() {
        DataType[] types = new DataType[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = columns.get(i).type();
        }
        return types;
    }

    @Override
    public int[] primaryKey() {
        return primaryKey.clone();
    }

    /** @return the index with this name, or null */
    public IndexDescriptor index(String indexName) {
        for (IndexDescriptor index : indexes) {
            if (index.name().equals(indexName)) {
                return index;
            }
        }
        return null;
    }

    /** Names of every constraint of this table (primary key, unique, check, foreign key). */
    public List<String> constraintNames() {
        List<String> names = new ArrayList<>();
        if (primaryKeyName != null) {
            names.add(primaryKeyName);
        }
        for (IndexDescriptor index : indexes) {
            if (index.constraint()) {
                names.add(index.name());
            }
        }
        for (CheckConstraint check : checks) {
            names.add(check.name());
        }
        for (ForeignKey fk : foreignKeys) {
            names.add(fk.name());
        }
        return names;
    }

    public TableDescriptor withColumns(List<ColumnDescriptor> newColumns, int newSchemaVersion) {
        return new TableDescriptor(oid, schema, name, newColumns, primaryKey, primaryKeyName, newSchemaVersion, storageId, indexes,
                checks, foreignKeys, view, comments, inheritance, options, settings);
    }

    /** The same table in another schema (ALTER SCHEMA ... RENAME TO). */
    public TableDescriptor withSchema(String newSchema) {
        return new TableDescriptor(oid, newSchema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId,
                indexes, checks, foreignKeys, view, comments, inheritance, options, settings);
    }

    public TableDescriptor withName(String newName) {
        return new TableDescriptor(oid, schema, newName, columns, primaryKey, primaryKeyName, schemaVersion, storageId, indexes,
                checks, foreignKeys, view, comments, inheritance, options, settings);
    }

    public TableDescriptor withPrimaryKey(int[] newPrimaryKey, String newName) {
        return new TableDescriptor(oid, schema, name, columns, newPrimaryKey, newName, schemaVersion, storageId, indexes, checks, foreignKeys, view, comments, inheritance, options, settings);
    }

    public TableDescriptor withIndexes(List<IndexDescriptor> newIndexes) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId, newIndexes,
                checks, foreignKeys, view, comments, inheritance, options, settings);
    }

    public TableDescriptor withChecks(List<CheckConstraint> newChecks) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId, indexes,
                newChecks, foreignKeys, view, comments, inheritance, options, settings);
    }

    public TableDescriptor withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, storageId, indexes,
                checks, newForeignKeys, view, comments, inheritance, options, settings);
    }

    public TableDescriptor withIndex(IndexDescriptor index) {
        List<IndexDescriptor> list = new ArrayList<>(indexes);
        list.add(index);
        return withIndexes(list);
    }
}
