package io.pglitedb.cli;

import io.pglitedb.http.HttpConfig;
import io.pglitedb.http.HttpDoor;
import io.pglitedb.http.TokenFile;
import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import io.pglitedb.wire.PgWireServer;
import io.pglitedb.wire.TlsConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code pglitedb serve}: opens the database, starts the wire server, prints "ready to accept
 * connections", then waits for SIGTERM or SIGINT (Ctrl-C). Stopping closes the server (every
 * connection and its session) and then the database, and the process exits with 0.
 *
 * <p>SIGTERM/SIGINT are caught with {@code sun.misc.Signal} so that the exit code is 0 rather
 * than the JVM's 143/130; a shutdown hook does the same cleanup when the JVM is stopped any other
 * way (System.exit elsewhere). The cleanup runs once, whichever comes first.
 *
 * <p>Client authentication follows {@code --hba FILE} (pg_hba.conf format), re-read on SIGHUP as
 * PostgreSQL does on reload; without it, {@link HbaRules#defaults()}: trust from this machine,
 * SCRAM passwords from anywhere else.
 */
final class ServeCommand {
    private final ServeOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    ServeCommand(ServeOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** PostgreSQL's default log_line_prefix: time with milliseconds and process id. */
    static final String DEFAULT_LOG_LINE_PREFIX = "%m [%p] ";

    /** -c settings: log_line_prefix shapes the log lines on stderr, the others are session defaults. */
    private void applySettings(Database database) throws CommandLineException {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>(options.settings());
        String prefix = settings.remove("log_line_prefix");
        database.setLog(io.pglitedb.session.ServerLog.lines(err, prefix != null ? prefix : DEFAULT_LOG_LINE_PREFIX));
        try {
            database.setServerSettings(settings);
        } catch (io.pglitedb.error.PgException e) {
            closeQuietly(database);
            throw new CommandLineException(e.getMessage());
        }
    }

    int run() throws CommandLineException {
        Authentication authentication = new Authentication(loadRules());
        TlsConfig tls = loadTls();
        TokenFile tokens = loadTokens();
        Database database = openDatabase();
        database.setMaxConnections(options.maxConnections());
        applySettings(database);
        PgWireServer server;
        try {
            server = PgWireServer.start(database, options.host(), options.port(), authentication, tls);
        } catch (IOException | RuntimeException e) {
            closeQuietly(database);
            throw new CommandLineException("could not listen on " + options.host() + ":" + options.port() + ": "
                    + describe(e));
        }
        HttpDoor http = null;
        if (options.http().port() != null) {
            HttpConfig config = HttpConfig.defaults(options.host(), options.http().port())
                    .withMaxBodyBytes(options.http().maxBodyBytes())
                    .withStatementTimeout(java.time.Duration.ofSeconds(options.http().timeoutSeconds()))
                    .withCorsOrigins(options.http().corsOrigins());
            try {
                http = HttpDoor.start(database, config, authentication, tls);
                http.tokens(tokens);
            } catch (IOException | RuntimeException e) {
                server.close();
                closeQuietly(database);
                throw new CommandLineException("could not listen for HTTP on " + options.host() + ":"
                        + options.http().port() + ": " + describe(e));
            }
        }
        MetricsServer metrics = null;
        if (options.metricsPort() >= 0) {
            try {
                metrics = MetricsServer.start(database, options.host(), options.metricsPort());
            } catch (IOException | RuntimeException e) {
                if (http != null) {
                    http.close();
                }
                server.close();
                closeQuietly(database);
                throw new CommandLineException("could not listen for metrics on " + options.host() + ":"
                        + options.metricsPort() + ": " + describe(e));
            }
        }
        HeapTrimmer.start(); // a daemon thread: nothing to stop at shutdown
        Shutdown shutdown = new Shutdown(server, http, database, metrics);
        Thread hook = new Thread(shutdown::run, "pglitedb-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        installSignalHandler("TERM", options.smartShutdown() ? () -> smartStop(database) : this::stop);
        installSignalHandler("INT", this::stop);
        if (options.hbaFile() != null || options.http().tokensFile() != null) {
            HttpDoor door = http;
            installSignalHandler("HUP", () -> reload(authentication, door));
        }
        warnIfOpenWithoutPasswords(server, database);

        if (tls != null) {
            out.println("pglitedb: TLS with " + tls.description());
        }
        if (http != null) {
            out.println("pglitedb: HTTP on " + (tls != null ? "https://" : "http://") + options.host() + ":"
                    + http.port() + "/v1/");
        }
        if (metrics != null) {
            out.println("pglitedb: Prometheus metrics on http://" + options.host() + ":" + metrics.port() + "/metrics");
        }
        out.println("pglitedb: listening on " + options.host() + ":" + server.port() + ", data in "
                + (options.memory() ? "memory" : options.dataDirectory()) + "; ready to accept connections");
        out.flush();

        awaitStop();
        out.println("pglitedb: shutting down");
        out.flush();
        shutdown.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or ran: nothing left to do
        }
        if (shutdown.failure != null) {
            err.println("pglitedb: closing the database failed: " + describe(shutdown.failure));
            return Main.EXIT_FAILURE;
        }
        out.println("pglitedb: database closed");
        out.flush();
        return Main.EXIT_OK;
    }

    /** Asks a running {@link #run()} to stop: a fast shutdown that ends every session (SIGINT, SIGTERM). */
    void stop() {
        stopRequested.countDown();
    }

    /**
     * A smart shutdown (SIGTERM with --shutdown smart, as pg_ctl stop -m smart): new sessions are
     * refused, the open ones may finish their work; once the last one ends, the server stops.
     * SIGINT meanwhile turns it into a fast shutdown.
     */
    private void smartStop(Database database) {
        if (smartStopping.getAndSet(true)) {
            return;
        }
        database.refuseNewSessions();
        err.println("pglitedb: smart shutdown: waiting for " + database.sessionCount()
                + " sessions to end (SIGINT for a fast shutdown)");
        err.flush();
        Thread.ofVirtual().name("pglitedb-smart-shutdown").start(() -> {
            while (database.sessionCount() > 0 && stopRequested.getCount() > 0) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            stop();
        });
    }

    private final java.util.concurrent.atomic.AtomicBoolean smartStopping = new java.util.concurrent.atomic.AtomicBoolean();

    private Database openDatabase() throws CommandLineException {
        if (options.memory()) {
            try {
                return Database.openInMemory(options.storageMemory());
            } catch (RuntimeException e) {
                throw new CommandLineException("could not open an in-memory database: " + describe(e));
            }
        }
        Path directory = options.dataDirectory();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new CommandLineException("data directory \"" + directory + "\" is not a directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException | RuntimeException e) {
            throw new CommandLineException("could not create data directory \"" + directory + "\": " + describe(e));
        }
        if (!Files.isWritable(directory)) {
            throw new CommandLineException("data directory \"" + directory + "\" is not writable");
        }
        try {
            return Database.open(directory, options.storageMemory());
        } catch (RuntimeException e) {
            throw new CommandLineException("could not open data directory \"" + directory + "\": " + describe(e));
        }
    }

    private void awaitStop() {
        boolean interrupted = false;
        while (true) {
            try {
                stopRequested.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private HbaRules loadRules() throws CommandLineException {
        Path file = options.hbaFile();
        if (file == null) {
            return HbaRules.defaults();
        }
        try {
            return HbaRules.parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new CommandLineException("could not read client authentication rules \"" + file + "\": " + describe(e));
        } catch (IllegalArgumentException e) {
            throw new CommandLineException(describe(e));
        }
    }

    /** --tls-cert/--tls-key, or --tls: a self-signed certificate kept beside the data (or in a temporary directory). */
    private TlsConfig loadTls() throws CommandLineException {
        try {
            if (options.tlsCert() != null) {
                return TlsConfig.fromPem(options.tlsCert(), options.tlsKey());
            }
            if (options.tlsSelfSigned()) {
                Path directory = options.memory() ? Files.createTempDirectory("pglitedb-tls")
                        : options.dataDirectory().toAbsolutePath().resolveSibling(
                                options.dataDirectory().getFileName() + "-tls");
                return TlsConfig.selfSigned(directory, "localhost");
            }
            return null;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new CommandLineException("could not set up TLS: " + describe(e));
        }
    }

    /**
     * SIGHUP: new rules for new connections and new HTTP tokens; a broken file keeps the old
     * rules (or tokens), as PostgreSQL does.
     */
    private void reload(Authentication authentication, HttpDoor http) {
        if (options.hbaFile() != null) {
            try {
                authentication.reload(loadRules());
                err.println("pglitedb: reloaded client authentication rules from " + options.hbaFile());
            } catch (CommandLineException e) {
                err.println("pglitedb: " + e.getMessage() + "; keeping the previous rules");
            }
        }
        if (http != null && options.http().tokensFile() != null) {
            try {
                TokenFile tokens = loadTokens();
                http.tokens(tokens);
                err.println("pglitedb: reloaded " + tokens.size() + " HTTP bearer tokens from " + options.http().tokensFile());
            } catch (CommandLineException e) {
                err.println("pglitedb: " + e.getMessage() + "; keeping the previous tokens");
            }
        }
        err.flush();
    }

    /** --http-tokens FILE: long-lived bearer tokens (hashes) for the HTTP door. */
    private TokenFile loadTokens() throws CommandLineException {
        Path file = options.http().tokensFile();
        if (file == null) {
            return TokenFile.EMPTY;
        }
        try {
            return TokenFile.load(file);
        } catch (IOException e) {
            throw new CommandLineException("could not read HTTP tokens \"" + file + "\": " + describe(e));
        } catch (IllegalArgumentException e) {
            throw new CommandLineException(describe(e));
        }
    }

    /** The promise: a clear warning when others can reach the server but no one has a password. */
    private void warnIfOpenWithoutPasswords(PgWireServer server, Database database) {
        boolean loopbackOnly = server.address().getAddress().isLoopbackAddress();
        boolean anyPassword = database.anyRoleHasPassword();
        if (!loopbackOnly && !anyPassword) {
            err.println("pglitedb: WARNING: listening on " + options.host() + " but no role has a password: "
                    + (options.hbaFile() == null ? "clients from other hosts need one (scram-sha-256) and cannot log in; "
                            : "rules in " + options.hbaFile() + " that ask for one refuse everyone; ")
                    + "set one with ALTER ROLE postgres PASSWORD '...'");
            err.flush();
        }
    }

    @SuppressWarnings("restriction")
    private void installSignalHandler(String name, Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // the signal is reserved or ignored here: the shutdown hook still cleans up
        }
    }

    private static void closeQuietly(Database database) {
        try {
            database.close();
        } catch (RuntimeException ignored) {
            // reporting the first failure is enough
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Servers first (HTTP, then wire: connections and sessions), then the database; once. */
    private static final class Shutdown {
        private final PgWireServer server;
        private final HttpDoor http;
        private final Database database;
        private final MetricsServer metrics;
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile Throwable failure;

        Shutdown(PgWireServer server, HttpDoor http, Database database, MetricsServer metrics) {
            this.server = server;
            this.http = http;
            this.database = database;
            this.metrics = metrics;
        }

        void run() {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            if (metrics != null) {
                metrics.close();
            }
            try {
                if (http != null) {
                    http.close();
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                server.close();
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                database.close();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
    }
}
