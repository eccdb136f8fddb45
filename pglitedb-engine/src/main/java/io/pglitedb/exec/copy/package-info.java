/**
 * COPY's data formats, independent of where the bytes come from or go to.
 *
 * <ul>
 *   <li>{@link io.pglitedb.exec.copy.CopyOptions}: the statement's options, checked as PostgreSQL's
 *       ProcessCopyOptions checks them.</li>
 *   <li>{@link io.pglitedb.exec.copy.CopyParser} (text: {@code CopyTextParser}, CSV: {@code CsvParser}):
 *       bytes in CopyData chunks cut anywhere → rows of field strings (null = SQL NULL) for a
 *       {@link io.pglitedb.exec.copy.CopyRowReceiver}. Records are gathered first, then split.</li>
 *   <li>{@link io.pglitedb.exec.copy.CopyFormatter} (text: {@code CopyTextFormatter}, CSV:
 *       {@code CsvFormatter}): a row of values → one line, escaped or quoted exactly as PostgreSQL
 *       writes it.</li>
 * </ul>
 *
 * Values cross the boundary as PostgreSQL text ({@link io.pglitedb.types.PgType#fromText} /
 * {@link io.pglitedb.types.PgType#toText}); the session's {@code CopyCommand} converts them, stores
 * rows through {@link io.pglitedb.exec.DmlExecutor#insertRow} and adds PostgreSQL's error CONTEXT
 * ({@code COPY t, line 3, column a: "x"}). The correctness rule: a row is delivered only when its
 * record is complete, so the result never depends on how the client split its data. Binary format
 * is not implemented yet (0A000).
 */
package io.pglitedb.exec.copy;
