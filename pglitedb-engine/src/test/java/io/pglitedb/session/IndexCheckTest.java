package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.exec.IndexMaintenance;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** amcheck's bt_index_check: passes on consistent indexes, reports entries and rows that disagree (XX002). */
class IndexCheckTest {

    /** Every index, the catalogs' own (pg_class_oid_index ...) among them, as amcheck's documentation runs it. */
    private static final String CHECK_ALL = "SELECT bt_index_check(indexrelid, true) FROM pg_index";
    private static final int CATALOG_INDEXES = 122; // PostgreSQL 15's indexes of pg_catalog

    @Test
    void consistentIndexesPassAfterInsertsUpdatesAndDeletes() {
        try (Database db = Database.openInMemory()) {
            Session s = open(db);
            run(s, "create table t (id int primary key, v text, n int)");
            run(s, "create index t_v on t (v)");
            run(s, "create unique index t_n on t (n)");
            run(s, "insert into t select g, 'v' || (g % 7), g from generate_series(1, 200) g");
            run(s, "update t set v = 'w', n = n + 1000 where id % 3 = 0");
            run(s, "delete from t where id % 5 = 0");
            run(s, "insert into t values (1000, null, null), (1001, null, null)");
            assertThat(run(s, CHECK_ALL).rows).hasSize(CATALOG_INDEXES + 3);
            assertThat(run(s, "select bt_index_check('t_v'), bt_index_parent_check('t_pkey'::regclass, true, true)").rows)
                    .hasSize(1);
            assertThat(error(s, "select bt_index_check('t')").state().code()).isEqualTo("42809");
        }
    }

    @Test
    void aMissingEntryAndAnEntryWithoutItsRowAreReported() {
        try (Database db = Database.openInMemory()) {
            Session s = open(db);
            run(s, "create table t (id int primary key, v text)");
            run(s, "create index t_v on t (v)");
            run(s, "insert into t values (1, 'a'), (2, 'b')");
            TableDescriptor table = db.catalog(s.databaseOid()).tables().values().stream()
                    .filter(t -> t.name().equals("t")).findFirst().orElseThrow();
            IndexDescriptor index = table.indexes().get(0);
            // remove the index entry of row 2 behind the engine's back
            byte[] prefix = IndexMaintenance.indexPrefix(s.databaseOid(), index);
            Transaction txn = db.transactions().begin();
            byte[] victim;
            try (var it = txn.scan(prefix, KeyEncoder.prefixEnd(prefix))) {
                it.next();
                it.next();
                victim = it.key();
            }
            txn.delete(victim);
            txn.commit();
            // without heapallindexed the remaining entries are fine; with it, row 2 lacks its entry
            run(s, "select bt_index_check('t_v')");
            PgException missing = error(s, "select bt_index_check('t_v', true)");
            assertThat(missing.state().code()).isEqualTo("XX002");
            assertThat(missing.getMessage()).contains("lacks matching index tuple within index \"t_v\"");
            // an entry whose row is gone
            txn = db.transactions().begin();
            txn.put(victim, new byte[] {0, 0, 0, 0, 0, 0, 0, 9});
            txn.commit();
            PgException dangling = error(s, "select bt_index_check('t_v')");
            assertThat(dangling.state().code()).isEqualTo("XX002");
            assertThat(dangling.getMessage()).contains("which does not exist");
            assertThat(run(s, "select bt_index_check('t_pkey', true)").rows).isEqualTo(List.of(List.of("")));
        }
    }
}
