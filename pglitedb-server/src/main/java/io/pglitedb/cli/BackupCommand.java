package io.pglitedb.cli;

import io.pglitedb.error.PgException;
import io.pglitedb.storage.Store;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code pglitedb backup --data DIR --to TARGET}: a physical copy of a data directory no server is
 * using (a RocksDB checkpoint, see {@link Store#checkpoint}); restore by serving the copy
 * ({@code pglitedb serve --data TARGET}). A running server holds the directory's lock: then the
 * backup is taken inside it with {@code SELECT pglitedb_backup('TARGET')}, which is online and
 * consistent under concurrent writes.
 */
final class BackupCommand {
    private final Path data;
    private final Path target;
    private final PrintStream out;

    private BackupCommand(Path data, Path target, PrintStream out) {
        this.data = data;
        this.target = target;
        this.out = out;
    }

    static BackupCommand parse(List<String> args, PrintStream out) throws CommandLineException {
        String data = ServeOptions.DEFAULT_DATA;
        String target = null;
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
                case "--data", "-D" -> data = value != null ? value : valueOf(args, ++i, name);
                case "--to" -> target = value != null ? value : valueOf(args, ++i, name);
                default -> throw new CommandLineException(arg.startsWith("-")
                        ? "unknown option \"" + arg + "\" (try \"pglitedb --help\")"
                        : "unexpected argument \"" + arg + "\" (try \"pglitedb --help\")");
            }
        }
        if (target == null || target.isBlank()) {
            throw new CommandLineException("backup needs --to TARGET (a directory that does not exist yet)");
        }
        if (data.isBlank()) {
            throw new CommandLineException("option --data needs a directory");
        }
        return new BackupCommand(Path.of(data), Path.of(target), out);
    }

    static String valueOf(List<String> args, int index, String option) throws CommandLineException {
        if (index >= args.size()) {
            throw new CommandLineException("option " + option + " needs a value");
        }
        return args.get(index);
    }

    int run() throws CommandLineException {
        if (!Files.isRegularFile(data.resolve("CURRENT"))) {
            throw new CommandLineException("\"" + data + "\" is not a PGLiteDB data directory");
        }
        Store store;
        try {
            store = Store.open(data);
        } catch (PgException e) {
            if (e.getMessage().contains("could not lock")) {
                throw new CommandLineException("data directory \"" + data + "\" is in use by a running server; "
                        + "back it up online from inside it: psql -c \"SELECT pglitedb_backup('"
                        + target.toAbsolutePath().normalize() + "')\"");
            }
            throw new CommandLineException(e.getMessage());
        }
        try (store) {
            store.checkpoint(target);
        } catch (PgException e) {
            throw new CommandLineException(e.getMessage());
        }
        out.println("pglitedb: backup of " + data + " written to " + target.toAbsolutePath().normalize()
                + "; restore with: pglitedb serve --data " + target.toAbsolutePath().normalize());
        return Main.EXIT_OK;
    }
}
