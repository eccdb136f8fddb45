package io.pglitedb.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import io.pglitedb.wire.TlsConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The HTTP/JSON door onto a {@link Database}: the JDK's HTTP server (HTTPS when given a
 * {@link TlsConfig}), one virtual thread per request, every request turned into {@link
 * io.pglitedb.session.Session} calls by {@link HttpRoutes}. Works beside the wire server on the
 * same database, or alone in an embedding application:
 *
 * <pre>
 * try (HttpDoor http = HttpDoor.start(db.database(), HttpConfig.defaults("127.0.0.1", 8080))) {
 *     curl -d '{"sql":"SELECT 1"}' http://127.0.0.1:8080/v1/query
 * }
 * </pre>
 *
 * {@link #close()} stops accepting, waits briefly for running requests, and rolls back open HTTP
 * transactions; it does not close the database.
 */
public final class HttpDoor implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpTransactions transactions;
    private final ScheduledExecutorService timers;
    private final HttpAuthenticator authenticator;
    private volatile boolean closed;

    private HttpDoor(HttpServer server, ExecutorService threads, HttpTransactions transactions,
            ScheduledExecutorService timers, HttpAuthenticator authenticator) {
        this.timers = timers;
        this.authenticator = authenticator;
        this.server = server;
        this.threads = threads;
        this.transactions = transactions;
    }

    /** With the default authentication rules (trust from this machine, passwords from others) and no TLS. */
    public static HttpDoor start(Database database, HttpConfig config) throws IOException {
        return start(database, config, new Authentication(HbaRules.defaults()), null);
    }

    /**
     * @param authentication the same rules object as the wire server's, so a reload applies to both
     * @param tls null for plain HTTP; else HTTPS only, with the wire server's certificate
     */
    public static HttpDoor start(Database database, HttpConfig config, Authentication authentication, TlsConfig tls)
            throws IOException {
        InetAddress address = config.host().equals("*") ? null : InetAddress.getByName(config.host());
        InetSocketAddress bind = new InetSocketAddress(address, config.port());
        HttpServer server;
        if (tls != null) {
            HttpsServer https = HttpsServer.create(bind, 1024);
            https.setHttpsConfigurator(new HttpsConfigurator(tls.context()));
            server = https;
        } else {
            server = HttpServer.create(bind, 1024);
        }
        ObjectMapper mapper = new ObjectMapper()
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        HttpTransactions transactions = new HttpTransactions(config.statementTimeout().toMillis());
        ExecutorService threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("pglitedb-http-", 0).factory());
        server.setExecutor(threads);
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("pglitedb-http-deadlines").daemon(true).factory());
        timers.setRemoveOnCancelPolicy(true);
        HttpAuthenticator authenticator = new HttpAuthenticator(database, authentication);
        server.createContext("/", new HttpRoutes(database, config, authenticator, transactions, mapper, timers));
        server.start();
        return new HttpDoor(server, threads, transactions, timers, authenticator);
    }

    /** The port actually bound (useful after starting with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The long-lived bearer tokens ({@code --http-tokens}); replaces the previous ones. */
    public void tokens(TokenFile tokens) {
        authenticator.tokenFile(tokens);
    }

    /** HTTP transactions currently open. */
    public int openTransactions() {
        return transactions.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(1);
        transactions.close();
        threads.shutdownNow();
        timers.shutdownNow();
    }
}
