package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.storage.KeyDecoder;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.BitSet;

/**
 * EXISTS over an index scan answered from the index entries alone (PostgreSQL's Index Only Scan
 * under an EXISTS, e.g. {@code NOT EXISTS (SELECT * FROM orders WHERE o_custkey = c_custkey)}):
 * when the scan's filter reads only columns the index holds, each entry's columns are decoded
 * from its key and the filter tried on them, and the first entry that passes answers true; no
 * row is read and the rest of the range is not. The select list is not evaluated (EXISTS ignores
 * it, as PostgreSQL's planner drops it). An index entry is written in the same batch as its row,
 * so an entry the snapshot sees names a row it sees ({@link IndexCheck} verifies that). The probes
 * of one transaction share one RocksDB iterator ({@link Transaction#borrowLookupCursor}): opening
 * one per outer row cost about as much as the seek itself.
 */
public final class IndexOnlyExists {
    private IndexOnlyExists() {
    }

    /** Whether the plan returns a row, or null when it is not an index scan this can answer. */
    public static Boolean exists(PlanNode plan, ExecContext context) {
        while (plan instanceof Project p) {
            plan = p.input();
        }
        if (!(plan instanceof IndexScan scan) || !answerable(scan)) {
            return null;
        }
        IndexDescriptor index = scan.index();
        DataType[] types = scan.table().columnTypes();
        BoundExpr filter = scan.filter();
        IndexScanIterator ranges = new IndexScanIterator(scan, context);
        Object[] row = new Object[types.length];
        Transaction transaction = context.transaction();
        KeyValueIterator entries = transaction.borrowLookupCursor();
        try {
            for (IndexScan.Range range : scan.ranges()) {
                byte[][] bounds = ranges.bounds(range);
                if (bounds == null) {
                    continue;
                }
                transaction.rescan(entries, bounds[0], bounds[1]);
                while (entries.next()) {
                    context.checkCancelled();
                    if (filter == null) {
                        return true;
                    }
                    KeyDecoder key = new KeyDecoder(entries.key());
                    key.readInt(); // database
                    key.readInt(); // index
                    for (int i = 0; i < index.columnCount(); i++) {
                        int c = index.column(i);
                        row[c] = key.read(types[c], index.isDescending(i));
                    }
                    if (Boolean.TRUE.equals(filter.eval(row, context.params()))) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            transaction.returnLookupCursor(entries);
        }
    }

    /**
     * A plain index (no expressions, no predicate) whose columns come back from the key exactly as
     * a row holds them, and a filter that reads no other column.
     */
    private static boolean answerable(IndexScan scan) {
        IndexDescriptor index = scan.index();
        if (index.hasExpressionsOrPredicate() || scan.table().isView()) {
            return false;
        }
        BitSet indexColumns = new BitSet();
        DataType[] types = scan.table().columnTypes();
        for (int i = 0; i < index.columnCount(); i++) {
            int c = index.column(i);
            if (c < 0 || !exactInKey(types[c])) {
                return false;
            }
            indexColumns.set(c);
        }
        if (scan.filter() == null) {
            return true;
        }
        BitSet read = new BitSet();
        if (!scan.filter().addColumns(read)) {
            return false;
        }
        read.andNot(indexColumns);
        return read.isEmpty();
    }

    /** Types whose key encoding decodes to the very value stored in a row (not bpchar, numeric, enums...). */
    private static boolean exactInKey(DataType type) {
        io.pglitedb.types.PgType t = type.type();
        return t == Types.BOOL || t == Types.INT2 || t == Types.INT4 || t == Types.INT8 || t == Types.DATE
                || t == Types.TEXT || t == Types.VARCHAR || t == Types.OID;
    }
}
