/**
 * JMH benchmarks of the engine's hot paths: what one pgbench transaction costs inside the engine,
 * piece by piece. Not part of the build's tests; run them from the uber-jar:
 *
 * <pre>
 * ./mvnw -q -DskipTests package -pl pglitedb-bench -am
 * java -jar pglitedb-bench/target/benchmarks.jar                 # all, about two minutes
 * java -jar pglitedb-bench/target/benchmarks.jar Session -wi 1 -i 2 -f 1 -r 1s   # some, briefly
 * </pre>
 *
 * <ul>
 * <li>{@link io.pglitedb.bench.ParseBenchmark}: {@code Parser.parse} of each statement of
 * pgbench's tpcb-like script, as {@code -M simple} sends it (literals in place)</li>
 * <li>{@link io.pglitedb.bench.RowCodecBenchmark}: {@code RowCodec} encode and decode of a
 * pgbench_accounts row (int4, int4, int4, bpchar(84))</li>
 * <li>{@link io.pglitedb.bench.KeyEncoderBenchmark}: a primary-key key, [database][table][int4]</li>
 * <li>{@link io.pglitedb.bench.SessionBenchmark}: through the {@code Session} API of an
 * in-memory database: a prepared point get (Bind, Execute, Sync) and a simple-query UPDATE by
 * primary key, each an autocommit transaction</li>
 * <li>{@link io.pglitedb.bench.TableScanBenchmark}: TPC-H Q6's sequential scan, filter and sum
 * over a lineitem-shaped table, read by the session's thread alone and with a worker thread</li>
 * </ul>
 * Plain programs (not JMH), run with {@code java -cp pglitedb-bench/target/benchmarks.jar CLASS}:
 * <ul>
 * <li>{@link io.pglitedb.bench.EmbeddedStartup}: cold start of an in-memory database through the
 * JDBC driver, by phase (run it in a fresh JVM)</li>
 * <li>{@link io.pglitedb.bench.EmbeddedTpcb}: the TPC-B-like transaction and point selects through
 * JDBC, 10 threads, against H2 and SQLite embedded in the same JVM and run</li>
 * </ul>
 * Compare numbers only from the same machine and run; keep a benchmark next to every
 * optimisation it justified.
 */
package io.pglitedb.bench;
