package io.pglitedb.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the HTTP door.
 *
 * @param host address to listen on ("*" for every interface)
 * @param port TCP port (0 picks a free one)
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param statementTimeout each statement of a request is cancelled after this long (57014, HTTP 504);
 *        it is the session's statement_timeout
 * @param transactionTimeout the idle timeout of a transaction when its creator gives none
 * @param maxTransactionTimeout the longest idle timeout a client may ask for
 * @param corsOrigins origins allowed to call from a browser ("*" for any); empty: no CORS headers
 */
public record HttpConfig(String host, int port, long maxBodyBytes, Duration statementTimeout,
        Duration transactionTimeout, Duration maxTransactionTimeout, List<String> corsOrigins) {
    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TRANSACTION_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_MAX_TRANSACTION_TIMEOUT = Duration.ofMinutes(10);

    public HttpConfig {
        Objects.requireNonNull(host, "host is null");
        Objects.requireNonNull(statementTimeout, "statementTimeout is null");
        Objects.requireNonNull(transactionTimeout, "transactionTimeout is null");
        Objects.requireNonNull(maxTransactionTimeout, "maxTransactionTimeout is null");
        corsOrigins = List.copyOf(corsOrigins);
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }

    /** The defaults: 16 MiB bodies, 30 s statements, 60 s idle transactions (at most 10 min), no CORS. */
    public static HttpConfig defaults(String host, int port) {
        return new HttpConfig(host, port, DEFAULT_MAX_BODY_BYTES, DEFAULT_STATEMENT_TIMEOUT,
                DEFAULT_TRANSACTION_TIMEOUT, DEFAULT_MAX_TRANSACTION_TIMEOUT, List.of());
    }

    public HttpConfig withMaxBodyBytes(long bytes) {
        return new HttpConfig(host, port, bytes, statementTimeout, transactionTimeout, maxTransactionTimeout,
                corsOrigins);
    }

    public HttpConfig withStatementTimeout(Duration timeout) {
        return new HttpConfig(host, port, maxBodyBytes, timeout, transactionTimeout, maxTransactionTimeout,
                corsOrigins);
    }

    public HttpConfig withTransactionTimeouts(Duration idle, Duration max) {
        return new HttpConfig(host, port, maxBodyBytes, statementTimeout, idle, max, corsOrigins);
    }

    public HttpConfig withCorsOrigins(List<String> origins) {
        return new HttpConfig(host, port, maxBodyBytes, statementTimeout, transactionTimeout, maxTransactionTimeout,
                origins);
    }
}
