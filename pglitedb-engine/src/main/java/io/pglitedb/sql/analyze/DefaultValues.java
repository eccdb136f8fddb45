package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.SequenceCall;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.parser.Parser;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/** The value a column gets when an INSERT does not give one: its DEFAULT, nextval of its sequence, or NULL. */
public final class DefaultValues {
    private DefaultValues() {
    }

    static BoundExpr of(AnalyzerContext context, ColumnDescriptor column) {
        if (column.sequenceName() != null) {
            BoundExpr next = identityNext(context, column);
            return Coercions.coerce(next, column.type(), CastContext.ASSIGNMENT, context.parameters(), 0);
        }
        if (column.generated()) { // a generated value is computed when the row is stored
            return new Constant(column.type(), null);
        }
        if (column.defaultSql() == null) { // a domain's DEFAULT, else NULL (checked against the domain)
            if (column.domainOid() == 0) {
                return new Constant(column.type(), null);
            }
            BoundExpr domainDefault = DomainConstraints.defaultValue(column.domainOid(), context);
            return DomainConstraints.apply(domainDefault != null ? domainDefault : new Constant(column.type(), null),
                    column.domainOid(), context);
        }
        Expr expr = parseExpression(column.defaultSql());
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "DEFAULT expressions");
        return assign(analyzer, expr, column, context);
    }

    /** The value a new row gets for the column when none is given (what ADD COLUMN fills in). */
    public static BoundExpr forColumn(AnalyzerContext context, ColumnDescriptor column) {
        return of(context, column);
    }

    /** Checks that a DEFAULT expression is valid for the column (ALTER COLUMN SET DEFAULT). */
    public static void validate(AnalyzerContext context, Expr expr, ColumnDescriptor column) {
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "DEFAULT expressions");
        assign(analyzer, expr, column, context);
    }

    /** nextval of an identity column's sequence. */
    static BoundExpr identityNext(AnalyzerContext context, ColumnDescriptor column) {
        SequenceDescriptor sequence = null;
        for (SequenceDescriptor s : context.catalog().sequences()) { // the identity sequence, in its table's schema
            if (s.name().equals(column.sequenceName()) && s.ownedByColumn() != null
                    && s.ownedByColumn().equals(column.name()) && (sequence == null || s.schema().equals(
                    context.relationSchema(new io.pglitedb.sql.ast.QualifiedName(null, s.name(), 0))))) {
                sequence = s;
            }
        }
        if (sequence == null) {
            throw new PgException(io.pglitedb.error.SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist",
                    column.sequenceName());
        }
        return new SequenceCall(SequenceCall.Kind.NEXTVAL, sequence, null, null, null, null,
                context.catalog().catalog(), context.sequences());
    }

    /** Parses a stored expression text by parsing "SELECT text". */
    public static Expr parseExpression(String sql) {
        Select select = (Select) Parser.parse("SELECT " + sql).get(0).statement();
        return select.items().get(0).expr();
    }

    /** Analyses an expression and converts it for storing into the column (assignment rules). */
    static BoundExpr assign(ExpressionAnalyzer analyzer, Expr expr, ColumnDescriptor column, AnalyzerContext context) {
        BoundExpr bound = analyzer.analyze(expr);
        return assign(bound, expr.position(), column, context);
    }

    static BoundExpr assign(BoundExpr bound, int position, ColumnDescriptor column, AnalyzerContext context) {
        BoundExpr result = Coercions.tryCoerce(bound, column.type(), CastContext.ASSIGNMENT, context.parameters(),
                position);
        if (result == null) {
            throw new PgException(io.pglitedb.error.SqlState.DATATYPE_MISMATCH,
                    "column \"%s\" is of type %s but expression is of type %s", column.name(),
                    column.type().baseName(), bound.type().baseName())
                    .withHint("You will need to rewrite or cast the expression.")
                    .withPosition(position + 1);
        }
        return column.domainOid() == 0 ? DomainConstraints.applyToAttributes(result, bound.type(), position, context)
                : DomainConstraints.apply(result, column.domainOid(), context);
    }

}
