package io.pglitedb.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code pglitedb} command line:
 *
 * <pre>
 * pglitedb serve [--host ADDR] [--port N] [--data DIR | --memory] [--hba FILE] [--max-connections N] [--storage-memory SIZE] [-c NAME=VALUE]
 *                [--tls | --tls-cert FILE --tls-key FILE]
 *                [--http-port N [--http-cors ORIGINS] [--http-max-body BYTES] [--http-timeout SECONDS]
 *                 [--http-tokens FILE]]
 * pglitedb token ROLE
 * pglitedb backup [--data DIR] --to TARGET
 * pglitedb dump [--data DIR] [--database NAME] [--file FILE]
 * pglitedb version
 * pglitedb help
 * </pre>
 *
 * Exit codes: 0 success (also after SIGTERM / Ctrl-C), 2 a wrong command line or a server that
 * could not start (unusable data directory, port in use), 1 anything unexpected.
 */
public final class Main {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    static final String USAGE = """
            usage: pglitedb <command> [options]

            commands:
              serve      run the PostgreSQL wire protocol server
              backup     copy a data directory that no server is using (--data DIR --to TARGET);
                         a running server backs up online with SELECT pglitedb_backup('TARGET')
              dump       write a plain SQL dump that PostgreSQL loads with psql -f
                         ([--data DIR] [--database NAME] [--file FILE]; default stdout)
              token      make a bearer token for the HTTP door: prints the token and the
                         "ROLE SHA256" line to add to the --http-tokens file (token ROLE)
              version    print the version
              help       print this help

            serve options:
              --host ADDR   address to listen on (default 127.0.0.1; "*" for every interface)
              --port N      TCP port (default 5432; 0 picks a free one)
              --data DIR    data directory, created if missing (default ./pglitedb-data)
              --memory      keep everything in memory; nothing is written to disk
              --hba FILE    client authentication rules in pg_hba.conf format, re-read on SIGHUP
                            (default: trust from this machine, scram-sha-256 from others)
              --max-connections N
                            refuse sessions beyond N (default 100; the last 3 for superusers)
              --storage-memory SIZE
                            native memory for RocksDB's block cache and memtables together
                            (default 128MB; e.g. 256MB, 2GB); the heap is set by -Xmx
              --shutdown smart|fast
                            what SIGTERM does: fast (default) ends every session; smart refuses
                            new ones and waits for the open ones to end (SIGINT is always fast)
              -c NAME=VALUE set a server setting as postgresql.conf would (repeatable): defaults
                            for sessions (log_min_duration_statement=250ms, statement_timeout,
                            TimeZone, ...) and log_line_prefix (default '%m [%p] ')
              --tls         accept TLS (sslmode=require) with a self-signed certificate made on
                            first use and kept in DIR-tls beside the data directory
              --tls-cert FILE --tls-key FILE
                            accept TLS with this PEM certificate (chain) and PKCS#8 PEM key
              --http-port N also serve the HTTP/JSON API on this port (off by default; HTTPS
                            when TLS is configured; same host, rules and data)
              --http-cors ORIGINS
                            allow browsers from these origins (comma list, or *)
              --http-max-body BYTES
                            largest HTTP request body (default 16777216)
              --http-timeout SECONDS
                            statement timeout of HTTP requests (default 30)
              --http-tokens FILE
                            long-lived bearer tokens: lines "ROLE SHA256-OF-TOKEN" (pglitedb
                            token ROLE makes one), re-read on SIGHUP
              --metrics-port N
                            serve Prometheus metrics at http://ADDR:N/metrics

            Stop the server with Ctrl-C or SIGTERM: it closes every connection and the database
            cleanly (with --shutdown smart, SIGTERM first waits for the sessions to end).
            """;

    private Main() {
    }

    /** {@code pglitedb token ROLE}: a new random token and its line for the --http-tokens file. */
    private static int token(List<String> args, PrintStream out) throws CommandLineException {
        if (args.size() != 1 || args.get(0).isBlank() || args.get(0).startsWith("-") || args.get(0).matches(".*\\s.*")) {
            throw new CommandLineException("usage: pglitedb token ROLE (a role name without spaces)");
        }
        String token = io.pglitedb.http.TokenFile.newToken();
        out.println("token: " + token);
        out.println("line for the --http-tokens file (only the hash is stored; keep the token secret):");
        out.println(args.get(0) + " " + io.pglitedb.http.TokenFile.hash(token));
        return EXIT_OK;
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return EXIT_USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "serve" -> {
                    ServeOptions options = ServeOptions.parse(rest);
                    if (options.help()) {
                        out.print(USAGE);
                        yield EXIT_OK;
                    }
                    yield new ServeCommand(options, out, err).run();
                }
                case "backup" -> BackupCommand.parse(rest, out).run();
                case "dump" -> DumpCommand.parse(rest, out, err).run();
                case "token" -> token(rest, out);
                case "version", "--version", "-V" -> {
                    out.println("pglitedb " + Version.current());
                    yield EXIT_OK;
                }
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield EXIT_OK;
                }
                default -> throw new CommandLineException("unknown command \"" + args[0]
                        + "\" (try \"pglitedb --help\")");
            };
        } catch (CommandLineException e) {
            err.println("pglitedb: " + e.getMessage());
            return EXIT_USAGE;
        }
    }
}
