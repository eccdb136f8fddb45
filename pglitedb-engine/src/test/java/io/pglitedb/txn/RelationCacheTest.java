package io.pglitedb.txn;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.storage.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads served from copies of relations ({@link io.pglitedb.storage.RelationCache}, made on the
 * first read here) see exactly what reads of the store would: each snapshot its own state, each
 * transaction its own writes, whatever was committed in between.
 */
class RelationCacheTest {
    /** Keys of relation 0x4001 in database 5 (database 0 is the catalog's: never copied). */
    private static final byte[] PREFIX = {0, 0, 0, 5, 0, 0, 0x40, 1};
    private static final byte[] OTHER = {0, 0, 0, 5, 0, 0, 0x40, 2};
    private Store store;
    private TransactionManager manager;

    @BeforeEach
    void open() {
        store = Store.openInMemory();
        store.relationCache().setEager(true);
        manager = new TransactionManager(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static byte[] key(byte[] prefix, String suffix) {
        byte[] s = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] k = new byte[prefix.length + s.length];
        System.arraycopy(prefix, 0, k, 0, prefix.length);
        System.arraycopy(s, 0, k, prefix.length, s.length);
        return k;
    }

    private static byte[] key(String suffix) {
        return key(PREFIX, suffix);
    }

    private static byte[] end() {
        byte[] e = PREFIX.clone();
        e[7]++;
        return e;
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String s(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private void commit(String... keyValues) {
        Transaction txn = manager.begin();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                txn.delete(key(keyValues[i]));
            } else {
                txn.put(key(keyValues[i]), b(keyValues[i + 1]));
            }
        }
        txn.commit();
    }

    private static List<String> scan(Transaction txn, byte[] from, byte[] to) {
        List<String> out = new ArrayList<>();
        try (KeyValueIterator it = txn.scan(from, to)) {
            while (it.next()) {
                out.add(s(it.key()).substring(PREFIX.length) + "=" + s(it.value()));
            }
        }
        return out;
    }

    private static List<String> all(Transaction txn) {
        return scan(txn, PREFIX, end());
    }

    @Test
    void copyServesScansGetsAndRangesAsTheStoreWould() {
        commit("a", "1", "b", "2", "c", "3", "d", "4");
        Transaction reader = manager.begin();
        assertThat(all(reader)).containsExactly("a=1", "b=2", "c=3", "d=4");
        assertThat(store.relationCache().usedBytes()).isPositive(); // the scan made the copy
        assertThat(scan(reader, key("b"), key("d"))).containsExactly("b=2", "c=3");
        assertThat(scan(reader, key("bb"), end())).containsExactly("c=3", "d=4");
        assertThat(s(reader.get(key("c")))).isEqualTo("3");
        assertThat(reader.get(key("cc"))).isNull();
        assertThat(reader.getAll(List.of(key("a"), key("x"), key("d")))).extracting(RelationCacheTest::s)
                .containsExactly("1", null, "4");
        KeyValueIterator cursor = reader.reusableScan();
        reader.rescan(cursor, key("b"), key("c"));
        assertThat(cursor.next()).isTrue();
        assertThat(s(cursor.value())).isEqualTo("2");
        assertThat(cursor.next()).isFalse();
        reader.rescan(cursor, key("d"), end());
        assertThat(cursor.next()).isTrue();
        assertThat(s(cursor.key()).substring(PREFIX.length)).isEqualTo("d");
        cursor.close();
        reader.commit();
    }

    @Test
    void aCommitMakesTheCopyStaleForNewSnapshots() {
        commit("a", "1", "b", "2");
        Transaction first = manager.begin();
        assertThat(all(first)).containsExactly("a=1", "b=2");
        first.commit();
        commit("a", "10", "b", null, "c", "3");
        Transaction second = manager.begin();
        assertThat(all(second)).containsExactly("a=10", "c=3");
        assertThat(s(second.get(key("a")))).isEqualTo("10");
        assertThat(second.get(key("b"))).isNull();
        second.commit();
    }

    @Test
    void anOlderSnapshotNeverReadsANewerCopy() {
        commit("a", "1");
        Transaction old = manager.begin();
        old.setIsolation(IsolationLevel.REPEATABLE_READ);
        old.beginStatement();
        assertThat(all(old)).containsExactly("a=1"); // copy at the old snapshot
        commit("a", "2", "b", "2");
        Transaction fresh = manager.begin();
        assertThat(all(fresh)).containsExactly("a=2", "b=2"); // a new copy, at the new snapshot
        fresh.commit();
        old.beginStatement(); // same snapshot
        assertThat(all(old)).containsExactly("a=1");
        assertThat(s(old.get(key("a")))).isEqualTo("1");
        assertThat(old.get(key("b"))).isNull();
        old.commit();
    }

    @Test
    void aTransactionReadsItsOwnWritesNotTheCopy() {
        commit("a", "1", "b", "2");
        Transaction txn = manager.begin();
        assertThat(all(txn)).containsExactly("a=1", "b=2");
        txn.put(key("c"), b("3"));
        txn.delete(key("a"));
        assertThat(all(txn)).containsExactly("b=2", "c=3");
        assertThat(txn.get(key("a"))).isNull();
        int level = txn.setSavepoint();
        txn.put(key("d"), b("4"));
        txn.rollbackToSavepoint(level);
        assertThat(all(txn)).containsExactly("b=2", "c=3");
        txn.rollback();
        Transaction after = manager.begin();
        assertThat(all(after)).containsExactly("a=1", "b=2");
        after.commit();
    }

    @Test
    void writesToAnotherRelationLeaveTheCopyInUse() {
        commit("a", "1");
        Transaction txn = manager.begin();
        assertThat(all(txn)).containsExactly("a=1");
        txn.commit();
        long used = store.relationCache().usedBytes();
        Transaction other = manager.begin();
        other.put(key(OTHER, "x"), b("9"));
        other.commit();
        assertThat(store.relationCache().usedBytes()).isEqualTo(used);
        Transaction reader = manager.begin();
        reader.put(key(OTHER, "y"), b("8")); // its own write elsewhere: this relation still from the copy
        assertThat(all(reader)).containsExactly("a=1");
        reader.commit();
    }

    @Test
    void aRangeDeleteDropsEveryCopy() {
        commit("a", "1", "b", "2");
        Transaction txn = manager.begin();
        assertThat(all(txn)).containsExactly("a=1", "b=2");
        txn.commit();
        store.deleteRange(key("a"), key("b"));
        assertThat(store.relationCache().usedBytes()).isZero();
        Transaction after = manager.begin();
        assertThat(all(after)).containsExactly("b=2");
        after.commit();
    }

    @Test
    void partsOfACopyCoverTheRangeOnce() {
        Transaction load = manager.begin();
        for (int i = 0; i < 5000; i++) {
            load.put(key(String.format("%05d", i)), new byte[200]);
        }
        load.commit();
        Transaction txn = manager.begin();
        List<KeyValueIterator> parts = txn.partitionedScan(PREFIX, end(), 3, 1);
        assertThat(parts).hasSize(3);
        List<String> keys = new ArrayList<>();
        for (KeyValueIterator part : parts) {
            part.forEachRow(Integer.MAX_VALUE, row -> keys.add(s(row.key()).substring(PREFIX.length)));
            part.close();
        }
        assertThat(keys).hasSize(5000).isSorted().doesNotHaveDuplicates();
        txn.commit();
    }
}
