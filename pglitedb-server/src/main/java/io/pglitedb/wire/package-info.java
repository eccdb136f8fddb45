/**
 * The PostgreSQL wire protocol v3 server: bytes in, calls on a {@link io.pglitedb.session.Session}
 * out, results back to bytes. This package never parses SQL or touches the catalog.
 *
 * <h2>Layers, top down</h2>
 * <ol>
 *   <li>{@link io.pglitedb.wire.PgWireServer}: listens, accepts, starts one virtual thread per
 *       connection, closes them all on {@code close()}.</li>
 *   <li>{@code ClientConnection}: one connection's life. Runs {@code StartupHandshake}
 *       (SSLRequest/GSSENCRequest answered 'N', CancelRequest, StartupMessage, trust
 *       authentication), then the framing state machine with the ignore-until-Sync rule, and
 *       always closes the session at the end. Its class comment has the message flow diagram.</li>
 *   <li>{@code MessageReader} / {@code MessageBody}: framing and bounds-checked decoding of one
 *       frontend message. {@code MessageWriter}: encoding and output buffering.</li>
 *   <li>One handler per extended-protocol message: {@code ParseHandler}, {@code BindHandler}
 *       (parameter decoding with {@link io.pglitedb.types.PgType#fromText} /
 *       {@link io.pglitedb.types.PgType#fromBinary}), {@code DescribeHandler},
 *       {@code ExecuteHandler}, {@code CloseHandler}; and {@code SimpleQueryHandler}.</li>
 *   <li>{@code WireResultSink}: the session's {@link io.pglitedb.session.ResultSink} as
 *       RowDescription / DataRow / CommandComplete / EmptyQueryResponse / NoticeResponse.
 *       {@code ErrorResponses}: ErrorResponse and NoticeResponse fields.</li>
 * </ol>
 * All message type bytes are in {@code MessageType}.
 *
 * <h2>Message flow</h2>
 * <pre>
 * simple:    Q ─► [T D* ] C ... | I     then   [E]  S*  Z
 * extended:  P ─► 1   B ─► 2   D ─► t (T|n) or (T|n)   E ─► D* (C|s|I)   C ─► 3   H ─► (flush)
 *            S ─► [E] S* Z
 * </pre>
 * Output is flushed only when the server is about to wait for the client: after ReadyForQuery,
 * on Flush, and before closing.
 *
 * <h2>Error rule</h2>
 * Every failure a client can cause is a {@link io.pglitedb.error.PgException} and becomes one
 * ErrorResponse with its SQLSTATE; no Java stack trace is ever sent.
 * <ul>
 *   <li>ERROR in a simple Query: ErrorResponse, then ReadyForQuery with the session's state.</li>
 *   <li>ERROR in Parse/Bind/Describe/Execute/Close: ErrorResponse, then every message up to the
 *       next Sync is read and discarded (PostgreSQL's rule); Sync answers ReadyForQuery.</li>
 *   <li>FATAL (bad framing, unknown message type, truncated or malformed message, failed startup,
 *       a FATAL from the engine): ErrorResponse, then the connection closes. Limits on lengths
 *       are checked before allocating; the body buffer grows only as bytes arrive.</li>
 *   <li>Any other RuntimeException from the engine: ErrorResponse XX000 with its message; the
 *       connection continues.</li>
 *   <li>A client that disconnects: the thread ends, the session is closed.</li>
 * </ul>
 *
 * <h2>Where to start debugging</h2>
 * <ul>
 *   <li>Compare with real PostgreSQL: run the client against both and diff the traffic
 *       ({@code PGOPTIONS}, {@code psql -X}, pgJDBC with {@code loggerLevel=TRACE} prints every
 *       message it sends and receives).</li>
 *   <li>A hang: usually a missing flush or ReadyForQuery; see {@code ClientConnection.MessageLoop}.</li>
 *   <li>"invalid message format": {@code MessageBody} found the body shorter or longer than its
 *       fields; check the handler's read order against the protocol's "Message Formats".</li>
 *   <li>Wrong values: {@code BindHandler} (parameters in) and {@code WireResultSink} (rows out).</li>
 * </ul>
 */
package io.pglitedb.wire;
