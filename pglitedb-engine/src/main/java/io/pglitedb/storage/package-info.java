/**
 * Storage: one RocksDB per data directory, the key and row codecs, and the commit path.
 *
 * <h2>Key space</h2>
 * Every key starts with {@code [database oid][relation or index oid]} as raw unsigned 4-byte
 * big-endian ints ({@link io.pglitedb.storage.KeyEncoder#addInt}); then come the key columns,
 * each encoded by {@link io.pglitedb.storage.KeyEncoder#add} so that unsigned byte order equals
 * {@link io.pglitedb.types.PgType#compare} order column by column (the RocksDB default bytewise
 * comparator is the only comparator we use). A database's catalog lives in its own key space
 * under small entry kinds ({@code [db][kind]}, kinds below the first user OID 16384, see
 * {@link io.pglitedb.catalog.Catalog}), so DDL commits in the same write batch as data and DROP
 * DATABASE deletes one key range; what all databases share (roles, the database list) lives
 * under database 0 ({@link io.pglitedb.catalog.SharedCatalog}).
 * <ul>
 * <li>Table row: {@code [db][table][primary key columns]} (or a hidden 8-byte row id via
 * {@link io.pglitedb.storage.KeyEncoder#addLong}) -&gt; {@link io.pglitedb.storage.RowCodec}
 * value.</li>
 * <li>Secondary index entry: {@code [db][index][index columns][primary key columns]} -&gt; empty
 * (or covering columns). Appending the primary key makes entries unique and lets a unique index
 * be checked by scanning the prefix without the primary key.</li>
 * <li>A whole relation or index is the range {@code [prefix, KeyEncoder.prefixEnd(prefix))}.</li>
 * </ul>
 * Each typed column is a marker byte (0x00 null first, 0x01 value, 0x02 null last; never
 * inverted) and a prefix-free value encoding; DESC inverts the value bytes. Encodings per type
 * are listed on {@link io.pglitedb.storage.KeyEncoder}. Equal values encode equally (numeric 1.0
 * and 1.00, float -0 and 0, bpchar 'a' and 'a  '), which is what unique indexes need; a key is
 * therefore not always enough to recover the stored value's display form (read it from the row).
 *
 * <h2>Row format</h2>
 * {@link io.pglitedb.storage.RowCodec}: format version byte, 8-byte version stamp at a fixed
 * offset, schema version, column count, null bitmap, columns. Decoding with more column types
 * than the row has yields nulls for the missing tail: ALTER TABLE ADD COLUMN never rewrites rows
 * (the executor fills the column's default for those nulls if the default is not null; a
 * non-null default needs the catalog to remember "rows with fewer columns get value X", like
 * PostgreSQL's attmissingval). Types without a dedicated encoding are stored with their
 * PostgreSQL binary format ({@link io.pglitedb.types.PgType#toBinary}).
 *
 * <h2>How to write a versioned row</h2>
 * <ol>
 * <li>{@code byte[] key = new KeyEncoder().addInt(db).addInt(table).add(pkType, pk).toBytes();}</li>
 * <li>For UPDATE/DELETE: {@code byte[] old = txn.lockForUpdate(key);} (waits for a concurrent
 * writer, returns the newest committed or own version; null means the row is gone: skip it,
 * as PostgreSQL's READ COMMITTED does). Re-check the WHERE clause on {@code old}.</li>
 * <li>{@code byte[] row = RowCodec.encode(types, values, schemaVersion, txn.id());} the version
 * stamp is the writer's transaction id.</li>
 * <li>{@code txn.put(key, row);} and put/delete the secondary index entries whose columns
 * changed, in the same transaction.</li>
 * <li>REPEATABLE READ: if the locked version is not the one the transaction snapshot saw
 * (the bytes differ; the version stamp makes every write distinct), another transaction
 * changed the row since the snapshot: raise 40001 (first updater wins).</li>
 * </ol>
 *
 * <h2>Commit path and durability</h2>
 * The WAL is written with {@code DBOptions.manual_wal_flush}: {@link io.pglitedb.storage.Store#write}
 * applies a batch without sync (visible to new snapshots at once, WAL record only in RocksDB's
 * buffer) and returns the latest sequence number. {@link io.pglitedb.storage.Store#awaitDurable}
 * then waits on a Java condition while the platform thread {@code pglitedb-group-commit} reads
 * the latest sequence number, calls {@code flushWal(true)} (write + fsync) and publishes that
 * number as {@link io.pglitedb.storage.Store#durableSequence()}; every commit at or below it is
 * woken (the numbers handed out are stamped with the store's generation, see below). Commits that arrive during a sync are covered by the next one, so N concurrent
 * committers need far fewer than N syncs. Correctness rule: RocksDB publishes a sequence number
 * only after its WAL record is in the log writer, so a flush started after reading the number
 * covers every write up to it. In-memory stores write no WAL.
 *
 * <h2>Write failures (full or failing disk)</h2>
 * When RocksDB cannot write or sync the WAL (ENOSPC, EIO), or a write fails with an I/O status
 * (a failed memtable flush makes RocksDB refuse writes), {@code Store.writeFailed} turns the store
 * read-only: {@link io.pglitedb.storage.Store#write} refuses with 53100 disk_full (ENOSPC) or
 * 58030 io_error, and every commit waiting for the failed sync gets that error, so no commit is
 * acknowledged that is not in the synced WAL. Writes applied but not synced are visible in the
 * failed RocksDB instance, so the group-commit thread at once closes it and opens the directory
 * read-only (WAL replay drops the unsynced tail), which keeps reads going with only acknowledged
 * data. Transactions open across that reopen fail on their next call (their snapshot belonged to
 * the old instance); sequence numbers are stamped with the instance's generation
 * ({@link io.pglitedb.storage.Store#stamped}) so a waiter on the old instance's numbers fails
 * instead of being woken by the new one's syncs. Once a second the thread writes and fsyncs a
 * 16 MB probe file in the data directory; when that works it reopens the directory writable and
 * writes resume. Tested for real on a full tmpfs ({@code DiskFullTest}, needs root to mount).
 * RocksJava has no {@code DB::Resume}, hence the reopen.
 *
 * <h2>Memory</h2>
 * One budget ({@link io.pglitedb.storage.StorageMemory}, 128 MB by default): an LRU block cache
 * (index and filter blocks inside it) with the memtables charged to it, LZ4, at most
 * two background jobs; the cache holds only blocks that were read.
 *
 * <h2>Closing</h2>
 * Every native call on the database goes through {@link io.pglitedb.storage.Store#enter()} /
 * {@code exit()}; {@link io.pglitedb.storage.Store#close()} refuses new calls, waits for calls
 * in flight, frees snapshots and iterators still open, wakes lock waiters (57P01), syncs the WAL
 * and closes RocksDB. Transactions still open then fail with 57P01 instead of crashing the JVM.
 */
package io.pglitedb.storage;
