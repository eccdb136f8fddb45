package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;
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

    /**
     * {@code value} (of the domain's base type) checked against the domain with this OID; as is when
     * there is none. A domain over another domain has that domain's constraints too: as PostgreSQL's
     * DomainConstraintCache orders them, the outermost base domain's first, and within each domain
     * its NOT NULL, then its CHECK constraints by name. Errors name the domain the value becomes.
     */
    public static BoundExpr apply(BoundExpr value, int domainOid, AnalyzerContext context) {
        TypeDescriptor domain = context.catalog().type(domainOid);
        if (domain == null || !domain.isDomain()) {
            return value;
        }
        context = context.withAccess(new io.pglitedb.security.AccessRequirements());
        DataType base = baseType(context.catalog(), domain);
        List<DomainCheck.Condition> conditions = new ArrayList<>();
        for (TypeDescriptor level : chain(context.catalog(), domain)) {
            List<DomainCheck.Condition> own = new ArrayList<>();
            if (level.domain().notNull()) {
                own.add(DomainCheck.Condition.NOT_NULL);
            }
            List<DomainDefinition.Check> checks = new ArrayList<>(level.domain().checks());
            checks.sort(java.util.Comparator.comparing(DomainDefinition.Check::name));
            for (DomainDefinition.Check c : checks) {
                own.add(new DomainCheck.Condition(c.name(),
                        bindCheck(base, DefaultValues.parseExpression(c.conditionSql()), context)));
            }
            conditions.addAll(0, own);
        }
        if (conditions.isEmpty()) {
            return value;
        }
        return new DomainCheck(value, domain.name(), conditions);
    }

    /**
     * A value converted to a composite type from {@code from}, checked against the domains the
     * type's attributes are declared with; as is when it has none, or the value had the type already.
     * @param position where the value is written (0-based), for a literal's error
     */
    public static BoundExpr applyToAttributes(BoundExpr converted, DataType from, int position,
            AnalyzerContext context) {
        if (!(converted.type().type() instanceof io.pglitedb.types.CompositeType composite)
                || from.type() == composite) {
            return converted;
        }
        TypeDescriptor type = context.catalog().type(composite.oid());
        if (type == null || !type.isComposite()) {
            return converted;
        }
        List<Integer> fields = new ArrayList<>();
        List<BoundExpr> checks = new ArrayList<>();
        List<io.pglitedb.catalog.CompositeDefinition.Attribute> attributes = type.composite().attributes();
        for (int i = 0; i < attributes.size() && i < composite.fieldTypes().size(); i++) {
            DataType field = composite.fieldTypes().get(i);
            BoundExpr value = new io.pglitedb.exec.expr.ColumnValue(field, 0);
            BoundExpr check = apply(value, attributes.get(i).typeOid(), context);
            if (check != value) {
                fields.add(i);
                checks.add(check);
            }
        }
        if (fields.isEmpty()) {
            return converted;
        }
        // a literal is read by record_in, which checks the domains while the statement is analysed: at its position
        return new io.pglitedb.exec.expr.AttributeDomainCheck(converted,
                fields.stream().mapToInt(Integer::intValue).toArray(), checks.toArray(new BoundExpr[0]),
                from.type() == Types.UNKNOWN ? position : -1);
    }

    /** The domain and the domains it is declared over, from itself to the one over a type that is no domain. */
    public static List<TypeDescriptor> chain(CatalogView catalog, TypeDescriptor domain) {
        List<TypeDescriptor> out = new ArrayList<>();
        for (TypeDescriptor t = domain; t != null && t.isDomain() && out.size() < 64; t = catalog.type(t.domain().baseOid())) {
            out.add(t);
        }
        return out;
    }

    /** The type the domain's values have: its base type with its modifier, through domains over domains. */
    public static DataType baseType(CatalogView catalog, TypeDescriptor domain) {
        List<TypeDescriptor> chain = chain(catalog, domain);
        DomainDefinition last = chain.get(chain.size() - 1).domain();
        return new DataType(Types.byOid(last.baseOid()), last.baseTypmod());
    }

    /**
     * The domain an expression's value is declared as (a cast to a domain, a table column of one),
     * or 0: values carry their base type, so pg_typeof asks this to show the domain as PostgreSQL does.
     */
    static int declaredDomain(Expr expr, BoundExpr bound, Scope scope, AnalyzerContext context) {
        if (bound instanceof io.pglitedb.exec.expr.FieldValue field
                && field.row().type().type() instanceof io.pglitedb.types.CompositeType composite) {
            TypeDescriptor type = context.catalog().type(composite.oid());
            if (type != null && type.isComposite() && field.field() < type.composite().attributes().size()) {
                TypeDescriptor attribute = context.catalog().type(type.composite().attributes().get(field.field()).typeOid());
                return attribute != null && attribute.isDomain() ? attribute.oid() : 0;
            }
        }
        if (expr instanceof io.pglitedb.sql.ast.CastExpr cast) {
            io.pglitedb.types.DomainType domain = Types.domain(cast.type().name(), cast.type().arrayDimensions());
            return domain == null ? 0 : domain.oid();
        }
        if (expr instanceof io.pglitedb.sql.ast.ColumnRef ref && ref.parts().size() <= 2) {
            String qualifier = ref.parts().size() == 2 ? ref.parts().get(0) : null;
            Scope.Column column = qualifier != null && !scope.hasTable(qualifier) ? null
                    : scope.find(qualifier, ref.column(), ref.position());
            TableDescriptor table = column == null || column.tableOid() == 0 ? null
                    : context.catalog().tableByOid(column.tableOid());
            if (table != null) {
                for (ColumnDescriptor c : table.columns()) {
                    if (c.attributeNumber() == column.attributeNumber()) {
                        return c.domainOid();
                    }
                }
            }
        }
        return 0;
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
        return assignDefault(baseType(context.catalog(), domain), DefaultValues.parseExpression(domain.domain().defaultSql()), context);
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
