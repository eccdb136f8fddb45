package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.types.DataType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What analysis decided about the nodes of one parsed tree, kept for the deparser
 * ({@link io.pglitedb.sql.deparse}): the typed expression each node became, the implicit
 * coercion applied to it (PostgreSQL keeps such casts in its stored trees and ruleutils prints
 * them), the range a column reference was resolved in, and the columns a {@code *} expanded to.
 * Recording is on only while {@link #expression} or {@link #view} analyse a tree on this thread;
 * ordinary analysis pays one thread-local read per node.
 */
public final class Annotations {
    private static final ThreadLocal<Annotations> CURRENT = new ThreadLocal<>();

    private final Map<Expr, BoundExpr> bound = new IdentityHashMap<>();
    private final Map<BoundExpr, BoundExpr> coerced = new IdentityHashMap<>();
    private final Map<ColumnRef, String> ranges = new IdentityHashMap<>();
    private final Map<Star, List<Scope.Column>> stars = new IdentityHashMap<>();
    private final Map<ColumnRef, Scope.Column> columns = new IdentityHashMap<>();
    private final AnalyzerContext context;
    private final TableDescriptor table;

    private Annotations(AnalyzerContext context, TableDescriptor table) {
        this.context = context;
        this.table = table;
    }

    /** Analyses a stored expression (a CHECK condition, a default) over the table's columns, recording. */
    public static Annotations expression(AnalyzerContext context, TableDescriptor table, Expr expr) {
        Scope scope = table == null ? new Scope() : Tables.scopeOf(table, null, 0); // no table: a constant expression
        return record(context, table, () -> new ExpressionAnalyzer(context, scope, null, null).analyze(expr));
    }

    /** Analyses a view's parsed query (the same tree the deparser walks), recording. */
    public static Annotations view(AnalyzerContext context, TableDescriptor view, Query query) {
        return record(context, null, () -> {
            context.uses().enterView(view);
            try {
                new QueryAnalyzer(context, Level.TOP).analyze(query);
            } finally {
                context.uses().leaveView();
            }
        });
    }

    private static Annotations record(AnalyzerContext context, TableDescriptor table, Runnable analysis) {
        Annotations previous = CURRENT.get();
        Annotations annotations = new Annotations(context, table);
        CURRENT.set(annotations);
        try {
            analysis.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
        return annotations;
    }

    static void analyzed(Expr expr, BoundExpr result, ExpressionAnalyzer analyzer) {
        Annotations a = CURRENT.get();
        if (a == null) {
            return;
        }
        a.bound.putIfAbsent(expr, result);
        if (expr instanceof ColumnRef ref && !a.ranges.containsKey(ref)) {
            // a grouped column is matched before it is looked up: find its range now
            try {
                List<String> parts = ref.parts();
                Scope.Column c = analyzer.scope().find(parts.size() >= 2 ? parts.get(parts.size() - 2) : null,
                        ref.column(), ref.position());
                if (c != null) {
                    a.ranges.put(ref, c.tableAlias());
                }
            } catch (RuntimeException e) {
                // not a column of this scope
            }
        }
    }

    static void resolved(ColumnRef ref, Scope.Column column) {
        Annotations a = CURRENT.get();
        if (a != null) {
            a.ranges.put(ref, column.tableAlias());
            a.columns.put(ref, column);
        }
    }

    static void coerced(BoundExpr input, BoundExpr output) {
        Annotations a = CURRENT.get();
        if (a != null && output != null && output != input) {
            a.coerced.putIfAbsent(input, output);
        }
    }

    static void expanded(Star star, List<Scope.Column> columns) {
        Annotations a = CURRENT.get();
        if (a != null) {
            a.stars.put(star, List.copyOf(columns));
        }
    }

    /** FigureColname: the name an unaliased output column gets. */
    public static String columnName(Expr expr) {
        return SelectAnalyzer.columnName(expr);
    }

    /** A literal typed as analysis types it on its own (for nodes analysis skipped, such as an EXISTS target list). */
    public static BoundExpr literal(io.pglitedb.sql.ast.Literal literal) {
        return ExpressionAnalyzer.literal(literal.kind(), literal.text(), literal.position());
    }

    /** The type the node has before any coercion, or null when it was not analysed. */
    public DataType type(Expr expr) {
        BoundExpr b = bound.get(expr);
        return b == null ? null : b.type();
    }

    /** The node's value after the implicit coercion its context applied, or null when there was none. */
    public BoundExpr coercion(Expr expr) {
        BoundExpr b = bound.get(expr);
        return b == null ? null : coerced.get(b);
    }

    /** The typed expression the node became (before coercion), or null. */
    public BoundExpr bound(Expr expr) {
        return bound.get(expr);
    }

    /** The alias of the range a column reference was found in; null when unknown or a merged USING column. */
    public String range(ColumnRef ref) {
        return ranges.get(ref);
    }

    /**
     * The base type of the domain a column reference's column is declared with, or null: its value
     * is the base type's, which PostgreSQL shows as an implicit cast ({@code t.a::integer + 1}).
     */
    public DataType domainBase(ColumnRef ref) {
        Scope.Column column = columns.get(ref);
        if (column == null) {
            return null;
        }
        TableDescriptor owner = column.tableOid() == 0 ? table : context.catalog().tableByOid(column.tableOid());
        if (owner == null || column.tableOid() != owner.oid()) {
            return null;
        }
        for (io.pglitedb.catalog.ColumnDescriptor c : owner.columns()) {
            if (c.attributeNumber() == column.attributeNumber() && c.domainOid() != 0) {
                io.pglitedb.catalog.TypeDescriptor domain = context.catalog().type(c.domainOid());
                return domain == null || !domain.isDomain() ? null : DomainConstraints.baseType(context.catalog(), domain);
            }
        }
        return null;
    }

    public boolean resolvedColumn(ColumnRef ref) {
        return ranges.containsKey(ref);
    }

    /** The (range alias, column name) pairs a {@code *} expanded to, or null. */
    public List<String[]> starColumns(Star star) {
        List<Scope.Column> columns = stars.get(star);
        return columns == null ? null : columns.stream().map(c -> new String[] {c.tableAlias(), c.name()}).toList();
    }
}
