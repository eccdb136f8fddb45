package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.OperatorCall;
import io.pglitedb.exec.expr.SearchCycleValue;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.CommonTableExpr;
import io.pglitedb.sql.ast.CycleClause;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.JoinExpr;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.SearchClause;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.plan.Filter;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.RecordType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The SEARCH and CYCLE clauses of a recursive WITH query, as PostgreSQL's rewriteSearchAndCycle
 * adds them: extra columns after the query's own (the search sequence, the cycle mark, the cycle
 * path), computed from the non-recursive term's rows and, in the recursive term, from the row
 * of the work table each new row came from (the recursive SELECT also outputs those columns of its
 * self-reference). A row whose work-table row was marked as a cycle is not extended.
 */
final class SearchCycle {
    private final CommonTableExpr cte;
    private final int width;
    private final int[] searchColumns;
    private final int[] cycleColumns;
    private final List<String> extraNames = new ArrayList<>();
    private final List<DataType> extraTypes = new ArrayList<>();
    private RecordType searchRow;
    private RecordType cycleRow;
    private DataType markType;
    private Object markValue;
    private Object markDefault;

    /** Checks the clauses against the query's column names, PostgreSQL's messages and order. */
    SearchCycle(CommonTableExpr cte, SetOperation union, List<String> names, List<DataType> types,
            ExpressionAnalyzer constants) {
        this.cte = cte;
        this.width = names.size();
        if (!(union.left() instanceof Select)) {
            throw new PgException(SqlState.SYNTAX_ERROR,
                    "with a SEARCH or CYCLE clause, the left side of the UNION must be a SELECT");
        }
        if (!(union.right() instanceof Select right)) {
            throw new PgException(SqlState.SYNTAX_ERROR,
                    "with a SEARCH or CYCLE clause, the right side of the UNION must be a SELECT");
        }
        if (selfReference(right.from()) == null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "with a SEARCH or CYCLE clause, the recursive reference "
                    + "to WITH query \"%s\" must be at the top level of its right-hand SELECT", cte.name());
        }
        SearchClause search = cte.search();
        CycleClause cycle = cte.cycle();
        searchColumns = search == null ? null : columns(search.columns(), names, "search", search.position());
        if (search != null && names.contains(search.sequenceColumn())) {
            throw error("search sequence column name \"%s\" already used in WITH query column list",
                    search.position(), search.sequenceColumn());
        }
        cycleColumns = cycle == null ? null : columns(cycle.columns(), names, "cycle", cycle.position());
        if (cycle != null) {
            if (names.contains(cycle.markColumn())) {
                throw error("cycle mark column name \"%s\" already used in WITH query column list", cycle.position(),
                        cycle.markColumn());
            }
            if (names.contains(cycle.pathColumn())) {
                throw error("cycle path column name \"%s\" already used in WITH query column list", cycle.position(),
                        cycle.pathColumn());
            }
            if (cycle.markColumn().equals(cycle.pathColumn())) {
                throw error("cycle mark column name and cycle path column name are the same", cycle.position());
            }
        }
        if (search != null && cycle != null) {
            if (search.sequenceColumn().equals(cycle.markColumn())) {
                throw error("search sequence column name and cycle mark column name are the same", search.position());
            }
            if (search.sequenceColumn().equals(cycle.pathColumn())) {
                throw error("search sequence column name and cycle path column name are the same", search.position());
            }
        }
        if (search != null) {
            List<String> fieldNames = new ArrayList<>();
            List<DataType> fieldTypes = new ArrayList<>();
            if (search.breadthFirst()) {
                fieldNames.add("*DEPTH*");
                fieldTypes.add(DataType.of(Types.INT8));
            }
            for (int c : searchColumns) {
                fieldNames.add(names.get(c));
                fieldTypes.add(types.get(c));
            }
            searchRow = new RecordType(fieldNames, fieldTypes);
            extraNames.add(search.sequenceColumn());
            extraTypes.add(DataType.of(search.breadthFirst() ? searchRow : searchRow.arrayType()));
        }
        if (cycle != null) {
            List<String> fieldNames = new ArrayList<>();
            List<DataType> fieldTypes = new ArrayList<>();
            for (int c : cycleColumns) {
                fieldNames.add(names.get(c));
                fieldTypes.add(types.get(c));
            }
            cycleRow = new RecordType(fieldNames, fieldTypes);
            markMarks(cycle, constants);
            extraNames.add(cycle.markColumn());
            extraTypes.add(markType);
            extraNames.add(cycle.pathColumn());
            extraTypes.add(DataType.of(cycleRow.arrayType()));
        }
    }

    private void markMarks(CycleClause cycle, ExpressionAnalyzer constants) {
        if (cycle.markValue() == null) {
            markType = DataType.of(Types.BOOL);
            markValue = Boolean.TRUE;
            markDefault = Boolean.FALSE;
            return;
        }
        BoundExpr value = constants.analyze(cycle.markValue());
        BoundExpr otherwise = constants.analyze(cycle.markDefault());
        markType = Coercions.commonType(List.of(value, otherwise), "CYCLE", cycle.markDefault().position());
        value = Coercions.coerce(value, markType, CastContext.IMPLICIT, constants.params(), cycle.markValue().position());
        otherwise = Coercions.coerce(otherwise, markType, CastContext.IMPLICIT, constants.params(),
                cycle.markDefault().position());
        markValue = value.eval(new Object[0], new Object[0]);
        markDefault = otherwise.eval(new Object[0], new Object[0]);
        try {
            Operators.binary("<>", markType, markType);
        } catch (PgException e) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "could not identify an inequality operator for type %s",
                    markType.baseName());
        }
    }

    private static int[] columns(List<String> listed, List<String> names, String what, int position) {
        int[] out = new int[listed.size()];
        for (int i = 0; i < out.length; i++) {
            String name = listed.get(i);
            int index = names.indexOf(name);
            if (index < 0) {
                throw error("%s column \"%s\" not in WITH query column list", position, what, name);
            }
            if (listed.subList(0, i).contains(name)) {
                throw error("%s column \"%s\" specified more than once", position, what, name);
            }
            out[i] = index;
        }
        return out;
    }

    private static PgException error(String message, int position, Object... args) {
        return new PgException(SqlState.SYNTAX_ERROR, message, args).withPosition(position + 1);
    }

    /** The self-reference among the FROM items (not inside subqueries), or null. */
    private TableRef selfReference(List<FromItem> from) {
        for (FromItem item : from) {
            TableRef found = selfReference(item);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private TableRef selfReference(FromItem item) {
        return switch (item) {
            case TableRef t when t.name().schema() == null && t.name().name().equals(cte.name()) -> t;
            case JoinExpr j -> {
                TableRef left = selfReference(j.left());
                yield left != null ? left : selfReference(j.right());
            }
            default -> null;
        };
    }

    List<String> extraNames() {
        return extraNames;
    }

    List<DataType> extraTypes() {
        return extraTypes;
    }

    /** The non-recursive term's rows with the extra columns. */
    PlanNode initial(PlanNode root, List<DataType> types) {
        List<BoundExpr> out = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            out.add(new ColumnValue(types.get(i), i));
        }
        addExtras(out, types, -1);
        return new Project(root, out.toArray(new BoundExpr[0]));
    }

    /** The recursive SELECT, also selecting its self-reference's extra columns. */
    Query recursiveQuery(Select right) {
        TableRef self = selfReference(right.from());
        String alias = self.alias() != null ? self.alias() : self.name().name();
        List<SelectItem> items = new ArrayList<>(right.items());
        for (String name : extraNames) {
            items.add(new SelectItem(new ColumnRef(List.of(alias, name), self.position()), name, self.position()));
        }
        return new Select(right.distinct(), right.distinctOn(), items, right.from(), right.where(), right.groupBy(),
                right.having(), right.windows(), right.orderBy(), right.limit(), right.offset());
    }

    /**
     * The recursive term's rows (its columns, then the work-table row's extra columns) turned into
     * the query's columns with new extra values; rows from a row marked as a cycle dropped.
     */
    PlanNode recursive(PlanNode root, List<ResultColumn> columns) {
        List<DataType> types = new ArrayList<>();
        for (ResultColumn c : columns) {
            types.add(c.type());
        }
        PlanNode input = root;
        if (cycleColumns != null) {
            int mark = width + (searchColumns != null ? 1 : 0);
            Operator notEqual = Operators.binary("<>", markType, markType);
            BoundExpr test = new OperatorCall(notEqual, new ColumnValue(types.get(mark), mark),
                    new Constant(markType, markValue));
            input = new Filter(root, test);
        }
        List<BoundExpr> out = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            out.add(new ColumnValue(types.get(i), i));
        }
        addExtras(out, types, width);
        return new Project(input, out.toArray(new BoundExpr[0]));
    }

    /** @param previous index of the first previous extra column, or -1 (non-recursive term) */
    private void addExtras(List<BoundExpr> out, List<DataType> types, int previous) {
        int k = previous;
        if (searchColumns != null) {
            BoundExpr before = previous < 0 ? null : new ColumnValue(types.get(k), k);
            k++;
            boolean breadth = cte.search().breadthFirst();
            out.add(new SearchCycleValue(breadth ? SearchCycleValue.Kind.BREADTH : SearchCycleValue.Kind.PATH,
                    extraTypes.get(0), before, fields(searchColumns, types), searchRow, null, null));
        }
        if (cycleColumns != null) {
            int e = searchColumns != null ? 1 : 0;
            BoundExpr path = previous < 0 ? null : new ColumnValue(types.get(k + 1), k + 1);
            out.add(new SearchCycleValue(SearchCycleValue.Kind.MARK, markType, path, fields(cycleColumns, types),
                    cycleRow, markValue, markDefault));
            out.add(new SearchCycleValue(SearchCycleValue.Kind.PATH, extraTypes.get(e + 1), path,
                    fields(cycleColumns, types), cycleRow, null, null));
        }
    }

    private static BoundExpr[] fields(int[] columns, List<DataType> types) {
        BoundExpr[] out = new BoundExpr[columns.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new ColumnValue(types.get(columns[i]), columns[i]);
        }
        return out;
    }
}
