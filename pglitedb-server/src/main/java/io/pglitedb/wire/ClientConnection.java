package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.Session;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client connection: the startup phase (on a platform thread, see {@link #run()}), then the
 * framing state machine below on the connection's own virtual thread, then cleanup (the session is
 * always closed). This class is the one place that
 * decides what happens after an error.
 *
 * <pre>
 *            ┌──────────────────────────── StartupHandshake ──────────────────────────────┐
 *  accept ──►│ SSLRequest/GSSENCRequest → 'N';  CancelRequest → cancel, close             │
 *            │ StartupMessage → openSession → AuthOk, ParameterStatus*, BackendKeyData, Z │
 *            └──────────────────────────────────┬─────────────────────────────────────────┘
 *                                               ▼
 *         ┌──────────────────────────────► READY (read type byte, length, body) ◄───────────┐
 *         │                                     │                                         │
 *         │   'Q' ─► simpleQuery ─► [E] ─► S* ─► Z ─► flush ───────────────────────────────┤
 *         │   'F' ─► E(0A000) ─► Z ─► flush                                                │
 *         │   'P' 'B' 'D' 'E' 'C' ─► handler ─ ok ─► (1 / 2 / T,t,n / D*,C,s / 3) ──────────┤
 *         │                             └─ error ─► E ─► IGNORE_UNTIL_SYNC ─┐             │
 *         │   'H' ─► flush                                                  │             │
 *         │   'd' 'c' 'f' ─► ignored (outside COPY, or after COPY failed)   │             │
 *         │   'S' ─► session.sync() ─► [E] ─► S* ─► Z ─► flush ─────────────┼─────────────┘
 *         │                                                                 ▼
 *         └──── 'S' ◄── IGNORE_UNTIL_SYNC: every message but 'S' and 'X' is read and dropped
 *
 *   'X', end of stream ─► close quietly
 *   unknown type, bad length, truncated or malformed body, FATAL from the engine
 *       ─► E(FATAL) ─► flush ─► close          (E = ErrorResponse, Z = ReadyForQuery,
 *                                               S* = ParameterStatus for changed settings)
 * </pre>
 *
 * Error rule: a {@link PgException} ends the message that raised it (ErrorResponse, and in the
 * extended protocol the ignore-until-Sync state); a FATAL one ends the connection. Any other
 * RuntimeException from the engine is reported as XX000 with its message and the connection goes
 * on; ReadyForQuery's status always comes from {@link Session#transactionStatus()}.
 */
final class ClientConnection implements Runnable {
    private static final System.Logger LOG = System.getLogger(ClientConnection.class.getName());
    /**
     * Ends startups that outlive authentication_timeout (a client trickling one byte at a time
     * would otherwise never hit a read timeout): the socket is closed, as PostgreSQL's backend
     * exits.
     */
    private static final ScheduledExecutorService STARTUP_DEADLINES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pglitedb-startup-deadline").daemon(true).factory());
    private static final int STREAM_BUFFER = 8192;
    private static final int DRAIN_MILLIS = 500;
    private static final int DRAIN_LIMIT = 1 << 20;

    /** The client's socket; replaced by the TLS socket layered over it after SSLRequest. */
    private volatile Socket socket;
    private final SessionOpener opener;
    private final TlsConfig tls;
    private final Runnable onExit;
    private final CountDownLatch finished = new CountDownLatch(1);
    /** Set once the streams exist; read by the error path of either phase. */
    private volatile MessageWriter writer;

    /** Connections of this server in startup (not yet handed to a session thread or ended). */
    private final java.util.concurrent.atomic.AtomicInteger starting;

    /** @param tls the server's certificate, null when SSLRequest is refused */
    ClientConnection(Socket socket, SessionOpener opener, TlsConfig tls, Runnable onExit) {
        this(socket, opener, tls, onExit, new java.util.concurrent.atomic.AtomicInteger());
    }

    ClientConnection(Socket socket, SessionOpener opener, TlsConfig tls, Runnable onExit,
            java.util.concurrent.atomic.AtomicInteger starting) {
        this.socket = socket;
        this.opener = opener;
        this.tls = tls;
        this.onExit = onExit;
        this.starting = starting;
    }

    /** Closes the socket from another thread (server shutdown); the connection thread then ends. */
    void abort() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Waits until the connection has ended and released its session. */
    boolean awaitFinished(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * The startup phase, on a platform thread of the server's startup pool. A virtual thread only
     * runs when a carrier is free, and queries are CPU-bound: with as many runaway queries as
     * cores, a CancelRequest (or any new client) handled on a virtual thread would wait for them to
     * finish, which is exactly when it is needed. So startup and cancel run on platform threads,
     * and the session's message loop moves to its own virtual thread.
     */
    @Override
    public void run() {
        boolean handedOff = false;
        long timeout = opener.authenticationTimeoutMillis();
        ScheduledFuture<?> deadline = STARTUP_DEADLINES.schedule(this::abort, timeout, TimeUnit.MILLISECONDS);
        boolean admitted = starting.incrementAndGet() <= opener.maxStartingConnections();
        try {
            handedOff = guarded(null, () -> {
                if (!admitted) {
                    writer = new MessageWriter(socket.getOutputStream());
                    throw new PgException(SqlState.TOO_MANY_CONNECTIONS, "sorry, too many clients already")
                            .withSeverity("FATAL");
                }
                socket.setTcpNoDelay(true);
                socket.setSoTimeout((int) timeout);
                MessageReader plainIn = new MessageReader(new BufferedInputStream(socket.getInputStream(), STREAM_BUFFER));
                MessageWriter plainOut = new MessageWriter(socket.getOutputStream());
                writer = plainOut;
                StartupHandshake handshake = new StartupHandshake(plainIn, plainOut, opener, tls, this::startTls);
                Session session = startup(handshake);
                if (session != null && !deadline.cancel(false)) {
                    closeSession(session); // the deadline closed the socket just now
                    return false;
                }
                if (session == null) {
                    return false;
                }
                MessageReader in = handshake.streams().in();
                MessageWriter out = handshake.streams().out();
                try {
                    Thread.ofVirtual().name("pglitedb-session-" + session.processId()).start(() -> runSession(in, out, session));
                    return true;
                } catch (RuntimeException | Error e) {
                    closeSession(session);
                    throw e;
                }
            });
        } finally {
            starting.decrementAndGet();
            deadline.cancel(false);
            if (!handedOff) {
                end();
            }
        }
    }

    /** The session phase, on the connection's virtual thread. */
    private void runSession(MessageReader in, MessageWriter out, Session session) {
        try {
            guarded(session, () -> {
                socket.setSoTimeout(0);
                new MessageLoop(in, out, session, socket).run();
                return true;
            });
        } finally {
            end();
        }
    }

    private interface Phase {
        boolean run() throws IOException;
    }

    /**
     * Runs a phase with the connection's error rule: a FATAL error is sent, a vanished client is
     * silence, anything else is a FATAL XX000. The session, if any, is closed when the phase ends.
     */
    private boolean guarded(Session session, Phase phase) {
        try {
            return phase.run();
        } catch (PgException fatal) {
            sendFatal(writer, fatal);
        } catch (IOException | UncheckedIOException e) {
            // the client went away (or timed out in startup): nothing to tell anyone
            LOG.log(System.Logger.Level.DEBUG, "connection ended: {0}", e.toString());
        } catch (RuntimeException | Error e) {
            // a bug (ours or the engine's) or a broken invariant: end this connection, not the server
            LOG.log(System.Logger.Level.WARNING, "connection failed", e);
            sendFatal(writer, PgException.internal(e).withSeverity("FATAL"));
        } finally {
            if (session != null) {
                closeSession(session);
            }
        }
        return false;
    }

    /** After 'S': the TLS handshake over the client's socket; then everything goes through TLS. */
    private StartupHandshake.Streams startTls() throws IOException {
        Socket plain = socket;
        SSLSocket ssl = (SSLSocket) tls.context().getSocketFactory().createSocket(plain,
                plain.getInetAddress().getHostAddress(), plain.getPort(), true);
        ssl.setUseClientMode(false);
        socket = ssl;
        ssl.startHandshake();
        MessageWriter out = new MessageWriter(ssl.getOutputStream());
        writer = out;
        return new StartupHandshake.Streams(
                new MessageReader(new BufferedInputStream(ssl.getInputStream(), STREAM_BUFFER)), out);
    }

    private void end() {
        abort();
        onExit.run(); // before counting down: whoever awaits the end sees the connection gone
        finished.countDown();
    }

    /** Startup messages up to ReadyForQuery; null when the connection ends quietly (cancel). */
    private Session startup(StartupHandshake handshake) throws IOException {
        Map<String, String> parameters = handshake.readStartupMessage();
        if (parameters == null) {
            return null;
        }
        handshake.authenticate(parameters, socket.getInetAddress());
        Session session;
        try {
            session = opener.openSession(parameters);
        } catch (PgException e) {
            throw StartupHandshake.asFatal(e);
        }
        try {
            handshake.greet(session);
            return session;
        } catch (IOException | RuntimeException | Error e) {
            closeSession(session);
            throw e;
        }
    }

    private static void closeSession(Session session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing session failed", e);
        }
    }

    /** Best effort: the ErrorResponse of a FATAL error, then the socket closes. */
    private void sendFatal(MessageWriter out, PgException e) {
        if (out == null || socket.isClosed()) {
            return;
        }
        try {
            out.abandonMessage();
            ErrorResponses.error(out, e.withSeverity("FATAL"), "ProcessConnection");
            out.flush();
            drainBeforeClose();
        } catch (IOException | RuntimeException ignored) {
            // the client is gone already
        }
    }

    /**
     * Closing a socket with unread input makes the kernel send RST, which can destroy the error we
     * just sent before the client reads it. So: FIN first, then read and drop what the client still
     * sends, for a short bounded time.
     */
    private void drainBeforeClose() throws IOException {
        if (!(socket instanceof SSLSocket)) { // TLS has no half-close; its close_notify goes at close
            socket.shutdownOutput();
        }
        socket.setSoTimeout(DRAIN_MILLIS);
        long deadline = System.nanoTime() + DRAIN_MILLIS * 1_000_000L;
        byte[] sink = new byte[4096];
        int total = 0;
        var input = socket.getInputStream();
        while (total < DRAIN_LIMIT && System.nanoTime() < deadline) {
            int n = input.read(sink);
            if (n < 0) {
                return;
            }
            total += n;
        }
    }

    /** The framing state machine of the diagram above, once the session exists. */
    private static final class MessageLoop {
        private final MessageReader in;
        private final MessageWriter out;
        private final Session session;
        private final ConnectionContext context;
        private boolean ignoringUntilSync;
        private final Socket socket;
        /** The socket's read timeout now (0: none). */
        private int readTimeout;

        MessageLoop(MessageReader in, MessageWriter out, Session session, Socket socket) {
            this.in = in;
            this.out = out;
            this.session = session;
            this.socket = socket;
            this.context = new ConnectionContext(session, out, new WireResultSink(out, in, session::wantsNotice));
        }

        void run() throws IOException {
            while (true) {
                int type = readType();
                if (type < 0) {
                    return; // the client closed the connection
                }
                MessageHandler extended = extendedHandler(type);
                if (extended == null && !isOtherKnownType(type)) {
                    throw ProtocolViolation.invalidMessageType(type);
                }
                MessageBody body = in.readBody(type);
                if (type == MessageType.TERMINATE) {
                    return;
                }
                if (ignoringUntilSync && type != MessageType.SYNC) {
                    continue;
                }
                if (extended != null) {
                    if (!handle(extended, body, "exec_extended_message")) {
                        ignoringUntilSync = true;
                    }
                    continue;
                }
                switch (type) {
                    case MessageType.SYNC -> {
                        body.expectEnd();
                        ignoringUntilSync = false;
                        handle((b, c) -> c.session().sync(), body, "finish_xact_command");
                        readyForQuery();
                    }
                    case MessageType.FLUSH -> out.flush();
                    case MessageType.QUERY -> {
                        handle(SimpleQueryHandler.INSTANCE, body, "exec_simple_query");
                        readyForQuery();
                    }
                    case MessageType.FUNCTION_CALL -> {
                        handle((b, c) -> {
                            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                    "the function call protocol is not supported");
                        }, body, "HandleFunctionRequest");
                        readyForQuery();
                    }
                    case MessageType.COPY_DATA, MessageType.COPY_DONE, MessageType.COPY_FAIL -> {
                        // PostgreSQL accepts and ignores these outside COPY, per the protocol spec
                    }
                    default -> throw ProtocolViolation.invalidMessageType(type);
                }
            }
        }

        private static MessageHandler extendedHandler(int type) {
            return switch (type) {
                case MessageType.PARSE -> ParseHandler.INSTANCE;
                case MessageType.BIND -> BindHandler.INSTANCE;
                case MessageType.DESCRIBE -> DescribeHandler.INSTANCE;
                case MessageType.EXECUTE -> ExecuteHandler.INSTANCE;
                case MessageType.CLOSE -> CloseHandler.INSTANCE;
                default -> null;
            };
        }

        private static boolean isOtherKnownType(int type) {
            return switch (type) {
                case MessageType.QUERY, MessageType.SYNC, MessageType.FLUSH, MessageType.TERMINATE,
                        MessageType.FUNCTION_CALL, MessageType.COPY_DATA, MessageType.COPY_DONE,
                        MessageType.COPY_FAIL -> true;
                default -> false;
            };
        }

        /**
         * Runs one handler; on failure sends ErrorResponse and returns false. FATAL errors and
         * socket failures propagate and end the connection.
         */
        private boolean handle(MessageHandler handler, MessageBody body, String routine) throws IOException {
            PgException error;
            try {
                handler.handle(body, context);
                return true;
            } catch (PgException e) {
                IOException io = socketFailure(e.getCause());
                if (io != null) {
                    throw io;
                }
                if (ProtocolViolation.isFatal(e)) {
                    throw e;
                }
                error = e;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (StackOverflowError e) {
                error = io.pglitedb.types.JsonParser.stackDepthExceeded();
            } catch (RuntimeException e) {
                IOException io = socketFailure(e);
                if (io != null) {
                    throw io;
                }
                LOG.log(System.Logger.Level.WARNING, "internal error", e);
                error = PgException.internal(e);
            }
            out.abandonMessage();
            ErrorResponses.error(out, error, routine);
            return false;
        }

        /** ParameterStatus for settings the statement changed, then ReadyForQuery, then flush. */
        /**
         * The next message's type; inside a transaction block waits at most
         * idle_in_transaction_session_timeout, then ends the session with FATAL 25P03 (its
         * transaction rolls back and its locks go, as in PostgreSQL); outside one at most
         * idle_session_timeout (FATAL 57P05).
         */
        private int readType() throws IOException {
            long idle = session.idleTimeoutMillis();
            int timeout = (int) Math.min(idle, Integer.MAX_VALUE);
            if (timeout != readTimeout) {
                socket.setSoTimeout(timeout);
                readTimeout = timeout;
            }
            try {
                return in.readType();
            } catch (java.net.SocketTimeoutException e) {
                throw session.idleTimeout();
            } finally {
                if (readTimeout != 0) {
                    socket.setSoTimeout(0); // not while reading a message's body
                    readTimeout = 0;
                }
            }
        }

        private void readyForQuery() throws IOException {
            out.parameterStatuses(session.takeChangedParameters());
            out.readyForQuery(session.transactionStatus().indicator());
            out.flush();
        }

        /** An engine that wrapped our failed socket write: the client is gone. */
        private static IOException socketFailure(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UncheckedIOException u) {
                    return u.getCause();
                }
                if (t instanceof SocketException s) {
                    return s;
                }
            }
            return null;
        }
    }
}
