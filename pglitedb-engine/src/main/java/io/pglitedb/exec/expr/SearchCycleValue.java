package io.pglitedb.exec.expr;

import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;

/**
 * The columns a recursive WITH query's SEARCH and CYCLE clauses add, as PostgreSQL's
 * rewriteSearchAndCycle computes them from the row's listed columns ({@code fields}) and, in the
 * recursive term, the previous row's value ({@code previous}, null in the non-recursive term):
 * <ul>
 * <li>PATH (SEARCH DEPTH FIRST's sequence, CYCLE's path): the previous array with ROW(fields) appended;
 * <li>BREADTH (SEARCH BREADTH FIRST's sequence): ROW(depth, fields), depth 0 then previous depth + 1;
 * <li>MARK (CYCLE's mark): {@code mark} when ROW(fields) is already in the previous path, else {@code otherwise}.
 * </ul>
 */
public final class SearchCycleValue extends BoundExpr {
    public enum Kind { PATH, BREADTH, MARK }

    private final Kind kind;
    private final BoundExpr previous;
    private final BoundExpr[] fields;
    private final RecordType rowType;
    private final Object mark;
    private final Object otherwise;

    public SearchCycleValue(Kind kind, DataType type, BoundExpr previous, BoundExpr[] fields, RecordType rowType,
            Object mark, Object otherwise) {
        super(type);
        this.kind = kind;
        this.previous = previous;
        this.fields = fields.clone();
        this.rowType = rowType;
        this.mark = mark;
        this.otherwise = otherwise;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object before = previous == null ? null : previous.eval(row, params);
        switch (kind) {
            case BREADTH -> {
                Object[] value = new Object[fields.length + 1];
                value[0] = before == null ? 0L : (Long) ((Object[]) before)[0] + 1;
                for (int i = 0; i < fields.length; i++) {
                    value[i + 1] = fields[i].eval(row, params);
                }
                return value;
            }
            case PATH -> {
                ArrayValue path = before == null ? ArrayValue.EMPTY : (ArrayValue) before;
                return path.append(current(row, params));
            }
            default -> {
                if (before == null) {
                    return otherwise;
                }
                Object[] current = current(row, params);
                ArrayValue path = (ArrayValue) before;
                for (int i = 0; i < path.size(); i++) {
                    Object e = path.element(i);
                    if (e != null && rowType.compare(e, current) == 0) {
                        return mark;
                    }
                }
                return otherwise;
            }
        }
    }

    private Object[] current(Object[] row, Object[] params) {
        Object[] value = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            value[i] = fields[i].eval(row, params);
        }
        return value;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, fields) && (previous == null || previous.addColumns(out));
    }
}
