/**
 * Sessions: the one API every door calls (the wire server, the embedded JDBC driver in
 * {@link io.pglitedb.jdbc}, the HTTP door in the server module's {@code io.pglitedb.http}). A front end turns bytes into calls on a {@link io.pglitedb.session.Session}
 * and results back into bytes; it never parses SQL or touches the catalog or storage.
 *
 * <h2>Flow of one statement</h2>
 * {@code Session.simpleQuery} or {@code parse}/{@code bind}/{@code execute}: the SQL is parsed
 * ({@link io.pglitedb.sql.parser.Parser}), analysed and planned against the catalog as the
 * session's transaction sees it ({@link io.pglitedb.sql.analyze.Analyzer}), and run by
 * {@link io.pglitedb.exec} inside the session's {@link io.pglitedb.txn.Transaction}. Utility
 * statements (DDL, SET/SHOW, COPY, transaction control) run in {@code UtilityCommands},
 * {@code AlterTableCommand} and {@code CopyCommand}. Results go to a
 * {@link io.pglitedb.session.ResultSink}.
 *
 * <h2>Transactions</h2>
 * Outside BEGIN, a statement runs in its own transaction, committed before its CommandComplete;
 * several statements in one simple-query string, and extended-protocol messages up to Sync, form
 * one implicit transaction, as in PostgreSQL. A transaction takes its isolation level, READ ONLY
 * and DEFERRABLE from the default_transaction_* settings, BEGIN's modes or SET TRANSACTION
 * ({@code TransactionCharacteristics}: PostgreSQL's checks and messages); SHOW
 * transaction_isolation shows the current transaction's. An error rolls the transaction back at
 * once (its locks are released); inside BEGIN the block then stays FAILED and rejects everything
 * but COMMIT/ROLLBACK with 25P02. Inside a savepoint an error aborts only the savepoint's work
 * (writes, row locks taken since, catalog and setting changes) and ROLLBACK TO makes the block
 * usable again. SET inside a block is undone by ROLLBACK; SET LOCAL at any transaction end.
 *
 * <h2>Durability of what is shown</h2>
 * Other transactions release row locks before their WAL sync (see {@link io.pglitedb.txn}), so a
 * statement that shows values (query rows, RETURNING) first waits until what its snapshot sees is
 * durable; a bare row count does not wait, and COMMIT always does.
 *
 * <h2>Prepared statements</h2>
 * A plan remembers the catalog version it was made with and is analysed again after DDL; if its
 * parameter or result types would change, Bind fails like PostgreSQL ("cached plan must not
 * change result type").
 */
package io.pglitedb.session;
