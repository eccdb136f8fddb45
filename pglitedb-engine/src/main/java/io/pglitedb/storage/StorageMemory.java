package io.pglitedb.storage;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one native-memory budget of a store: RocksDB's block cache has this capacity and the
 * memtables are charged to the same cache (a WriteBufferManager), so data blocks, index and
 * filter blocks and unflushed writes together stay near this many bytes. The JVM heap is
 * separate ({@code -Xmx}), but copies of relations kept there are sized from this budget
 * ({@link #relationCacheBytes()}).
 *
 * <p>Derived sizes: memtables may take up to half of the budget (RocksDB flushes when they
 * reach it), one memtable is an eighth of the budget between 4 MB and 64 MB, and the rest
 * caches blocks.
 *
 * @param bytes the budget in bytes, at least {@link #MIN_BYTES}
 */
public record StorageMemory(long bytes) {
    /**
     * 128 MB unless set, PostgreSQL's default shared_buffers: the data blocks of a database of
     * about that size (TPC-H at scale 0.1) stay cached decompressed, so point reads and repeated
     * scans neither read nor decompress a block; the cache holds only what was read.
     */
    public static final StorageMemory DEFAULT = new StorageMemory(128L << 20);
    public static final long MIN_BYTES = 16L << 20;
    private static final long MAX_BYTES = 1L << 40;
    private static final Pattern VALUE = Pattern.compile("\\s*(\\d+)\\s*([a-zA-Z]*)\\s*");

    public StorageMemory {
        if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "storage memory must be between 16MB and 1TB, not %d bytes", bytes);
        }
    }

    /**
     * Parses a size in PostgreSQL's memory units: {@code 256MB}, {@code 1GB}, {@code 65536kB}
     * (a bare number is megabytes). @throws PgException 22023 on anything else or out of range
     */
    public static StorageMemory parse(String value) {
        Matcher m = VALUE.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw invalid(value);
        }
        long unit = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "B" -> 1;
            case "KB" -> 1L << 10;
            case "", "MB" -> 1L << 20;
            case "GB" -> 1L << 30;
            case "TB" -> 1L << 40;
            default -> throw invalid(value);
        };
        long number;
        try {
            number = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw invalid(value);
        }
        if (number > MAX_BYTES / unit) {
            throw invalid(value);
        }
        return new StorageMemory(number * unit);
    }

    private static PgException invalid(String value) {
        return (PgException) new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "invalid storage memory size \"%s\"", value)
                .withHint("Use a size between 16MB and 1TB with a unit: B, kB, MB, GB or TB (e.g. 256MB).");
    }

    /** Capacity of the block cache, which the memtables are charged to as well. */
    public long cacheBytes() {
        return bytes;
    }

    /**
     * Heap bytes for copies of relations read much and written seldom ({@link RelationCache}):
     * twice the budget, but at most a quarter of the JVM's maximum heap (an application that
     * embeds the database with a small heap keeps its room).
     */
    public long relationCacheBytes() {
        return Math.min(2 * bytes, Runtime.getRuntime().maxMemory() / 4);
    }

    /** What all memtables together may hold before RocksDB flushes (charged to the cache). */
    public long writeBufferManagerBytes() {
        return bytes / 2;
    }

    /** One memtable's size (RocksDB's write_buffer_size). */
    public long writeBufferBytes() {
        return Math.max(4L << 20, Math.min(64L << 20, bytes / 8));
    }

    /** The budget as PostgreSQL prints a memory setting ("256MB"). */
    @Override
    public String toString() {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        long n = bytes;
        int unit = 0;
        while (unit < units.length - 1 && n % 1024 == 0) {
            n /= 1024;
            unit++;
        }
        return n + units[unit];
    }
}
