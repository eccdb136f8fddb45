package io.pglitedb.cli;

import io.pglitedb.error.PgException;
import io.pglitedb.session.Database;
import io.pglitedb.session.SqlDump;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code pglitedb dump [--data DIR] [--database NAME] [--file FILE]}: a plain SQL dump ({@link SqlDump}) of a data
 * directory no server is using, on stdout or into FILE; progress on stderr. A running server holds
 * the directory: take an online copy first ({@code SELECT pglitedb_backup('/tmp/copy')}) and dump
 * that.
 */
final class DumpCommand {
    private final Path data;
    private final Path file;
    private final String databaseName;
    private final PrintStream out;
    private final PrintStream err;

    private DumpCommand(Path data, Path file, String databaseName, PrintStream out, PrintStream err) {
        this.data = data;
        this.file = file;
        this.databaseName = databaseName;
        this.out = out;
        this.err = err;
    }

    static DumpCommand parse(List<String> args, PrintStream out, PrintStream err) throws CommandLineException {
        String data = ServeOptions.DEFAULT_DATA;
        String file = null;
        String databaseName = "postgres";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--data", "-D" -> data = value != null ? value : BackupCommand.valueOf(args, ++i, name);
                case "--database", "-d" -> databaseName = value != null ? value : BackupCommand.valueOf(args, ++i, name);
                case "--file", "-f" -> file = value != null ? value : BackupCommand.valueOf(args, ++i, name);
                default -> throw new CommandLineException(arg.startsWith("-")
                        ? "unknown option \"" + arg + "\" (try \"pglitedb --help\")"
                        : "unexpected argument \"" + arg + "\" (try \"pglitedb --help\")");
            }
        }
        if (data.isBlank()) {
            throw new CommandLineException("option --data needs a directory");
        }
        return new DumpCommand(Path.of(data), file == null || file.equals("-") ? null : Path.of(file), databaseName,
                out, err);
    }

    int run() throws CommandLineException {
        if (!Files.isRegularFile(data.resolve("CURRENT"))) {
            throw new CommandLineException("\"" + data + "\" is not a PGLiteDB data directory");
        }
        Database database;
        try {
            database = Database.open(data);
        } catch (PgException e) {
            if (e.getMessage().contains("could not lock")) {
                throw new CommandLineException("data directory \"" + data + "\" is in use by a running server; "
                        + "copy it online first (psql -c \"SELECT pglitedb_backup('/tmp/pglitedb-copy')\") "
                        + "and dump the copy (pglitedb dump --data /tmp/pglitedb-copy)");
            }
            throw new CommandLineException(e.getMessage());
        }
        try (database) {
            if (!database.databases().containsKey(databaseName)) {
                throw new CommandLineException("database \"" + databaseName + "\" does not exist");
            }
            if (file == null) {
                dump(database, out);
                out.flush();
            } else {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    dump(database, stream);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CommandLineException("could not write the dump: " + e.getMessage());
        } catch (PgException e) {
            throw new CommandLineException("dump failed: " + e.getMessage());
        }
        return Main.EXIT_OK;
    }

    private void dump(Database database, OutputStream stream) {
        new SqlDump(database, databaseName, stream, line -> {
            err.println("pglitedb dump: " + line);
            err.flush();
        }).write();
    }
}
