package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageMemoryTest {
    @TempDir
    Path dir;

    @Test
    void parsesPostgresMemoryUnits() {
        assertThat(StorageMemory.parse("256MB").bytes()).isEqualTo(256L << 20);
        assertThat(StorageMemory.parse("2GB").bytes()).isEqualTo(2L << 30);
        assertThat(StorageMemory.parse("65536kB").bytes()).isEqualTo(64L << 20);
        assertThat(StorageMemory.parse(" 32 ").bytes()).isEqualTo(32L << 20);
        assertThat(StorageMemory.parse("1gb").toString()).isEqualTo("1GB");
        assertThat(StorageMemory.DEFAULT.toString()).isEqualTo("128MB");
        for (String bad : new String[] {"", "abc", "10XB", "-5MB", "1MB", "2TB", "99999999999999999999GB"}) {
            assertThatThrownBy(() -> StorageMemory.parse(bad)).as(bad).isInstanceOf(PgException.class)
                    .extracting(e -> ((PgException) e).state()).isEqualTo(io.pglitedb.error.SqlState.INVALID_PARAMETER_VALUE);
        }
    }

    @Test
    void derivedSizesStayInsideTheBudget() {
        for (String size : new String[] {"16MB", "64MB", "256MB", "4GB"}) {
            StorageMemory m = StorageMemory.parse(size);
            assertThat(m.cacheBytes()).isEqualTo(m.bytes());
            assertThat(m.writeBufferManagerBytes()).isLessThanOrEqualTo(m.bytes() / 2);
            assertThat(2 * m.writeBufferBytes()).isLessThanOrEqualTo(m.writeBufferManagerBytes());
        }
    }

    @Test
    void blockCacheAndMemtablesFollowTheBudget() {
        StorageMemory budget = StorageMemory.parse("32MB");
        try (Store store = Store.open(dir.resolve("data"), budget)) {
            assertThat(store.memory()).isEqualTo(budget);
            assertThat(store.longProperty("rocksdb.block-cache-capacity")).isEqualTo(32L << 20);
            TransactionManager transactions = new TransactionManager(store);
            byte[] value = new byte[1000];
            Arrays.fill(value, (byte) 'x');
            // 60 MB of writes: the write buffer manager (16 MB) must make RocksDB flush
            for (int batch = 0; batch < 60; batch++) {
                Transaction txn = transactions.begin();
                for (int i = 0; i < 1000; i++) {
                    txn.put(("k" + batch + "-" + i).getBytes(StandardCharsets.UTF_8), value);
                }
                txn.commit();
                assertThat(store.longProperty("rocksdb.cur-size-all-mem-tables"))
                        .isLessThanOrEqualTo(budget.writeBufferManagerBytes() + budget.writeBufferBytes());
            }
            // memtables are charged to the cache: its usage shows them, and stays near its capacity
            assertThat(store.longProperty("rocksdb.block-cache-usage")).isPositive()
                    .isLessThanOrEqualTo(budget.bytes() + (4L << 20));
        }
        try (Store store = Store.open(dir.resolve("data"))) {
            assertThat(store.longProperty("rocksdb.block-cache-capacity")).isEqualTo(StorageMemory.DEFAULT.bytes());
        }
    }

    @Test
    void jdbcUrlSetsTheBudget() throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:pglitedb:mem:?storage_memory=128MB")) {
            assertThat(c.createStatement().executeQuery("SELECT 1").next()).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:pglitedb:mem:?storage_memory=lots"))
                .isInstanceOf(SQLException.class).hasMessageContaining("invalid storage memory size \"lots\"")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
    }
}
