package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.DomainDefinition;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.DomainCheck;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The constraints of domains where values become a domain's: a cast to the domain, a value stored
 * into a column declared with it, the domain's DEFAULT. CHECK conditions are bound over one input
 * column named {@code value} of the base type, which is what VALUE means inside them.
 */
public final class DomainConstraints {
    private DomainConstraints() {
    }

    /** {@code value} (of the domain's base type) checked against the domain with this OID; as is when there is none. */
    public static BoundExpr apply(BoundExpr value, int domainOid, AnalyzerContext context) {
        TypeDescriptor domain = context.catalog().type(domainOid);
        if (domain == null || !domain.isDomain()) {
            return value;
        }
        context = context.withAccess(new io.pglitedb.security.AccessRequirements());
        DataType base = baseType(domain);
        List<DomainCheck.Condition> conditions = new ArrayList<>();
        for (DomainDefinition.Check c : domain.domain().checks()) {
            conditions.add(new DomainCheck.Condition(c.name(),
                    bindCheck(base, DefaultValues.parseExpression(c.conditionSql()), context)));
        }
        if (!domain.domain().notNull() && conditions.isEmpty()) {
            return value;
        }
        return new DomainCheck(value, domain.name(), domain.domain().notNull(), conditions);
    }

    /** The domain's base type with its modifier. */
    public static DataType baseType(TypeDescriptor domain) {
        return new DataType(Types.byOid(domain.domain().baseOid()), domain.domain().baseTypmod());
    }

    /** A CHECK condition over VALUE of the base type, as a boolean expression over the row {VALUE}. */
    public static BoundExpr bindCheck(DataType base, Expr condition, AnalyzerContext context) {
        if (ExprTrees.findAggregate(condition) != null) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in check constraints")
                    .withPosition(ExprTrees.findAggregate(condition).position() + 1);
        }
        TableDescriptor value = new TableDescriptor(0, "", "", List.of(new ColumnDescriptor("value", 1, base, false,
                null, null)), new int[0], null, 1);
        Scope scope = Tables.scopeOf(value, null, 0);
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "check constraints");
        return Coercions.toBoolean(analyzer.analyze(condition), "CHECK", context.parameters(), condition.position());
    }

    /** The domain's DEFAULT as a value of its base type, or null when it has none. */
    static BoundExpr defaultValue(int domainOid, AnalyzerContext context) {
        TypeDescriptor domain = context.catalog().type(domainOid);
        if (domain == null || !domain.isDomain() || domain.domain().defaultSql() == null) {
            return null;
        }
        return assignDefault(baseType(domain), DefaultValues.parseExpression(domain.domain().defaultSql()), context);
    }

    /** A DEFAULT expression converted to the base type (assignment rules). @throws PgException 42804 */
    public static BoundExpr assignDefault(DataType base, Expr expr, AnalyzerContext context) {
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "DEFAULT expressions");
        BoundExpr bound = analyzer.analyze(expr);
        BoundExpr result = Coercions.tryCoerce(bound, base, CastContext.ASSIGNMENT, context.parameters(),
                expr.position());
        if (result == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "column \"%s\" is of type %s but default expression is of type %s", "value",
                    base.baseName(), bound.type().baseName())
                    .withHint("You will need to rewrite or cast the expression.");
        }
        return result;
    }
}
