package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.Sequence;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
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
        Map<String, TableDescriptor> tables = new TreeMap<>(catalog.tables());
        Map<String, SequenceDescriptor> sequences = new TreeMap<>(catalog.sequenceDefinitions());
        Map<Integer, TableDescriptor> byOid = new HashMap<>();
        for (TableDescriptor t : tables.values()) {
            byOid.put(t.oid(), t);
        }
        try {
            run(session, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", null);
            header();
            schemas(tables, sequences);
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
            for (TableDescriptor t : tables.values()) {
                foreignKeys(t, byOid);
            }
            run(session, "COMMIT", null);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private void schemas(Map<String, TableDescriptor> tables, Map<String, SequenceDescriptor> sequences)
            throws IOException {
        TreeSet<String> names = new TreeSet<>();
        tables.values().forEach(t -> names.add(schemaOf(t.schema())));
        sequences.values().forEach(s -> names.add(schemaOf(s.schema())));
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

    private void createTable(TableDescriptor t, Catalog catalog) throws IOException {
        List<String> items = new ArrayList<>();
        for (ColumnDescriptor c : t.columns()) {
            StringBuilder column = new StringBuilder("    ").append(ident(c.name())).append(' ')
                    .append(c.type().displayName());
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
            items.add("    CONSTRAINT " + ident(check.name()) + " CHECK (" + check.expressionSql() + ")");
        }
        line("CREATE TABLE " + name(t.schema(), t.name()) + " (\n" + String.join(",\n", items) + "\n);");
        line("");
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
        run(session, "COPY " + target + " TO STDOUT", bytes -> {
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
        if (t.hasPrimaryKey()) {
            line("ALTER TABLE ONLY " + table + "\n    ADD CONSTRAINT " + ident(t.primaryKeyName()) + " PRIMARY KEY ("
                    + columnList(t, t.primaryKey()) + ");");
            line("");
        }
        for (IndexDescriptor index : t.indexes()) {
            if (index.constraint()) {
                line("ALTER TABLE ONLY " + table + "\n    ADD CONSTRAINT " + ident(index.name()) + " UNIQUE ("
                        + columnList(t, index.columns()) + ");");
            } else {
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < index.columnCount(); i++) {
                    String key = ident(t.columns().get(index.column(i)).name());
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
                        + " USING btree (" + String.join(", ", keys) + ");");
            }
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

    private static String name(String schema, String name) {
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

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private void line(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
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
