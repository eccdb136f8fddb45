package io.pglitedb.wire;

import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL wire protocol v3 server: one accept loop, one virtual thread per session, plain
 * blocking sockets. The startup phase (and CancelRequest) runs on a pool of platform threads so
 * that it is served even while CPU-bound queries occupy every virtual-thread carrier. Every connection speaks to its own {@link io.pglitedb.session.Session} of the
 * given {@link Database}.
 *
 * <pre>
 * try (PgWireServer server = PgWireServer.start(db, "127.0.0.1", 0)) {
 *     connect to server.port() ...
 * }
 * </pre>
 *
 * {@link #close()} stops accepting, closes every connection (each closes its session) and waits
 * a few seconds for the connection threads to finish; it does not close the database.
 */
public final class PgWireServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PgWireServer.class.getName());
    private static final int BACKLOG = 4096;
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final ServerSocket listener;
    private final SessionOpener opener;
    private final TlsConfig tls;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    /** Connections still in startup, bounded by {@link SessionOpener#maxStartingConnections()}. */
    private final java.util.concurrent.atomic.AtomicInteger starting = new java.util.concurrent.atomic.AtomicInteger();
    /** Platform threads for the startup phase only (see {@link ClientConnection#run()}). */
    private final ExecutorService startupThreads = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("pglitedb-startup-", 0).daemon(true).factory());
    private final Thread acceptThread;
    private volatile boolean closed;

    private PgWireServer(ServerSocket listener, SessionOpener opener, TlsConfig tls) {
        this.listener = listener;
        this.opener = opener;
        this.tls = tls;
        this.acceptThread = Thread.ofPlatform().name("pglitedb-accept-" + listener.getLocalPort()).daemon(true)
                .unstarted(this::acceptLoop);
    }

    /**
     * Listens on {@code host} ("*" or "0.0.0.0" for every interface) and {@code port} (0 = any free
     * port, see {@link #port()}), with the default authentication rules ({@link HbaRules#defaults()}:
     * trust from this machine, SCRAM passwords from elsewhere).
     */
    public static PgWireServer start(Database database, String host, int port) throws IOException {
        return start(database, host, port, new Authentication(HbaRules.defaults()));
    }

    /** As {@link #start(Database, String, int)}, with these client authentication rules. */
    public static PgWireServer start(Database database, String host, int port, Authentication authentication)
            throws IOException {
        return start(SessionOpener.of(database, authentication), host, port, null);
    }

    /**
     * As {@link #start(Database, String, int, Authentication)}, answering SSLRequest with TLS
     * using {@code tls} (null: refused, as without a certificate).
     */
    public static PgWireServer start(Database database, String host, int port, Authentication authentication,
            TlsConfig tls) throws IOException {
        return start(SessionOpener.of(database, authentication), host, port, tls);
    }

    static PgWireServer start(SessionOpener opener, String host, int port) throws IOException {
        return start(opener, host, port, null);
    }

    static PgWireServer start(SessionOpener opener, String host, int port, TlsConfig tls) throws IOException {
        InetAddress address = host == null || host.equals("*") ? null : InetAddress.getByName(host);
        ServerSocket listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(address, port), BACKLOG);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        PgWireServer server = new PgWireServer(listener, opener, tls);
        server.acceptThread.start();
        return server;
    }

    /** The port actually bound (useful after starting with port 0). */
    public int port() {
        return listener.getLocalPort();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** Connections currently open (in startup or in a session). */
    public int connectionCount() {
        return connections.size();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // e.g. too many open files: do not spin, do not die
                LOG.log(System.Logger.Level.WARNING, "accept failed: {0}", e.toString());
                sleepQuietly(50);
                continue;
            }
            ClientConnection[] self = new ClientConnection[1];
            ClientConnection connection = new ClientConnection(socket, opener, tls, () -> connections.remove(self[0]),
                    starting);
            self[0] = connection;
            connections.add(connection);
            if (closed) {
                connection.abort();
            }
            try {
                startupThreads.execute(connection);
            } catch (RuntimeException e) { // rejected: the server is closing
                connection.abort();
                connections.remove(connection);
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing listener: {0}", e.toString());
        }
        for (ClientConnection connection : connections) {
            connection.abort();
        }
        startupThreads.shutdown();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
        try {
            acceptThread.join(CLOSE_WAIT_MILLIS);
            for (ClientConnection connection : connections) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !connection.awaitFinished(left)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "PgWireServer[" + address() + (closed ? ", closed" : "") + "]";
    }
}
