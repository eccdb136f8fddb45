package io.pglitedb.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code pglitedb serve}: {@code --host ADDR}, {@code --port N}, {@code --data DIR}
 * or {@code --memory}, {@code --hba FILE}, {@code --tls} or {@code --tls-cert FILE --tls-key FILE},
 * {@code --http-port N} and the other {@code --http-*} options, {@code --metrics-port N},
 * {@code --max-connections N}, {@code --storage-memory SIZE}, {@code -c NAME=VALUE} (repeatable), {@code --help}. Both
 * {@code --port 5433} and {@code --port=5433} work.
 *
 * @param dataDirectory null when {@code memory}
 * @param hbaFile client authentication rules in pg_hba.conf format; null for the defaults
 * @param tlsSelfSigned {@code --tls}: TLS with a generated self-signed certificate
 * @param tlsCert PEM certificate (chain) file, with {@code tlsKey}; null when not given
 * @param metricsPort the Prometheus endpoint's port on {@code host}, or -1 for none
 * @param maxConnections max_connections: sessions beyond it are refused (53300)
 * @param smartShutdown {@code --shutdown smart}: SIGTERM waits for the sessions to end (pg_ctl's
 *        smart mode) instead of ending them (fast, the default; SIGINT is always fast)
 * @param settings {@code -c NAME=VALUE}: what postgresql.conf would set (log_line_prefix, and
 *        defaults for every session's settings such as log_min_duration_statement)
 * @param storageMemory {@code --storage-memory SIZE}: RocksDB's block cache and memtables together
 */
record ServeOptions(String host, int port, Path dataDirectory, boolean memory, boolean help, Path hbaFile,
        boolean tlsSelfSigned, Path tlsCert, Path tlsKey, HttpOptions http, int metricsPort, int maxConnections,
        java.util.Map<String, String> settings, boolean smartShutdown, io.pglitedb.storage.StorageMemory storageMemory) {
    static final int DEFAULT_MAX_CONNECTIONS = 100;

    /**
     * The HTTP door's options: {@code --http-port N} turns it on (off by default),
     * {@code --http-cors ORIGINS} (comma list or *), {@code --http-max-body BYTES},
     * {@code --http-timeout SECONDS} (statement timeout of HTTP requests), {@code --http-tokens FILE}
     * (long-lived bearer tokens, {@link io.pglitedb.http.TokenFile}).
     *
     * @param port null when the HTTP door is off
     * @param tokensFile null for none
     */
    record HttpOptions(Integer port, List<String> corsOrigins, long maxBodyBytes, long timeoutSeconds, Path tokensFile) {
        static final HttpOptions OFF = new HttpOptions(null, List.of(), io.pglitedb.http.HttpConfig.DEFAULT_MAX_BODY_BYTES,
                io.pglitedb.http.HttpConfig.DEFAULT_STATEMENT_TIMEOUT.toSeconds(), null);
    }

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 5432;
    static final String DEFAULT_DATA = "./pglitedb-data";

    static ServeOptions parse(List<String> args) throws CommandLineException {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        String data = null;
        boolean memory = false;
        Path hba = null;
        boolean tls = false;
        Path cert = null;
        Path key = null;
        Integer httpPort = null;
        List<String> cors = List.of();
        long maxBody = HttpOptions.OFF.maxBodyBytes();
        long httpTimeout = HttpOptions.OFF.timeoutSeconds();
        Path httpTokens = null;
        int metricsPort = -1;
        int maxConnections = DEFAULT_MAX_CONNECTIONS;
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        boolean smartShutdown = false;
        io.pglitedb.storage.StorageMemory storageMemory = io.pglitedb.storage.StorageMemory.DEFAULT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    return new ServeOptions(host, port, null, memory, true, null, false, null, null, HttpOptions.OFF, -1,
                            maxConnections, java.util.Map.of(), false, storageMemory);
                }
                case "--memory" -> {
                    if (inlineValue != null) {
                        throw new CommandLineException("option --memory takes no value");
                    }
                    memory = true;
                }
                case "--host" -> {
                    host = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                    if (host.isBlank()) {
                        throw new CommandLineException("option --host needs an address");
                    }
                }
                case "--metrics-port" -> metricsPort = parsePort(inlineValue != null ? inlineValue : valueOf(args, ++i, name));
                case "--port", "-p" -> port = parsePort(inlineValue != null ? inlineValue : valueOf(args, ++i, name));
                case "--data", "-D" -> {
                    data = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                    if (data.isBlank()) {
                        throw new CommandLineException("option --data needs a directory");
                    }
                }
                case "--tls" -> {
                    if (inlineValue != null) {
                        throw new CommandLineException("option --tls takes no value");
                    }
                    tls = true;
                }
                case "--tls-cert" -> cert = Path.of(inlineValue != null ? inlineValue : valueOf(args, ++i, name));
                case "--tls-key" -> key = Path.of(inlineValue != null ? inlineValue : valueOf(args, ++i, name));
                case "--http-port" -> httpPort = parsePort(inlineValue != null ? inlineValue : valueOf(args, ++i, name));
                case "--http-cors" -> {
                    String origins = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                    cors = java.util.Arrays.stream(origins.split(",")).map(String::trim).filter(o -> !o.isEmpty())
                            .toList();
                }
                case "--http-max-body" -> maxBody = parsePositive(inlineValue != null ? inlineValue
                        : valueOf(args, ++i, name), name);
                case "--http-timeout" -> httpTimeout = parsePositive(inlineValue != null ? inlineValue
                        : valueOf(args, ++i, name), name);
                case "--http-tokens" -> httpTokens = Path.of(inlineValue != null ? inlineValue : valueOf(args, ++i, name));
                case "--max-connections", "-N" -> {
                    String text = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                    try {
                        maxConnections = Integer.parseInt(text.trim());
                    } catch (NumberFormatException e) {
                        maxConnections = 0;
                    }
                    if (maxConnections < 1 || maxConnections > 262143) {
                        throw new CommandLineException("invalid --max-connections \"" + text
                                + "\": must be a number from 1 to 262143");
                    }
                }
                case "--storage-memory" -> {
                    String text = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                    try {
                        storageMemory = io.pglitedb.storage.StorageMemory.parse(text);
                    } catch (io.pglitedb.error.PgException e) {
                        throw new CommandLineException("invalid --storage-memory \"" + text
                                + "\": a size from 16MB to 1TB, such as 256MB or 2GB");
                    }
                }
                case "-c" -> {
                    String setting = valueOf(args, ++i, name);
                    int equals = setting.indexOf('=');
                    if (equals <= 0) {
                        throw new CommandLineException("-c needs NAME=VALUE, not \"" + setting + "\"");
                    }
                    settings.put(setting.substring(0, equals).trim(), setting.substring(equals + 1));
                }
                case "--shutdown" -> {
                    String mode = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                    if (!mode.equals("smart") && !mode.equals("fast")) {
                        throw new CommandLineException("--shutdown must be smart or fast, not \"" + mode + "\"");
                    }
                    smartShutdown = mode.equals("smart");
                }
                case "--hba" -> {
                    String file = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                    if (file.isBlank()) {
                        throw new CommandLineException("option --hba needs a file");
                    }
                    hba = Path.of(file);
                }
                default -> throw new CommandLineException(arg.startsWith("-")
                        ? "unknown option \"" + arg + "\" (try \"pglitedb serve --help\")"
                        : "unexpected argument \"" + arg + "\" (try \"pglitedb serve --help\")");
            }
        }
        if (memory && data != null) {
            throw new CommandLineException("--data and --memory cannot be used together");
        }
        Path directory = memory ? null : Path.of(data != null ? data : DEFAULT_DATA);
        if ((cert == null) != (key == null)) {
            throw new CommandLineException("--tls-cert and --tls-key must be given together");
        }
        if (tls && cert != null) {
            throw new CommandLineException("--tls (self-signed) and --tls-cert cannot be used together");
        }
        if (httpPort == null && (!cors.isEmpty() || maxBody != HttpOptions.OFF.maxBodyBytes()
                || httpTimeout != HttpOptions.OFF.timeoutSeconds() || httpTokens != null)) {
            throw new CommandLineException("--http-cors, --http-max-body, --http-timeout and --http-tokens need --http-port");
        }
        return new ServeOptions(host, port, directory, memory, false, hba, tls, cert, key,
                new HttpOptions(httpPort, cors, maxBody, httpTimeout, httpTokens), metricsPort, maxConnections, settings,
                smartShutdown, storageMemory);
    }

    private static String valueOf(List<String> args, int index, String option) throws CommandLineException {
        if (index >= args.size()) {
            throw new CommandLineException("option " + option + " needs a value");
        }
        return args.get(index);
    }

    private static long parsePositive(String text, String option) throws CommandLineException {
        try {
            long value = Long.parseLong(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLineException("invalid value \"" + text + "\" for " + option + ": must be a positive number");
    }

    private static int parsePort(String text) throws CommandLineException {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLineException("invalid port \"" + text + "\": must be a number from 0 to 65535");
    }
}
