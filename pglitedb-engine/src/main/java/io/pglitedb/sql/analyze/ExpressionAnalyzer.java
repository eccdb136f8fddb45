package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BooleanTest;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.CaseWhen;
import io.pglitedb.exec.expr.Coalesce;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.FunctionCall;
import io.pglitedb.exec.expr.InTest;
import io.pglitedb.exec.expr.LikeTest;
import io.pglitedb.exec.expr.LogicalAnd;
import io.pglitedb.exec.expr.LogicalNot;
import io.pglitedb.exec.expr.LogicalOr;
import io.pglitedb.exec.expr.NullTest;
import io.pglitedb.exec.expr.OperatorCall;
import io.pglitedb.exec.expr.ParamValue;
import io.pglitedb.functions.Functions;
import io.pglitedb.functions.ScalarFunction;
import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.CaseExpr;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.DefaultExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.Like;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.NotExpr;
import io.pglitedb.sql.ast.ParamRef;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.UnaryOp;
import io.pglitedb.sql.ast.WindowCall;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed expression into a typed {@link BoundExpr}: resolves column names in a
 * {@link Scope}, types literals, resolves operators, functions and casts, infers parameter types,
 * and folds constant subtrees. After GROUP BY / aggregates, a {@link GroupingBinder} maps grouped
 * expressions and aggregate calls to columns of the aggregated row.
 */
final class ExpressionAnalyzer {
    private static final Object[] EMPTY = new Object[0];
    /**
     * Inside a CASE arm, errors from folding constants are held here until the arm is known to be
     * reachable (PostgreSQL does not simplify arms behind a constant-false condition or after a
     * constant-true one); null outside CASE, where they are raised at once.
     */
    private List<RuntimeException> heldFoldErrors;

    private final AnalyzerContext context;
    private final Scope scope;
    private final GroupingBinder grouping;
    /**
     * The clause of a query's select list (and ORDER BY) while it is not aggregated: an aggregate
     * reaching it comes from a subquery and makes the query aggregated.
     */
    static final String SELECT_LIST = "select list";

    /** The clause being analysed, for "aggregate functions are not allowed in WHERE". */
    private final String clause;
    /** The query level: how names this scope lacks are looked up further out, and the WITH queries. */
    private final Level level;
    /** Where window function calls go (select list and ORDER BY only), else null. */
    private WindowBinder windows;
    /**
     * Where set-returning functions nested inside expressions go (SELECT list only: a ProjectSet
     * computes them), else null.
     */
    private List<io.pglitedb.exec.expr.SetFunctionCall> nestedSets;

    ExpressionAnalyzer(AnalyzerContext context, Scope scope, GroupingBinder grouping, String clause) {
        this(context, scope, grouping, clause, context.slots().statementLevel());
    }

    ExpressionAnalyzer(AnalyzerContext context, Scope scope, GroupingBinder grouping, String clause, Level level) {
        this.context = context;
        this.scope = scope;
        this.grouping = grouping;
        this.clause = clause;
        this.level = level;
    }

    Level level() {
        return level;
    }

    /** The same analyser, also accepting window function calls (bound by {@code binder}). */
    ExpressionAnalyzer withWindows(WindowBinder binder) {
        ExpressionAnalyzer copy = new ExpressionAnalyzer(context, scope, grouping, clause, level);
        copy.windows = binder;
        copy.nestedSets = nestedSets;
        return copy;
    }

    /** The same analyser, collecting set-returning functions nested in expressions into {@code sets}. */
    ExpressionAnalyzer withNestedSets(List<io.pglitedb.exec.expr.SetFunctionCall> sets) {
        ExpressionAnalyzer copy = new ExpressionAnalyzer(context, scope, grouping, clause, level);
        copy.windows = windows;
        copy.nestedSets = sets;
        return copy;
    }

    /**
     * A set-returning function inside a SELECT-list expression: its value, which the ProjectSet
     * computes; null when {@code expr} is no such call. Its arguments may not hold another.
     */
    private BoundExpr nestedSet(Expr expr) {
        if (nestedSets == null || !(expr instanceof FuncCall || expr instanceof io.pglitedb.sql.ast.FieldSelect)
                || !SetReturningFunctions.isCall(expr, context)) {
            return null;
        }
        BoundExpr call = SetReturningFunctions.inSelectList(expr, withNestedSets(null), context);
        if (!(call instanceof io.pglitedb.exec.expr.SetFunctionCall set)) {
            return null;
        }
        nestedSets.add(set);
        return new io.pglitedb.exec.expr.SetFunctionValue(set.type(), nestedSets.size() - 1);
    }

    String clause() {
        return clause;
    }

    AnalyzerContext context() {
        return context;
    }

    Scope scope() {
        return scope;
    }

    ParameterTypes params() {
        return context.parameters();
    }

    BoundExpr analyze(Expr expr) {
        BoundExpr result = analyzeNode(expr);
        Annotations.analyzed(expr, result, this);
        return result;
    }

    private BoundExpr analyzeNode(Expr expr) {
        if (expr instanceof FuncCall f && OuterAggregates.isAggregateOrGrouping(f, context)
                && OuterAggregates.belongsOutside(f, scope, level)) {
            return level.outer().aggregate(f);
        }
        if (grouping != null) {
            BoundExpr bound = grouping.match(expr);
            if (bound != null) {
                return bound;
            }
        }
        BoundExpr set = nestedSet(expr);
        if (set != null) {
            return set;
        }
        return switch (expr) {
            case Literal l -> literal(l.kind(), l.text(), l.position());
            case ColumnRef c -> column(c);
            case ParamRef p -> new ParamValue(params().get(p.index()), p.index() - 1);
            case BinaryOp b -> {
                BoundExpr rows = RowExpressions.compare(this, b.operator(), b.left(), b.right(), b.position());
                yield rows != null ? rows : binary(b.operator(), analyze(b.left()), analyze(b.right()), b.position(),
                        b.left().position(), b.right().position());
            }
            case UnaryOp u -> unary(u);
            case BoolExpr b -> {
                BoundExpr left = Coercions.toBoolean(analyze(b.left()), b.op().name(), params(), b.left().position());
                BoundExpr right = Coercions.toBoolean(analyze(b.right()), b.op().name(), params(), b.right().position());
                yield fold(b.op() == BoolExpr.Op.AND ? new LogicalAnd(left, right) : new LogicalOr(left, right),
                        left.isConstant() && right.isConstant());
            }
            case NotExpr n -> {
                BoundExpr operand = Coercions.toBoolean(analyze(n.operand()), "NOT", params(), n.operand().position());
                yield fold(new LogicalNot(operand), operand.isConstant());
            }
            case IsNull n -> {
                BoundExpr operand = analyze(n.operand());
                BoundExpr rowTest = RowExpressions.nullTest(operand, n.negated());
                yield rowTest != null ? rowTest : fold(new NullTest(operand, n.negated()), operand.isConstant());
            }
            case io.pglitedb.sql.ast.BooleanTest b -> {
                BoundExpr operand = Coercions.toBoolean(analyze(b.operand()), "IS " + b.kind().name(), params(),
                        b.operand().position());
                Boolean expected = switch (b.kind()) {
                    case TRUE -> Boolean.TRUE;
                    case FALSE -> Boolean.FALSE;
                    case UNKNOWN -> null;
                };
                yield fold(new BooleanTest(operand, expected, b.negated()), operand.isConstant());
            }
            case InList in -> RowExpressions.isRow(in.operand()) ? RowExpressions.inList(this, in) : inList(in);
            case io.pglitedb.sql.ast.RowExpr r -> RowExpressions.construct(this, r);
            case Between b -> between(b);
            case Like l -> like(l);
            case FuncCall f -> function(f);
            case CastExpr c -> {
                DataType target;
                try {
                    target = Types.resolve(c.type().name(), c.type().modifiers(), c.type().arrayDimensions());
                } catch (PgException e) {
                    throw c.type().position() >= 0 && e.state() == SqlState.UNDEFINED_OBJECT
                            ? e.withPositionIfAbsent(c.type().position() + 1) : e;
                }
                BoundExpr operand = c.operand() instanceof io.pglitedb.sql.ast.ArrayExpr a
                        && target.type() instanceof io.pglitedb.types.ArrayType
                        ? ArrayExpressions.constructor(this, a, target) : analyze(c.operand());
                BoundExpr cast;
                try {
                    cast = Coercions.tryCoerce(operand, target, CastContext.EXPLICIT, params(), c.operand().position());
                } catch (PgException e) {
                    // a row that does not fit a composite type: the error points at the cast
                    throw e.state() == SqlState.CANNOT_COERCE ? e.withPositionIfAbsent(c.position() + 1) : e;
                }
                if (cast == null) {
                    throw new PgException(SqlState.CANNOT_COERCE, "cannot cast type %s to %s",
                            operand.type().baseName(), target.baseName()).withPosition(c.position() + 1);
                }
                io.pglitedb.types.DomainType domain = io.pglitedb.types.Types.domain(c.type().name(),
                        c.type().arrayDimensions());
                yield domain == null ? DomainConstraints.applyToAttributes(cast, operand.type(),
                        c.operand().position(), context)
                        : DomainConstraints.apply(cast, domain.oid(), context);
            }
            case CaseExpr c -> caseExpr(c);
            case io.pglitedb.sql.ast.ArrayExpr a -> ArrayExpressions.constructor(this, a, null);
            case io.pglitedb.sql.ast.Subscript s -> ArrayExpressions.subscript(this, s);
            case io.pglitedb.sql.ast.FieldSelect f -> fieldSelect(f);
            case io.pglitedb.sql.ast.ArrayOpExpr a -> ArrayExpressions.arrayOp(this, a);
            case Star s -> RowExpressions.star(this, s);
            case io.pglitedb.sql.ast.FieldStar s -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "row expansion via \"*\" is not supported here").withPosition(s.position() + 1);
            case io.pglitedb.sql.ast.LimitWithTies t -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "FETCH ... WITH TIES is only supported on a SELECT").withPosition(t.position() + 1);
            case io.pglitedb.sql.ast.GroupingSet g -> throw new PgException(SqlState.SYNTAX_ERROR,
                    "grouping sets are only allowed in GROUP BY").withPosition(g.position() + 1);
            case DefaultExpr d -> throw new PgException(SqlState.SYNTAX_ERROR,
                    "DEFAULT is not allowed in this context").withPosition(d.position() + 1);
            case SubqueryExpr s -> SubqueryExpressions.analyze(this, s);
            case WindowCall w -> {
                if (windows == null) {
                    // the select list's analyser without windows is the one window definitions use
                    throw new PgException(SqlState.WINDOWING_ERROR, "window functions are not allowed in %s",
                            clause == null ? "this context" : clause.equals(SELECT_LIST) ? "window definitions"
                                    : clause).withPosition(w.position() + 1);
                }
                yield windows.bind(w);
            }
            case io.pglitedb.sql.ast.NamedArg n -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "named arguments is not supported yet").withPosition(n.position() + 1);
        };
    }

    /** Types a literal: integers as int4/int8/numeric by size, decimals numeric, strings unknown. */
    static BoundExpr literal(Literal.Kind kind, String text, int position) {
        switch (kind) {
            case INTEGER -> {
                try {
                    long v = Long.parseLong(text);
                    if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                        return new Constant(DataType.of(Types.INT4), (int) v);
                    }
                    return new Constant(DataType.of(Types.INT8), v);
                } catch (NumberFormatException e) {
                    return new Constant(DataType.of(Types.NUMERIC), new BigDecimal(text));
                }
            }
            case DECIMAL -> {
                BigDecimal d = new BigDecimal(text);
                if (d.scale() < 0) {
                    d = d.setScale(0);
                }
                return new Constant(DataType.of(Types.NUMERIC), d);
            }
            case STRING -> {
                return new Constant(DataType.of(Types.UNKNOWN), text);
            }
            case BOOLEAN -> {
                return new Constant(DataType.of(Types.BOOL), Boolean.parseBoolean(text.toLowerCase()));
            }
            default -> {
                return new Constant(DataType.of(Types.UNKNOWN), null);
            }
        }
    }

    private BoundExpr column(ColumnRef ref) {
        List<String> parts = ref.parts();
        String qualifier = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
        String name = ref.column();
        Scope.Column column = qualifier != null && !scope.hasTable(qualifier) ? null
                : scope.find(qualifier, name, ref.position());
        if (column == null && level.outer() != null && (qualifier == null || !scope.hasTable(qualifier))) {
            BoundExpr outer = level.outer().resolve(ref);
            if (outer != null) {
                return outer;
            }
        }
        if (column == null && parts.size() <= 2) {
            int parameter = params().named(qualifier, name);
            if (parameter > 0) {
                return new ParamValue(params().get(parameter), parameter - 1);
            }
        }
        if (column == null) {
            if (qualifier == null) {
                BoundExpr special = sessionValue(name);
                if (special != null) {
                    return special;
                }
                BoundExpr wholeRow = wholeRowInReach(name, ref.position());
                if (wholeRow != null) {
                    return wholeRow;
                }
                throw missingColumn(null, name, ref.position());
            }
            if (!scope.hasTable(qualifier)) {
                throw missingTable(qualifier, ref.position() + 1);
            }
            throw missingColumn(qualifier, name, ref.position());
        }
        Annotations.resolved(ref, column);
        return column(column, ref.position());
    }

    /**
     * {@code name} as the whole row of a range of this level or, when none has that name, of an
     * enclosing query's (passed in like an outer column); null when no level has such a range.
     */
    BoundExpr wholeRowInReach(String name, int position) {
        BoundExpr row = RowExpressions.wholeRow(this, name, position);
        if (row == null && level.outer() != null) {
            row = level.outer().resolveWholeRow(name, position);
        }
        return row;
    }

    /** True when this analyser reads grouped rows (its columns are GROUP BY keys, not input columns). */
    boolean grouped() {
        return grouping != null;
    }

    /** A resolved column of this scope (a {@code *} item), through GROUP BY when there is one. */
    BoundExpr column(Scope.Column column, int position) {
        if (column.index() == RowSystemColumns.NOT_READ) {
            throw new RowSystemColumns.Needed(column.name(), position + 1);
        }
        context.access().column(column.tableOid(), column.attributeNumber());
        if (column.index() < 0) {
            return systemConstant(column);
        }
        if (grouping != null) {
            BoundExpr grouped = groupedColumn(column);
            if (grouped != null) {
                return grouped;
            }
            Scope.Column source = scope.mergedSource(column.index());
            Scope.Column named = source != null ? source
                    : column.tableAlias() == null && scope.columnAt(column.index()) != null ? scope.columnAt(column.index())
                    : column;
            PgException e = new PgException(SqlState.GROUPING_ERROR,
                    "column \"%s.%s\" must appear in the GROUP BY clause or be used in an aggregate function",
                    named.tableAlias(), named.name());
            // PostgreSQL has no position for the column inside a merged USING column's cast
            throw source != null ? e : e.withPosition(position + 1);
        }
        return new ColumnValue(column.type(), column.index());
    }

    /** A column under GROUP BY: the group key it is, or a merged USING column cast from one; null when ungrouped. */
    private BoundExpr groupedColumn(Scope.Column column) {
        BoundExpr grouped = grouping.matchColumn(column);
        Scope.Column source = scope.mergedSource(column.index());
        if (grouped == null && source != null) {
            BoundExpr key = grouping.matchColumn(source);
            if (key != null) {
                grouped = Coercions.coerce(key, column.type(), CastContext.IMPLICIT, context.parameters(), 0);
            }
        }
        return grouped;
    }

    /**
     * An expression computed once, before any row (LIMIT, OFFSET, a window frame offset): it may
     * call functions and read enclosing queries' columns, but naming a column of {@code scope} is
     * "argument of {@code argumentOf} must not contain variables".
     */
    static BoundExpr beforeRows(AnalyzerContext context, Expr expr, String clause, String argumentOf, Scope scope,
            Level level) {
        try {
            return new ExpressionAnalyzer(context, Scope.empty(), null, clause, level).analyze(expr);
        } catch (PgException e) {
            if (e.state() != SqlState.UNDEFINED_COLUMN && e.state() != SqlState.UNDEFINED_TABLE
                    || scope.columns().isEmpty()) {
                throw e;
            }
            new ExpressionAnalyzer(context, scope, null, clause, level).analyze(expr); // its own error, if any
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "argument of %s must not contain variables",
                    argumentOf).withPosition(e.position());
        }
    }

    /** 42P01 for a table name no range in reach has (worded by what the statement does have). */
    PgException missingTable(String qualifier, int position) {
        return context.ranges().missing(qualifier, position, this::reaches);
    }

    /** 42703 for a column no range in reach has, with PostgreSQL's hint of the closest ones. */
    private PgException missingColumn(String qualifier, String name, int position) {
        PgException e = new PgException(SqlState.UNDEFINED_COLUMN,
                qualifier == null ? "column \"%s\" does not exist" : "column %2$s.%1$s does not exist", name, qualifier)
                .withPosition(position + 1);
        String hint = qualifier == null ? context.ranges().columnOutOfReach(name, this::reaches) : null;
        if (hint == null) {
            hint = ColumnSuggestions.hint(scopesInReach(), qualifier, name);
        }
        return hint == null ? e : e.withHint(hint);
    }

    /** This query's scope, then those of the queries around it. */
    List<Scope> scopesInReach() {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(scope);
        if (level.outer() != null) {
            scopes.addAll(level.outer().scopesInReach());
        }
        return scopes;
    }

    /** Whether a table alias can be referenced here: in this scope or an enclosing query's. */
    boolean reaches(String alias) {
        return scope.hasTable(alias) || level.outer() != null && level.outer().reaches(alias);
    }

    /**
     * A name a nested query could not resolve, looked up here (and further out): the value over
     * this level's row, or null when no level has it.
     */
    BoundExpr resolveFromInner(ColumnRef ref) {
        List<String> parts = ref.parts();
        String qualifier = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
        String name = ref.column();
        Scope.Column column = null;
        if (qualifier == null || scope.hasTable(qualifier)) {
            column = scope.find(qualifier, name, ref.position());
            if (column == null && qualifier != null) {
                throw missingColumn(qualifier, name, ref.position());
            }
        }
        if (column == null) {
            return level.outer() == null ? null : level.outer().resolve(ref);
        }
        Annotations.resolved(ref, column);
        if (column.index() == RowSystemColumns.NOT_READ) {
            throw new RowSystemColumns.Needed(name, ref.position() + 1);
        }
        context.access().column(column.tableOid(), column.attributeNumber());
        if (column.index() < 0) {
            return systemConstant(column);
        }
        if (grouping != null) {
            BoundExpr grouped = grouping.match(ref);
            if (grouped == null) {
                grouped = groupedColumn(column);
            }
            if (grouped != null) {
                return grouped;
            }
            throw new PgException(SqlState.GROUPING_ERROR, "subquery uses ungrouped column \"%s.%s\" from outer query",
                    column.tableAlias(), column.name()).withPosition(ref.position() + 1);
        }
        return new ColumnValue(column.type(), column.index());
    }

    /** A system column whose value is fixed for the whole range: tableoid of a table read alone; xmax, cmin, cmax 0. */
    private static BoundExpr systemConstant(Scope.Column column) {
        long value = column.attributeNumber() == Scope.TABLEOID_ATTNUM ? column.tableOid() : 0L;
        return new Constant(column.type(), value);
    }

    /** Functions the analyzer answers from the session (see {@code callFunction}), named as in pg_proc. */
    static final java.util.Set<String> SQL_VALUE_FUNCTIONS = java.util.Set.of("current_database", "current_schema",
            "current_user", "session_user", "current_schemas");

    /** current_user, session_user, current_catalog, current_schema: SQL keywords without parentheses. */
    private BoundExpr sessionValue(String name) {
        return switch (name) {
            case "current_user", "user", "current_role" -> new Constant(DataType.of(Types.NAME), context.user());
            case "session_user" -> new Constant(DataType.of(Types.NAME), context.sessionUser());
            case "current_catalog" -> new Constant(DataType.of(Types.NAME), context.database());
            case "current_schema" -> new Constant(DataType.of(Types.NAME), context.currentSchema());
            default -> null;
        };
    }

    /** current_schemas(include_implicit): the search path's schemas, with pg_catalog and pg_temp_N when true. */
    private BoundExpr currentSchemas(BoundExpr implicit, int position) {
        DataType names = DataType.of(io.pglitedb.types.ArrayTypes.NAME);
        BoundExpr flag = Coercions.coerce(implicit, DataType.of(Types.BOOL), CastContext.IMPLICIT, params(), position);
        Constant withImplicit = new Constant(names,
                io.pglitedb.types.ArrayValue.of(context.searchPath().lookupOrder(context.catalog()).toArray()));
        Constant explicit = new Constant(names,
                io.pglitedb.types.ArrayValue.of(context.searchPath().explicitSchemas(context.catalog()).toArray()));
        if (flag.isConstant()) {
            Object value = flag.eval(null, null);
            return value == null ? new Constant(names, null) : Boolean.TRUE.equals(value) ? withImplicit : explicit;
        }
        return new CaseWhen(names, new BoundExpr[] {flag, new io.pglitedb.exec.expr.NullTest(flag, true)},
                new BoundExpr[] {withImplicit, explicit}, new Constant(names, null));
    }

    BoundExpr binary(String op, BoundExpr left, BoundExpr right, int position, int leftPosition, int rightPosition) {
        boolean distinctTest = op.equals("IS DISTINCT FROM") || op.equals("IS NOT DISTINCT FROM");
        Operator operator;
        try {
            operator = Operators.binary(distinctTest ? "=" : op, left.type(), right.type());
        } catch (PgException e) {
            throw e.withPositionIfAbsent(position + 1);
        }
        left = Coercions.coerce(left, operator.leftType(), CastContext.IMPLICIT, params(), leftPosition);
        right = Coercions.coerce(right, operator.rightType(), CastContext.IMPLICIT, params(), rightPosition);
        if (distinctTest) {
            return fold(new io.pglitedb.exec.expr.DistinctTest(operator, left, right, op.startsWith("IS NOT")),
                    left.isConstant() && right.isConstant());
        }
        return fold(new OperatorCall(op, operator, left, right), left.isConstant() && right.isConstant());
    }

    private BoundExpr unary(UnaryOp u) {
        if (u.operator().equals("-") && u.operand() instanceof Literal l
                && (l.kind() == Literal.Kind.INTEGER || l.kind() == Literal.Kind.DECIMAL)
                && !l.text().startsWith("-")) {
            return literal(l.kind(), "-" + l.text(), l.position());
        }
        BoundExpr operand = analyze(u.operand());
        Operator operator;
        try {
            operator = Operators.prefix(u.operator(), operand.type());
        } catch (PgException e) {
            throw e.withPositionIfAbsent(u.position() + 1);
        }
        operand = Coercions.coerce(operand, operator.rightType(), CastContext.IMPLICIT, params(), u.operand().position());
        return fold(new OperatorCall(u.operator(), operator, null, operand), operand.isConstant());
    }

    private BoundExpr inList(InList in) {
        List<BoundExpr> all = new ArrayList<>();
        all.add(analyze(in.operand()));
        for (Expr value : in.values()) {
            all.add(analyze(value));
        }
        DataType common = Coercions.commonType(all, "IN", in.position());
        BoundExpr operand = Coercions.coerce(all.get(0), common, CastContext.IMPLICIT, params(), in.operand().position());
        BoundExpr[] values = new BoundExpr[in.values().size()];
        Operator[] equals = new Operator[values.length];
        boolean constant = operand.isConstant();
        for (int i = 0; i < values.length; i++) {
            values[i] = Coercions.coerce(all.get(i + 1), common, CastContext.IMPLICIT, params(),
                    in.values().get(i).position());
            equals[i] = Operators.binary("=", common, common);
            constant &= values[i].isConstant();
        }
        return fold(new InTest(operand, values, equals, in.negated()), constant);
    }

    private BoundExpr between(Between b) {
        BoundExpr result = betweenRange(b.operand(), b.low(), b.high(), b.position());
        if (b.symmetric()) {
            BoundExpr swapped = betweenRange(b.operand(), b.high(), b.low(), b.position());
            result = fold(new LogicalOr(result, swapped), result.isConstant() && swapped.isConstant());
        }
        return b.negated() ? fold(new LogicalNot(result), result.isConstant()) : result;
    }

    private BoundExpr betweenRange(Expr operand, Expr low, Expr high, int position) {
        BoundExpr lower = binary(">=", analyze(operand), analyze(low), position, operand.position(), low.position());
        BoundExpr upper = binary("<=", analyze(operand), analyze(high), position, operand.position(), high.position());
        return fold(new LogicalAnd(lower, upper), lower.isConstant() && upper.isConstant());
    }

    private BoundExpr like(Like l) {
        BoundExpr operand = analyze(l.operand());
        BoundExpr pattern = analyze(l.pattern());
        String op = l.caseInsensitive() ? (l.negated() ? "!~~*" : "~~*") : (l.negated() ? "!~~" : "~~");
        DataType text = DataType.of(Types.TEXT);
        boolean bytea = !l.caseInsensitive() && operand.type().type() == Types.BYTEA
                && (pattern.type().type() == Types.BYTEA || pattern.type().type() == Types.UNKNOWN);
        if (bytea) {
            // bytealike: the same matcher over bytes (each byte one character)
            text = DataType.of(Types.BYTEA);
        } else if (!isString(operand.type()) || !isString(pattern.type())) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: %s %s %s",
                    operand.type().baseName(), op, pattern.type().baseName())
                    .withHint("No operator matches the given name and argument types. "
                            + "You might need to add explicit type casts.")
                    .withPosition(l.position() + 1);
        }
        operand = Coercions.coerce(operand, text, CastContext.IMPLICIT, params(), l.operand().position());
        pattern = Coercions.coerce(pattern, text, CastContext.IMPLICIT, params(), l.pattern().position());
        BoundExpr escape = null;
        if (l.escape() != null) {
            escape = Coercions.coerce(analyze(l.escape()), text, CastContext.IMPLICIT, params(), l.escape().position());
        }
        boolean constant = operand.isConstant() && pattern.isConstant() && (escape == null || escape.isConstant());
        return fold(new LikeTest(operand, pattern, escape, l.negated(), l.caseInsensitive()), constant);
    }

    private static boolean isString(DataType type) {
        return type.type() == Types.TEXT || type.type() == Types.VARCHAR || type.type() == Types.BPCHAR
                || type.type() == Types.NAME || type.type() == Types.UNKNOWN;
    }

    /** Functions whose result may change between calls with the same arguments (provolatile 'v'). */
    private static final java.util.Set<String> VOLATILE = java.util.Set.of("random", "setseed", "nextval", "setval",
            "clock_timestamp", "timeofday", "gen_random_uuid", "txid_current", "pg_sleep", "lastval", "currval",
            "pg_advisory_lock", "pg_try_advisory_lock", "pg_advisory_xact_lock", "pg_try_advisory_xact_lock",
            "set_config", "pg_current_xact_id", "statement_timestamp");

    /** Whether any of the expressions calls a volatile function (random(), nextval() ...). */
    static boolean hasVolatileCall(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e instanceof FuncCall f && VOLATILE.contains(f.withoutCatalogSchema().name())
                    || hasVolatileCall(ExprTrees.children(e))) {
                return true;
            }
        }
        return false;
    }

    /** Clauses where PostgreSQL refuses set-returning functions (check_srf_call_placement). */
    private static final java.util.Set<String> NO_SETS = java.util.Set.of("WHERE", "JOIN conditions", "HAVING", "VALUES",
            "check constraints", "DEFAULT expressions", "column generation expressions", "policy expressions",
            "partition bound", "window frame");

    private BoundExpr function(FuncCall f) {
        f = f.withoutCatalogSchema();
        if (VOLATILE.contains(f.name())) {
            context.slots().noteVolatileCall();
        }
        if (UserAggregates.isAggregate(f, context)) {
            if (grouping == null && SELECT_LIST.equals(clause)) {
                throw new OuterAggregates.Found();
            }
            if (grouping != null) {
                throw new PgException(SqlState.GROUPING_ERROR, "aggregate function calls cannot be nested")
                        .withPosition(f.position() + 1);
            }
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in %s",
                    clause == null ? "this context" : clause).withPosition(f.position() + 1);
        }
        if (f.star()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                    "%s(*) specified, but %s is not an aggregate function", f.name(), f.name())
                    .withPosition(f.position() + 1);
        }
        if (f.hasAggregateClauses()) {
            String clause = f.withinGroup() ? "WITHIN GROUP" : !f.order().isEmpty() ? "ORDER BY" : "FILTER";
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "%s specified, but %s is not an aggregate function",
                    clause, f.name()).withPosition(f.position() + 1);
        }
        if (clause != null && NO_SETS.contains(clause) && SetReturningFunctions.isCall(f, context)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "set-returning functions are not allowed in %s", clause)
                    .withPosition(f.position() + 1);
        }
        for (Expr arg : f.args()) {
            if (arg instanceof io.pglitedb.sql.ast.NamedArg named) {
                BoundExpr user = UserFunctions.callNamed(f, this, context);
                if (user != null) {
                    return user;
                }
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "named arguments is not supported yet")
                        .withPosition(named.position() + 1);
            }
        }
        if (SequenceFunctions.handles(f)) {
            return SequenceFunctions.analyze(f, this, context);
        }
        if (AdminFunctions.handles(f)) {
            return AdminFunctions.analyze(f, this, context);
        }
        if (SessionFunctions.handles(f)) {
            return SessionFunctions.analyze(f, this, context);
        }
        if (PrivilegeFunctions.handles(f)) {
            return PrivilegeFunctions.analyze(f, this, context);
        }
        List<BoundExpr> args = new ArrayList<>(f.args().size());
        for (Expr arg : f.args()) {
            args.add(analyze(arg));
        }
        switch (f.name()) {
            case "pg_typeof" -> {
                int domain = f.args().size() == 1 ? DomainConstraints.declaredDomain(f.args().get(0), args.get(0), scope, context) : 0;
                if (domain != 0) { // the analysed value is the base type's
                    return new Constant(DataType.of(Types.REGTYPE), (long) domain);
                }
            }
            case "coalesce" -> {
                if (nestedSets != null) {
                    SetReturningFunctions.refuseIn("set-returning functions are not allowed in COALESCE", f.args(),
                            context);
                }
                DataType type = Coercions.commonType(args, "COALESCE", f.position());
                BoundExpr[] coerced = coerceAll(args, f.args(), type);
                return new Coalesce(type, coerced);
            }
            case "greatest", "least" -> {
                String construct = f.name().toUpperCase(java.util.Locale.ROOT);
                DataType type = Coercions.commonType(args, construct, f.position());
                if (type.type() == Types.UNKNOWN) {
                    type = DataType.of(Types.TEXT); // all literals: compared as text, as PostgreSQL does
                }
                BoundExpr[] coerced = coerceAll(args, f.args(), type);
                return new io.pglitedb.exec.expr.GreatestLeast(type, coerced, f.name().equals("greatest"));
            }
            case "nullif" -> {
                if (args.size() == 2) {
                    BoundExpr equal = binary("=", args.get(0), args.get(1), f.position(),
                            f.args().get(0).position(), f.args().get(1).position());
                    BoundExpr value = args.get(0);
                    DataType type = value.type().type() == Types.UNKNOWN ? DataType.of(Types.TEXT) : value.type();
                    value = Coercions.coerce(value, type, CastContext.IMPLICIT, params(), f.args().get(0).position());
                    return new CaseWhen(type, new BoundExpr[] {equal}, new BoundExpr[] {new Constant(type, null)}, value);
                }
            }
            case "current_database" -> {
                if (args.isEmpty()) {
                    return new Constant(DataType.of(Types.NAME), context.database());
                }
            }
            case "current_schema", "current_user", "session_user", "current_catalog", "current_role", "user" -> {
                if (args.isEmpty()) {
                    return sessionValue(f.name());
                }
            }
            case "current_schemas" -> {
                if (args.size() == 1) {
                    return currentSchemas(args.get(0), f.args().get(0).position());
                }
            }
            default -> {
            }
        }
        if (EnumFunctionCalls.handles(f.name())) {
            List<Integer> positions = new ArrayList<>(args.size());
            for (Expr arg : f.args()) {
                positions.add(arg.position());
            }
            BoundExpr call = EnumFunctionCalls.analyze(f.name(), args, positions, params());
            if (call != null) {
                return call;
            }
        }
        if (CatalogFunctionCalls.handles(f.name())) {
            List<Integer> positions = new ArrayList<>(args.size());
            for (Expr arg : f.args()) {
                positions.add(arg.position());
            }
            BoundExpr call = CatalogFunctionCalls.analyze(f.name(), args, positions, params());
            if (call != null) {
                return call;
            }
        }
        List<DataType> types = new ArrayList<>(args.size());
        for (BoundExpr a : args) {
            types.add(a.type());
        }
        if (f.variadic() && !(types.get(types.size() - 1).type() instanceof io.pglitedb.types.ArrayType)
                && types.get(types.size() - 1).type() != Types.UNKNOWN) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "VARIADIC argument must be an array")
                    .withPosition(f.args().get(f.args().size() - 1).position() + 1);
        }
        ScalarFunction function;
        try {
            function = f.variadic() ? Functions.scalarVariadic(f.name(), types) : Functions.scalar(f.name(), types);
        } catch (PgException e) {
            if (e.state() == SqlState.UNDEFINED_FUNCTION && !f.variadic()) {
                BoundExpr user = UserFunctions.call(f, args, this, context);
                if (user != null) {
                    return user;
                }
            }
            throw e.withPositionIfAbsent(f.position() + 1);
        }
        BoundExpr[] coerced = new BoundExpr[args.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(args.get(i), function.argumentTypes().get(i), CastContext.IMPLICIT,
                    params(), f.args().get(i).position());
        }
        return new FunctionCall(function, coerced);
    }

    private BoundExpr[] coerceAll(List<BoundExpr> args, List<Expr> asts, DataType type) {
        BoundExpr[] out = new BoundExpr[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Coercions.coerce(args.get(i), type, CastContext.IMPLICIT, params(), asts.get(i).position());
        }
        return out;
    }

    /** {@code (row).field} of a record value; set-returning functions under it are the select list's. */
    private BoundExpr fieldSelect(io.pglitedb.sql.ast.FieldSelect f) {
        BoundExpr row = analyze(f.arg());
        if (!(row.type().type() instanceof io.pglitedb.types.RecordType record)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                    "column notation .%s applied to type %s, which is not a composite type", f.field(),
                    row.type().baseName()).withPosition(f.position() + 1);
        }
        int index = record.fieldIndex(f.field());
        if (index < 0) {
            throw record.noSuchField(f.field()).withPosition(f.position() + 1);
        }
        return new io.pglitedb.exec.expr.FieldValue(record.fieldTypes().get(index), row, index);
    }

    private BoundExpr caseExpr(CaseExpr c) {
        if (nestedSets != null) {
            SetReturningFunctions.refuseIn("set-returning functions are not allowed in CASE", ExprTrees.children(c),
                    context);
        }
        int n = c.whens().size();
        BoundExpr[] conditions = new BoundExpr[n];
        List<BoundExpr> results = new ArrayList<>(n + 1);
        BoundExpr operand = c.operand() == null ? null : analyze(c.operand());
        List<RuntimeException> outerHeld = heldFoldErrors;
        boolean reachable = true;
        for (int i = 0; i < n; i++) {
            heldFoldErrors = new ArrayList<>();
            CaseExpr.When when = c.whens().get(i);
            BoundExpr condition;
            if (operand != null) {
                condition = binary("=", operand, analyze(when.condition()), when.condition().position(),
                        c.operand().position(), when.condition().position());
            } else {
                condition = Coercions.toBoolean(analyze(when.condition()), "CASE/WHEN", params(),
                        when.condition().position());
            }
            conditions[i] = condition;
            List<RuntimeException> conditionErrors = heldFoldErrors;
            heldFoldErrors = new ArrayList<>();
            results.add(analyze(when.result()));
            List<RuntimeException> resultErrors = heldFoldErrors;
            heldFoldErrors = outerHeld;
            if (reachable) {
                raiseHeld(conditionErrors);
                Object known = condition instanceof Constant k ? k.value() : this;
                if (known == null || Boolean.FALSE.equals(known)) {
                    continue;
                }
                raiseHeld(resultErrors);
                reachable = !Boolean.TRUE.equals(known);
            }
        }
        heldFoldErrors = new ArrayList<>();
        BoundExpr otherwise = c.elseResult() == null ? null : analyze(c.elseResult());
        List<RuntimeException> elseErrors = heldFoldErrors;
        heldFoldErrors = outerHeld;
        if (reachable) {
            raiseHeld(elseErrors);
        }
        List<BoundExpr> all = new ArrayList<>(results);
        if (otherwise != null) {
            all.add(otherwise);
        }
        DataType type = Coercions.commonType(all, "CASE", c.position());
        BoundExpr[] coerced = new BoundExpr[n];
        for (int i = 0; i < n; i++) {
            coerced[i] = Coercions.coerce(results.get(i), type, CastContext.IMPLICIT, params(),
                    c.whens().get(i).result().position());
        }
        if (otherwise != null) {
            otherwise = Coercions.coerce(otherwise, type, CastContext.IMPLICIT, params(), c.elseResult().position());
        }
        return new CaseWhen(type, conditions, coerced, otherwise);
    }

    /** Raises (or, inside an enclosing CASE arm, keeps holding) the folding errors of a reachable arm. */
    private void raiseHeld(List<RuntimeException> errors) {
        if (errors.isEmpty()) {
            return;
        }
        if (heldFoldErrors == null) {
            throw errors.get(0);
        }
        heldFoldErrors.addAll(errors);
    }

    /** Evaluates a constant subtree once, at analysis time. */
    private BoundExpr fold(BoundExpr expr, boolean constant) {
        if (!constant) {
            return expr;
        }
        try {
            return new Constant(expr.type(), expr.eval(EMPTY, EMPTY));
        } catch (RuntimeException e) {
            if (heldFoldErrors == null) {
                throw e;
            }
            heldFoldErrors.add(e);
            return expr;
        }
    }
}
