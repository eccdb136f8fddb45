package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.catalog.Sequence;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.sql.parser.Keyword;
import io.pglitedb.types.Types;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code pglitedb dump}: the database as a plain SQL script that PostgreSQL loads with
 * {@code psql -f}, in pg_dump's order: schemas, sequences, tables (columns, defaults, NOT NULL,
 * CHECK), identity columns, sequence ownership, then the data as {@code COPY ... FROM stdin}
 * blocks, sequence values ({@code setval}), and last primary keys, unique constraints, indexes
 * and foreign keys (so loading does not check or maintain them row by row).
 *
 * <p>The data is read in one REPEATABLE READ transaction of a superuser session, so the tables
 * are consistent with each other under concurrent writes. Sequence values are read when their
 * line is written (sequences are not transactional, as in pg_dump).
 */
public final class SqlDump {
    private static final long PROGRESS_ROWS = 100_000;

    private final Database database;
    private final String databaseName;
    private final OutputStream out;
    private final Consumer<String> progress;

    /**
     * @param databaseName the database of the data directory to dump ("postgres" is the default one)
     * @param progress receives a line per table (and every 100,000 rows of a big table); for stderr
     */
    public SqlDump(Database database, String databaseName, OutputStream out, Consumer<String> progress) {
        this.database = database;
        this.databaseName = databaseName;
        this.out = out;
        this.progress = progress;
    }

    /** Writes the whole dump. @throws PgException when reading fails; IOExceptions come as UncheckedIOException */
    public void write() {
        Map<String, String> startup = new HashMap<>();
        startup.put("user", RoleDescriptor.BOOTSTRAP_SUPERUSER);
        startup.put("database", databaseName);
        startup.put("application_name", "pglitedb dump");
        try (Session session = database.openSession(startup)) {
            write(session, database.catalog(database.databases().get(databaseName).oid()));
        }
    }

    private void write(Session session, Catalog catalog) {
        Map<String, TableDescriptor> tables = new TreeMap<>();
        List<TableDescriptor> views = new ArrayList<>();
        for (TableDescriptor t : catalog.tables().values()) {
            if (t.view() == null) {
                tables.put(Catalog.qualifiedName(t.schema(), t.name()), t);
            } else {
                views.add(t);
            }
        }
        // creation order: a view is created after the views it reads
        views.sort(java.util.Comparator.comparingInt(TableDescriptor::oid));
        Map<String, SequenceDescriptor> sequences = new TreeMap<>(catalog.sequenceDefinitions());
        Map<Integer, TableDescriptor> byOid = new HashMap<>();
        for (TableDescriptor t : tables.values()) {
            byOid.put(t.oid(), t);
        }
        for (TableDescriptor t : views) {
            byOid.put(t.oid(), t);
        }
        Map<Integer, TypeDescriptor> types = new TreeMap<>(catalog.types().types());
        java.util.function.IntFunction<String> typeName = oid -> {
            TypeDescriptor type = types.get(oid);
            if (type != null) {
                return name(type.schema(), type.name());
            }
            for (TypeDescriptor t : types.values()) {
                if (t.arrayOid() == oid) {
                    return name(t.schema(), t.name()) + "[]";
                }
            }
            return io.pglitedb.catalog.system.CatalogFunctions.formatType(oid, null);
        };
        try {
            run(session, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", null);
            header();
            schemas(tables, sequences, views, types.values(), catalog.routines().all());
            // enums first, then domains and composite types in creation order (each may use the ones
            // before), then ranges (over any of them)
            for (TypeDescriptor type : types.values().stream()
                    .sorted(java.util.Comparator.comparingInt((TypeDescriptor t) -> "edcr".indexOf(t.kind()))
                            .thenComparing((TypeDescriptor t) -> t.isDomain() || t.isComposite() ? "" : schemaOf(t.schema()))
                            .thenComparing((TypeDescriptor t) -> t.isDomain() || t.isComposite() ? "" : t.name())
                            .thenComparingInt(TypeDescriptor::oid)).toList()) {
                line(switch (type.kind()) {
                    case 'r' -> DumpDefinitions.rangeType(type, typeName);
                    case 'd' -> DumpDefinitions.domain(type, typeName);
                    case 'c' -> DumpDefinitions.compositeType(type, typeName);
                    default -> DumpDefinitions.enumType(type);
                });
                line("");
            }
            for (RoutineDescriptor r : catalog.routines().all().stream()
                    .sorted(java.util.Comparator.comparing((RoutineDescriptor r) -> r.schema())
                            .thenComparing(RoutineDescriptor::name).thenComparingInt(RoutineDescriptor::oid)).toList()) {
                line(DumpDefinitions.routine(r, typeName));
                line("");
            }
            for (SequenceDescriptor s : sequences.values()) {
                if (!isIdentitySequence(s, byOid)) {
                    createSequence(s);
                }
            }
            for (TableDescriptor t : tables.values()) {
                createTable(t, catalog);
            }
            for (SequenceDescriptor s : sequences.values()) {
                if (s.ownedByTable() != 0 && !isIdentitySequence(s, byOid) && byOid.containsKey(s.ownedByTable())) {
                    TableDescriptor owner = byOid.get(s.ownedByTable());
                    line("ALTER SEQUENCE " + name(s.schema(), s.name()) + " OWNED BY " + name(owner.schema(), owner.name())
                            + "." + ident(s.ownedByColumn()) + ";");
                    line("");
                }
            }
            for (TableDescriptor v : views) {
                List<String[]> definition = query(session, "SELECT pg_catalog.pg_get_viewdef(" + v.oid() + "::pg_catalog.oid)");
                line(DumpDefinitions.view(v, definition.isEmpty() || definition.get(0)[0] == null
                        ? v.view().query() : definition.get(0)[0]));
                line("");
                for (String comment : DumpDefinitions.relationComments(v)) {
                    line(comment);
                    line("");
                }
            }
            for (TableDescriptor t : tables.values()) {
                data(session, t);
            }
            for (SequenceDescriptor s : sequences.values()) {
                Sequence state = catalog.sequence(s);
                line("SELECT pg_catalog.setval(" + literal(name(s.schema(), s.name())) + ", " + state.lastValue() + ", "
                        + state.isCalled() + ");");
            }
            line("");
            for (TableDescriptor t : tables.values()) {
                keysAndIndexes(t);
            }
            for (TableDescriptor v : views) {
                keysAndIndexes(v);
            }
            triggers(session);
            for (TableDescriptor t : tables.values()) {
                foreignKeys(t, byOid);
            }
            for (TableDescriptor t : tables.values()) {
                for (String comment : DumpDefinitions.constraintComments(t)) {
                    line(comment);
                    line("");
                }
            }
            acls(session);
            for (TableDescriptor v : views) {
                if (v.view().materialized() && v.view().populated()) {
                    line("REFRESH MATERIALIZED VIEW " + name(v.schema(), v.name()) + ";");
                    line("");
                }
            }
            run(session, "COMMIT", null);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void triggers(Session session) throws IOException {
        for (String[] row : query(session, "SELECT pg_catalog.pg_get_triggerdef(t.oid) FROM pg_catalog.pg_trigger t"
                + " JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE NOT t.tgisinternal ORDER BY n.nspname, c.relname, t.tgname")) {
            line(row[0] + ";");
            line("");
        }
    }

    /** GRANT/REVOKE for schemas, relations, columns and routines whose ACL is not the default. */
    private void acls(Session session) throws IOException {
        List<String> commands = new ArrayList<>();
        for (String[] row : query(session, "SELECT n.nspname, n.nspacl::text, pg_catalog.pg_get_userbyid(n.nspowner)"
                + " FROM pg_catalog.pg_namespace n WHERE n.nspacl IS NOT NULL AND n.nspname NOT LIKE 'pg\\_%'"
                + " AND n.nspname <> 'information_schema' ORDER BY 1")) {
            List<DumpAcls.Item> defaults = row[0].equals("public")
                    ? List.of(new DumpAcls.Item("pg_database_owner", "UC", "pg_database_owner"),
                            new DumpAcls.Item("", "U", "pg_database_owner"))
                    : DumpAcls.defaults("SCHEMA", row[2]);
            commands.addAll(DumpAcls.commands("SCHEMA", ident(row[0]), null, row[1], defaults, row[2]));
        }
        for (String[] row : query(session, "SELECT n.nspname, c.relname, c.relkind::text, c.relacl::text,"
                + " pg_catalog.pg_get_userbyid(c.relowner), c.oid FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'S', 'v', 'm', 'p') AND n.nspname NOT LIKE 'pg\\_%'"
                + " AND n.nspname <> 'information_schema' ORDER BY 1, 2")) {
            String type = row[2].equals("S") ? "SEQUENCE" : "TABLE";
            String target = name(row[0], row[1]);
            if (row[3] != null) {
                commands.addAll(DumpAcls.commands(type, target, null, row[3], DumpAcls.defaults(type, row[4]), row[4]));
            }
            for (String[] column : query(session, "SELECT a.attname, a.attacl::text FROM pg_catalog.pg_attribute a"
                    + " WHERE a.attrelid = " + row[5] + " AND a.attnum > 0 AND a.attacl IS NOT NULL ORDER BY a.attnum")) {
                commands.addAll(DumpAcls.commands(type, target, column[0], column[1], List.of(), row[4]));
            }
        }
        for (String[] row : query(session, "SELECT n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid),"
                + " p.prokind::text, p.proacl::text, pg_catalog.pg_get_userbyid(p.proowner) FROM pg_catalog.pg_proc p"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE p.proacl IS NOT NULL"
                + " AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' ORDER BY 1, 2, 3")) {
            String type = row[3].equals("p") ? "PROCEDURE" : "FUNCTION";
            String target = name(row[0], row[1]) + "(" + (row[2] == null ? "" : row[2]) + ")";
            commands.addAll(DumpAcls.commands(type, target, null, row[4], DumpAcls.defaults(type, row[5]), row[5]));
        }
        for (String command : commands) {
            line(command);
        }
        if (!commands.isEmpty()) {
            line("");
        }
    }

    private void header() throws IOException {
        line("--");
        line("-- PostgreSQL database dump (written by pglitedb dump)");
        line("--");
        line("");
        line("SET statement_timeout = 0;");
        line("SET lock_timeout = 0;");
        line("SET client_encoding = 'UTF8';");
        line("SET standard_conforming_strings = on;");
        line("SET check_function_bodies = false;");
        line("SET client_min_messages = warning;");
        line("");
    }

    private void schemas(Map<String, TableDescriptor> tables, Map<String, SequenceDescriptor> sequences,
            List<TableDescriptor> views, java.util.Collection<TypeDescriptor> types, List<RoutineDescriptor> routines)
            throws IOException {
        TreeSet<String> names = new TreeSet<>();
        tables.values().forEach(t -> names.add(schemaOf(t.schema())));
        sequences.values().forEach(s -> names.add(schemaOf(s.schema())));
        views.forEach(t -> names.add(schemaOf(t.schema())));
        types.forEach(t -> names.add(schemaOf(t.schema())));
        routines.forEach(r -> names.add(schemaOf(r.schema())));
        names.remove("public");
        for (String schema : names) {
            line("CREATE SCHEMA " + ident(schema) + ";");
            line("");
        }
    }

    private static boolean isIdentitySequence(SequenceDescriptor s, Map<Integer, TableDescriptor> byOid) {
        TableDescriptor owner = byOid.get(s.ownedByTable());
        if (owner == null || s.ownedByColumn() == null) {
            return false;
        }
        int column = owner.columnIndex(s.ownedByColumn());
        return column >= 0 && owner.columns().get(column).isIdentity()
                && s.name().equals(owner.columns().get(column).sequenceName());
    }

    private void createSequence(SequenceDescriptor s) throws IOException {
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(name(s.schema(), s.name()));
        if (s.type().type() != Types.INT8) {
            sql.append("\n    AS ").append(s.type().displayName());
        }
        sequenceOptions(sql, s, "    ");
        line(sql.append(";").toString());
        line("");
    }

    private static void sequenceOptions(StringBuilder sql, SequenceDescriptor s, String indent) {
        sql.append('\n').append(indent).append("START WITH ").append(s.start());
        sql.append('\n').append(indent).append("INCREMENT BY ").append(s.increment());
        sql.append('\n').append(indent).append("MINVALUE ").append(s.minValue());
        sql.append('\n').append(indent).append("MAXVALUE ").append(s.maxValue());
        sql.append('\n').append(indent).append("CACHE ").append(s.cache());
        if (s.cycle()) {
            sql.append('\n').append(indent).append("CYCLE");
        }
    }

    /** {@code WITH (fillfactor='70', ...)} on a line of its own, as pg_dump writes a table's reloptions; "" for none. */
    private static String storageParameters(List<String> options) {
        if (options.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            items.add(ident(option.substring(0, eq)) + "=" + literal(option.substring(eq + 1)));
        }
        return "\nWITH (" + String.join(", ", items) + ")";
    }

    private void createTable(TableDescriptor t, Catalog catalog) throws IOException {
        List<String> items = new ArrayList<>();
        for (ColumnDescriptor c : t.columns()) {
            StringBuilder column = new StringBuilder("    ").append(ident(c.name())).append(' ')
                    .append(c.type().displayName());
            if (c.collation() != io.pglitedb.catalog.Collations.ofType(c.type().type())) {
                // pg_dump's form: only a collation other than the type's, schema-qualified
                column.append(" COLLATE pg_catalog.").append(ident(io.pglitedb.catalog.Collations.name(c.collation())));
            }
            if (c.generated()) {
                column.append(" GENERATED ALWAYS AS (").append(c.defaultSql()).append(") STORED");
            } else if (c.defaultSql() != null && !c.isIdentity()) {
                column.append(" DEFAULT ").append(c.defaultSql());
            }
            if (c.notNull() || c.isIdentity()) {
                column.append(" NOT NULL");
            }
            items.add(column.toString());
        }
        for (CheckConstraint check : t.checks()) {
            if (!t.settings().notValid(check.name())) { // a NOT VALID one is added after the data
                items.add("    CONSTRAINT " + ident(check.name()) + " CHECK (" + check.expressionSql() + ")");
            }
        }
        boolean unlogged = t.settings().persistence() == io.pglitedb.catalog.TableSettings.UNLOGGED;
        line("CREATE " + (unlogged ? "UNLOGGED " : "") + "TABLE " + name(t.schema(), t.name()) + " (\n"
                + String.join(",\n", items) + "\n)" + storageParameters(t.options()) + ";");
        columnSettings(t);
        line("");
        for (String comment : DumpDefinitions.relationComments(t)) {
            line(comment);
            line("");
        }
        for (ColumnDescriptor c : t.columns()) {
            if (!c.isIdentity()) {
                continue;
            }
            SequenceDescriptor s = catalog.sequenceDefinitions()
                    .get(Catalog.qualifiedName(t.schema(), c.sequenceName()));
            StringBuilder sql = new StringBuilder("ALTER TABLE ").append(name(t.schema(), t.name()))
                    .append(" ALTER COLUMN ").append(ident(c.name())).append(" ADD GENERATED ")
                    .append(c.identity() == ColumnDescriptor.IDENTITY_ALWAYS ? "ALWAYS" : "BY DEFAULT")
                    .append(" AS IDENTITY (\n    SEQUENCE NAME ").append(name(t.schema(), c.sequenceName()));
            if (s != null) {
                sequenceOptions(sql, s, "    ");
            }
            line(sql.append("\n);").toString());
            line("");
        }
    }

    /**
     * As pg_dump, right after CREATE TABLE: the columns' statistics targets and storage other than
     * their type's, and REPLICA IDENTITY FULL or NOTHING (USING INDEX follows the index).
     */
    private void columnSettings(TableDescriptor t) throws IOException {
        String table = name(t.schema(), t.name());
        for (ColumnDescriptor c : t.columns()) {
            if (c.settings().statisticsTarget() >= 0) {
                line("ALTER TABLE ONLY " + table + " ALTER COLUMN " + ident(c.name()) + " SET STATISTICS "
                        + c.settings().statisticsTarget() + ";");
            }
            char storage = c.settings().storage();
            if (storage != '\0' && storage != io.pglitedb.catalog.system.CatalogFunctions.typeStorage(c.type().type())) {
                String word = switch (storage) {
                    case 'p' -> "PLAIN";
                    case 'e' -> "EXTERNAL";
                    case 'm' -> "MAIN";
                    default -> "EXTENDED";
                };
                line("ALTER TABLE ONLY " + table + " ALTER COLUMN " + ident(c.name()) + " SET STORAGE " + word + ";");
            }
        }
        switch (t.settings().replicaIdentity()) {
            case io.pglitedb.catalog.TableSettings.REPLICA_FULL -> line("ALTER TABLE ONLY " + table + " REPLICA IDENTITY FULL;");
            case io.pglitedb.catalog.TableSettings.REPLICA_NOTHING ->
                    line("ALTER TABLE ONLY " + table + " REPLICA IDENTITY NOTHING;");
            default -> {
            }
        }
    }

    /** After the index: ALTER TABLE ONLY t REPLICA IDENTITY USING INDEX i, when it is the table's identity. */
    private void replicaIdentityIndex(TableDescriptor t, long indexOid, String indexName) throws IOException {
        if (t.settings().replicaIdentity() == io.pglitedb.catalog.TableSettings.REPLICA_INDEX
                && t.settings().replicaIdentityIndex() == indexOid) {
            line("ALTER TABLE ONLY " + name(t.schema(), t.name()) + " REPLICA IDENTITY USING INDEX " + ident(indexName)
                    + ";");
            line("");
        }
    }

    private void data(Session session, TableDescriptor t) throws IOException {
        List<String> columns = new ArrayList<>();
        for (ColumnDescriptor c : t.columns()) {
            columns.add(ident(c.name()));
        }
        String target = name(t.schema(), t.name()) + " (" + String.join(", ", columns) + ")";
        line("--");
        line("-- Data for " + name(t.schema(), t.name()));
        line("--");
        line("");
        line("COPY " + target + " FROM stdin;");
        long[] rows = {0};
        // all the rows a query of the table sees (inheritance children's and partitions' included):
        // the dump writes every table as a plain one
        run(session, "COPY (SELECT " + String.join(", ", columns) + " FROM " + name(t.schema(), t.name())
                + ") TO STDOUT", bytes -> {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++rows[0] % PROGRESS_ROWS == 0) {
                progress.accept("dumping " + name(t.schema(), t.name()) + ": " + rows[0] + " rows");
            }
        });
        line("\\.");
        line("");
        progress.accept("dumped " + name(t.schema(), t.name()) + ": " + rows[0] + " rows");
    }

    private void keysAndIndexes(TableDescriptor t) throws IOException {
        String table = name(t.schema(), t.name());
        notValidChecks(t);
        if (t.hasPrimaryKey()) {
            line("ALTER TABLE ONLY " + table + "\n    ADD CONSTRAINT " + ident(t.primaryKeyName()) + " PRIMARY KEY ("
                    + columnList(t, t.primaryKey()) + ");");
            line("");
            indexComment(t, t.primaryKeyName());
            replicaIdentityIndex(t, io.pglitedb.catalog.DerivedOids.primaryKeyIndex(t), t.primaryKeyName());
        }
        for (IndexDescriptor index : t.indexes()) {
            if (index.constraint()) {
                line("ALTER TABLE ONLY " + table + "\n    ADD CONSTRAINT " + ident(index.name()) + " "
                        + io.pglitedb.catalog.system.Definitions.uniqueDef(t, index)
                        + io.pglitedb.catalog.system.Definitions.deferral(index.deferrable(), index.initiallyDeferred())
                        + ";");
            } else {
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < index.columnCount(); i++) {
                    String key = index.expression(i) != null ? "(" + index.expression(i) + ")"
                            : ident(t.columns().get(index.column(i)).name());
                    boolean desc = index.isDescending(i);
                    if (desc) {
                        key += " DESC";
                    }
                    // PostgreSQL's default: NULLS LAST for ASC, NULLS FIRST for DESC
                    if (index.isNullsFirst(i) != desc) {
                        key += index.isNullsFirst(i) ? " NULLS FIRST" : " NULLS LAST";
                    }
                    keys.add(key);
                }
                line("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + ident(index.name()) + " ON " + table
                        + " USING " + index.method() + " (" + String.join(", ", keys) + ")"
                        + io.pglitedb.catalog.system.Definitions.includeClause(t, index.included())
                        + (index.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                        + (index.options().isEmpty() ? ""
                                : " WITH (" + io.pglitedb.catalog.system.Definitions.flattenOptions(index.options()) + ")")
                        + (index.predicate() != null ? " WHERE " + index.predicate() : "") + ";");
            }
            line("");
            indexComment(t, index.name());
            replicaIdentityIndex(t, index.oid(), index.name());
        }
    }

    /** As pg_dump: a CHECK constraint added NOT VALID is added after the data, still NOT VALID. */
    private void notValidChecks(TableDescriptor t) throws IOException {
        for (CheckConstraint check : t.checks()) {
            if (t.settings().notValid(check.name())) {
                line("ALTER TABLE " + name(t.schema(), t.name()) + "\n    ADD CONSTRAINT " + ident(check.name())
                        + " CHECK (" + check.expressionSql() + ") NOT VALID;");
                line("");
            }
        }
    }

    private void indexComment(TableDescriptor t, String indexName) throws IOException {
        String comment = DumpDefinitions.indexComment(t, indexName);
        if (comment != null) {
            line(comment);
            line("");
        }
    }

    private void foreignKeys(TableDescriptor t, Map<Integer, TableDescriptor> byOid) throws IOException {
        for (ForeignKey fk : t.foreignKeys()) {
            TableDescriptor referenced = byOid.get(fk.referencedTable());
            if (referenced == null) {
                continue;
            }
            StringBuilder sql = new StringBuilder("ALTER TABLE ONLY ").append(name(t.schema(), t.name()))
                    .append("\n    ADD CONSTRAINT ").append(ident(fk.name())).append(" FOREIGN KEY (")
                    .append(columnList(t, fk.columns())).append(") REFERENCES ")
                    .append(name(referenced.schema(), referenced.name())).append('(')
                    .append(columnList(referenced, fk.referencedColumns())).append(')');
            if (fk.matchFull()) {
                sql.append(" MATCH FULL");
            }
            if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
                sql.append(" ON UPDATE ").append(action(fk.onUpdate()));
            }
            if (fk.onDelete() != ForeignKey.Action.NO_ACTION) {
                sql.append(" ON DELETE ").append(action(fk.onDelete()));
            }
            sql.append(io.pglitedb.catalog.system.Definitions.deferral(fk.deferrable(), fk.initiallyDeferred()));
            if (t.settings().notValid(fk.name())) {
                sql.append(" NOT VALID");
            }
            line(sql.append(';').toString());
            line("");
        }
    }

    private static String action(ForeignKey.Action action) {
        return action.name().replace('_', ' ');
    }

    private static String columnList(TableDescriptor t, int[] columns) {
        List<String> names = new ArrayList<>();
        for (int c : columns) {
            names.add(ident(t.columns().get(c).name()));
        }
        return String.join(", ", names);
    }

    private static String schemaOf(String schema) {
        return schema == null ? "public" : schema;
    }

    static String name(String schema, String name) {
        return ident(schemaOf(schema)) + "." + ident(name);
    }

    /** quote_ident: plain lower-case names that are not (non-unreserved) keywords stay bare. */
    static String ident(String name) {
        if (name.matches("[a-z_][a-z0-9_$]*")) {
            Keyword keyword = Keyword.lookup(name);
            if (keyword == null || keyword.category() == Keyword.Category.UNRESERVED) {
                return name;
            }
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private void line(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /** Runs one query; its rows with every value as text (null for NULL). */
    private static List<String[]> query(Session session, String sql) {
        List<String[]> rows = new ArrayList<>();
        session.simpleQuery(sql, new ResultSink() {
            @Override
            public void columns(List<ResultColumn> columns) {
            }

            @Override
            public void row(Object[] values) {
                String[] row = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    row[i] = values[i] == null ? null : String.valueOf(values[i]);
                }
                rows.add(row);
            }

            @Override
            public void complete(String commandTag) {
            }

            @Override
            public void emptyQuery() {
            }
        });
        return rows;
    }

    /** Runs one statement; COPY TO STDOUT output goes to {@code copyData}. */
    private static void run(Session session, String sql, Consumer<byte[]> copyData) {
        session.simpleQuery(sql, new ResultSink() {
            @Override
            public void columns(List<ResultColumn> columns) {
            }

            @Override
            public void row(Object[] values) {
            }

            @Override
            public void complete(String commandTag) {
            }

            @Override
            public void emptyQuery() {
            }

            @Override
            public void copyOutStart(boolean binary, int columnCount) {
            }

            @Override
            public void copyData(byte[] data) {
                copyData.accept(data);
            }
        });
    }
}
