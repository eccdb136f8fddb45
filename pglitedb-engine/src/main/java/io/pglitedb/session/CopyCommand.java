package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.analyze.ConstraintBinder;
import io.pglitedb.sql.plan.RowChecks;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.DmlExecutor;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.Executor;
import io.pglitedb.exec.RowIterator;
import io.pglitedb.exec.copy.CopyFormatter;
import io.pglitedb.exec.copy.CopyOptions;
import io.pglitedb.exec.copy.CopyParser;
import io.pglitedb.exec.copy.CopyRowReceiver;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.CopyAnalyzer;
import io.pglitedb.sql.analyze.ParameterTypes;
import io.pglitedb.sql.ast.Copy;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.Cast;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.Casts;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * COPY FROM STDIN and COPY TO STDOUT (text and CSV). Runs inside the session's current transaction
 * like an INSERT or a SELECT; a failure anywhere aborts the statement and so keeps no row.
 *
 * <p>FROM: the front end's {@link ResultSink#copyIn} stream is parsed ({@link CopyParser}); each
 * field goes through its column type's text input and the column's typmod coercion, missing
 * columns get their defaults, and rows are stored with {@link DmlExecutor#insertRow} (NOT NULL,
 * primary key). Errors carry PostgreSQL's CONTEXT ({@code COPY t, line 3, column a: "x"}).
 * TO: the rows of the table or query are written with a {@link CopyFormatter}, one CopyData each.
 */
final class CopyCommand {
    private static final Object[] NO_VALUES = new Object[0];

    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final ResultSink sink;

    CopyCommand(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView, ResultSink sink) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.sink = sink;
    }

    /** @return the command tag, {@code COPY n} */
    String run(Copy copy) {
        if (copy.file() != null) {
            checkServerFileAccess(copy.from());
        }
        if (copy.file() != null && !copy.from()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY to a file is not supported yet; use COPY TO STDOUT or psql's \\copy");
        }
        CopyOptions options = CopyOptions.parse(copy.options(), copy.from());
        AnalyzerContext context = new AnalyzerContext(catalogView, new ParameterTypes(null), session.currentUser(),
                session.databaseName(), session.sequences(), session.searchPath()).withSessionUser(session.sessionUser());
        context.access().setRowSecurity(Settings.isOn(session.setting("row_security")));
        ExecContext exec = new ExecContext(transaction, NO_VALUES, catalog, catalog.databaseOid());
        exec.setSystemContext(session::systemContext);
        return copy.from() ? copyFrom(copy, options, context, exec) : copyTo(copy, options, context, exec);
    }

    private String copyTo(Copy copy, CopyOptions options, AnalyzerContext context, ExecContext exec) {
        QueryPlan plan = CopyAnalyzer.to(copy, context);
        new io.pglitedb.security.Authorization(catalogView).check(context.access(), session.currentRoleOid(catalogView));
        List<ResultColumn> columns = plan.columns();
        DataType[] types = new DataType[columns.size()];
        List<String> names = new ArrayList<>(columns.size());
        for (int i = 0; i < types.length; i++) {
            types[i] = columns.get(i).type();
            names.add(columns.get(i).name() == null ? "?column?" : columns.get(i).name());
        }
        checkForced("FORCE_QUOTE", options.forceQuote(), names);
        CopyFormatter formatter = CopyFormatter.of(options, types, names);
        long count = 0;
        try (RowIterator rows = Executor.open(plan.root(), exec)) {
            sink.copyOutStart(false, types.length);
            if (options.header()) {
                sink.copyData(formatter.header(names));
            }
            Object[] row;
            while ((row = rows.next()) != null) {
                sink.copyData(formatter.format(row));
                count++;
            }
        }
        sink.copyOutDone();
        return "COPY " + count;
    }

    private String copyFrom(Copy copy, CopyOptions options, AnalyzerContext context, ExecContext exec) {
        CopyAnalyzer.Target target = CopyAnalyzer.from(copy, context);
        TableDescriptor table = target.table();
        int[] columns = target.columns();
        context.access().modify(table.oid(), table.name(), io.pglitedb.catalog.Privileges.INSERT);
        for (int c : columns) {
            context.access().inserted(table.oid(), table.name(), table.columns().get(c).attributeNumber());
        }
        new io.pglitedb.security.Authorization(catalogView).check(context.access(), session.currentRoleOid(catalogView));
        if (io.pglitedb.security.RowLevelSecurity.forRole(catalogView, table, session.currentRoleOid(catalogView),
                context.access().rowSecurity()) != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY FROM not supported with row-level security")
                    .withHint("Use INSERT statements instead.");
        }
        List<String> names = new ArrayList<>(columns.length);
        for (int c : columns) {
            names.add(table.columns().get(c).name());
        }
        boolean[] forceNotNull = checkForced("FORCE_NOT_NULL", options.forceNotNull(), names);
        boolean[] forceNull = checkForced("FORCE_NULL", options.forceNull(), names);
        CopyParser parser = CopyParser.of(options);
        if (forceNotNull != null || forceNull != null) {
            parser.forceNulls(forceNotNull, forceNull);
        }
        DmlExecutor.lockForWriting(table, exec);
        RowInserter inserter = new RowInserter(ConstraintBinder.of(table, context), columns, target.defaults(), exec,
                parser);
        if (copy.file() != null) {
            try (FileCopyIn in = new FileCopyIn(copy.file())) {
                readAll(in, parser, inserter);
            }
        } else {
            readAll(sink.copyIn(false, columns.length), parser, inserter);
        }
        try {
            parser.finish(inserter);
        } catch (PgException e) {
            throw inserter.withContext(e);
        }
        return "COPY " + inserter.count;
    }

    /**
     * COPY with a server file reads or writes as the server process: superusers only (the
     * pg_read/write_server_files roles do not exist yet), as PostgreSQL.
     */
    private void checkServerFileAccess(boolean from) {
        io.pglitedb.catalog.RoleDescriptor role = catalogView.role(session.currentUser());
        if (role == null || !role.superuser()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                    "must be superuser or have privileges of the %s role to COPY %s a file",
                    from ? "pg_read_server_files" : "pg_write_server_files", from ? "from" : "to")
                    .withHint("Anyone can COPY to stdout or from stdin. psql's \\copy command also works for anyone.");
        }
    }

    /** COPY ... FROM 'file': the server reads the file itself (superusers only, see checkServerFileAccess). */
    private static final class FileCopyIn implements CopyInStream, AutoCloseable {
        private final InputStream input;

        FileCopyIn(String file) {
            try {
                input = Files.newInputStream(Path.of(file));
            } catch (NoSuchFileException e) {
                throw new PgException(SqlState.UNDEFINED_FILE,
                        "could not open file \"%s\" for reading: No such file or directory", file);
            } catch (IOException | RuntimeException e) {
                throw new PgException(SqlState.IO_ERROR, "could not open file \"%s\" for reading: %s", file,
                        e.getMessage());
            }
        }

        @Override
        public byte[] next() {
            try {
                byte[] buffer = input.readNBytes(65536);
                return buffer.length == 0 ? null : buffer;
            } catch (IOException e) {
                throw new PgException(SqlState.IO_ERROR, "could not read from COPY file: %s", e.getMessage());
            }
        }

        @Override
        public void close() {
            try {
                input.close();
            } catch (IOException ignored) {
                // nothing was written; a failed close loses nothing
            }
        }
    }

    private static void readAll(CopyInStream in, CopyParser parser, RowInserter inserter) {
        byte[] chunk;
        while ((chunk = in.next()) != null) {
            if (!parser.ended()) {
                feed(parser, chunk, inserter);
            }
        }
    }

    private static void feed(CopyParser parser, byte[] chunk, RowInserter inserter) {
        try {
            parser.feed(chunk, 0, chunk.length, inserter);
        } catch (PgException e) {
            throw inserter.withContext(e);
        }
    }

    /** Column names of a FORCE_* option as flags by position; 42P10 for a column COPY does not use. */
    private static boolean[] checkForced(String option, List<String> forced, List<String> names) {
        if (forced == null) {
            return null;
        }
        for (String name : forced) {
            if (!names.contains(name)) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "%s column \"%s\" not referenced by COPY",
                        option, name);
            }
        }
        boolean[] flags = new boolean[names.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = forced.contains(names.get(i));
        }
        return flags;
    }

    /** Converts each parsed row into a table row and stores it; knows where it is for error contexts. */
    private static final class RowInserter implements CopyRowReceiver {
        private final TableDescriptor table;
        private final RowChecks checks;
        private final DataType[] types;
        private final int[] primaryKey;
        private final int[] columns;
        private final PgType[] inputTypes;
        private final Cast[] coercions;
        private final BoundExpr[] defaults;
        private final ExecContext exec;
        private final CopyParser parser;
        /** The input field being converted, -1 when none. */
        private int field = -1;
        private String fieldValue;
        long count;

        RowInserter(RowChecks checks, int[] columns, BoundExpr[] defaults, ExecContext exec, CopyParser parser) {
            TableDescriptor table = checks.table();
            this.checks = checks;
            this.table = table;
            this.types = table.columnTypes();
            this.primaryKey = table.primaryKey();
            this.columns = columns;
            this.defaults = defaults;
            this.exec = exec;
            this.parser = parser;
            this.inputTypes = new PgType[columns.length];
            this.coercions = new Cast[columns.length];
            for (int i = 0; i < columns.length; i++) {
                DataType type = types[columns[i]];
                inputTypes[i] = type.type();
                if (type.typmod() >= 0) {
                    coercions[i] = Casts.find(DataType.of(type.type()), type, CastContext.ASSIGNMENT);
                }
            }
        }

        @Override
        public void row(String[] fields, int count) {
            int expected = columns.length;
            if (count > expected) {
                throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "extra data after last expected column");
            }
            if (count < expected) {
                throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "missing data for column \"%s\"",
                        table.columns().get(columns[count]).name());
            }
            Object[] row = new Object[types.length];
            for (int i = 0; i < count; i++) {
                String text = fields[i];
                if (text != null) {
                    field = i;
                    fieldValue = text;
                    Object value = inputTypes[i].fromText(text, -1);
                    Cast coercion = coercions[i];
                    row[columns[i]] = coercion == null ? value : coercion.apply(value);
                }
            }
            field = -1;
            for (int i = 0; i < defaults.length; i++) {
                if (defaults[i] != null) {
                    row[i] = defaults[i].eval(NO_VALUES, NO_VALUES);
                }
            }
            DmlExecutor.insertRow(checks, types, primaryKey, row, exec);
            this.count++;
        }

        /** PostgreSQL's CopyFromErrorCallback context for an error raised at the current row. */
        PgException withContext(PgException e) {
            if (e.context() != null) {
                return e;
            }
            String prefix = "COPY " + table.name() + ", line " + parser.lineNumber();
            if (field >= 0) {
                e.withContext(prefix + ", column " + table.columns().get(columns[field]).name() + ": \""
                        + CopyParser.display(fieldValue) + "\"");
            } else if (e.state() == SqlState.UNIQUE_VIOLATION) {
                e.withContext(prefix); // PostgreSQL finds it when a batch of rows is flushed
            } else {
                e.withContext(prefix + ": \"" + parser.lineText() + "\"");
            }
            return e;
        }
    }
}
