package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.LogicalAnd;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.types.DataType;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Decodes a stored row for a table scan and applies the scan's filter. When the filter is an AND
 * whose first terms read fewer columns than the scan needs, those columns are decoded first and
 * the rest only for rows those terms pass: a scan that keeps one row in seven (TPC-H Q6's date
 * range) converts the other columns of one row in seven. The terms of an AND are evaluated in
 * their order and, as PostgreSQL's qualification lists, not past the first that is not true
 * (false or null), whether staged or not.
 */
final class ScanFilter {
    private final DataType[] types;
    /** The filter's terms (one unless it is an AND; none without a filter). */
    private final BoundExpr[] terms;
    private final boolean[] columns;
    /** Staged: the columns of the leading terms, those terms, the other columns and the other terms. */
    private final boolean[] firstColumns;
    private final BoundExpr[] firstTerms;
    private final boolean[] restColumns;
    private final BoundExpr[] restTerms;

    /** @param columns the columns the scan decodes (null: all) */
    ScanFilter(DataType[] types, BoundExpr filter, boolean[] columns) {
        this.types = types;
        this.terms = filter == null ? new BoundExpr[0]
                : filter instanceof LogicalAnd and ? and.terms() : new BoundExpr[] {filter};
        this.columns = columns;
        BitSet first = new BitSet();
        int leading = 0;
        if (terms.length > 1 && terms[0].addColumns(first)) {
            leading = 1;
            while (leading < terms.length && within(terms[leading], first)) {
                leading++;
            }
        }
        boolean[] rest = new boolean[types.length];
        boolean anyRest = false;
        for (int i = 0; i < types.length; i++) {
            rest[i] = (columns == null || columns[i]) && !first.get(i);
            anyRest |= rest[i];
        }
        if (leading == 0 || !anyRest || first.length() > types.length) {
            firstColumns = restColumns = null;
            firstTerms = restTerms = null;
            return;
        }
        firstColumns = new boolean[types.length];
        for (int i = first.nextSetBit(0); i >= 0; i = first.nextSetBit(i + 1)) {
            firstColumns[i] = true;
        }
        firstTerms = Arrays.copyOfRange(terms, 0, leading);
        restColumns = rest;
        restTerms = Arrays.copyOfRange(terms, leading, terms.length);
    }

    /** True when {@code term} reads only columns in {@code columns}. */
    private static boolean within(BoundExpr term, BitSet columns) {
        BitSet read = new BitSet();
        if (!term.addColumns(read)) {
            return false;
        }
        read.andNot(columns);
        return read.isEmpty();
    }

    /** The decoded row when it passes the filter, else null. */
    Object[] apply(byte[] value, Object[] params) {
        if (firstTerms == null) {
            Object[] row = RowCodec.decode(types, value, columns);
            return passes(terms, row, params) ? row : null;
        }
        Object[] row = RowCodec.decode(types, value, firstColumns);
        if (!passes(firstTerms, row, params)) {
            return null;
        }
        RowCodec.decodeInto(types, value, restColumns, row);
        return passes(restTerms, row, params) ? row : null;
    }

    private static boolean passes(BoundExpr[] terms, Object[] row, Object[] params) {
        for (BoundExpr term : terms) {
            if (!Boolean.TRUE.equals(term.eval(row, params))) {
                return false;
            }
        }
        return true;
    }
}
