package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.partition.PartitionBound;
import io.pglitedb.partition.PartitionKey;
import io.pglitedb.partition.TypedBound;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.PartitionBoundSpec;
import io.pglitedb.sql.ast.PartitionSpec;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Declarative partitioning, analysed: PARTITION BY becomes a {@link PartitionKey} over the table's
 * columns, FOR VALUES a {@link PartitionBound} whose values are constants of the key's types (kept
 * as text), and a stored key becomes expressions over the partitioned table's row (for routing
 * rows and pruning partitions).
 */
public final class PartitionDefinitions {
    private PartitionDefinitions() {
    }

    /** PARTITION BY of a new table with these columns. */
    public static PartitionKey key(PartitionSpec spec, TableDescriptor table, AnalyzerContext context) {
        char strategy = switch (spec.strategy()) {
            case "range" -> PartitionKey.RANGE;
            case "list" -> PartitionKey.LIST;
            default -> PartitionKey.HASH;
        };
        if (strategy == PartitionKey.LIST && spec.parts().size() > 1) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                    "cannot use \"list\" partition strategy with more than one column");
        }
        int[] columns = new int[spec.parts().size()];
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            PartitionSpec.Part part = spec.parts().get(i);
            if (part.expression() == null) {
                int index = table.columnIndex(part.column());
                if (index < 0) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" named in partition key does not exist",
                            part.column()).withPosition(part.position() + 1);
                }
                columns[i] = index;
                expressions.add(null);
            } else {
                Expr e = part.expression();
                if (e instanceof ColumnRef ref && ref.parts().size() == 1) {
                    int index = table.columnIndex(ref.parts().get(0));
                    if (index >= 0) { // (a) is the column a
                        columns[i] = index;
                        expressions.add(null);
                        continue;
                    }
                }
                ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Tables.scopeOf(table, null, 0), null,
                        "partition key expressions");
                analyzer.analyze(e);
                columns[i] = -1;
                expressions.add(SqlText.of(e));
            }
        }
        return new PartitionKey(strategy, columns, expressions);
    }

    /** The key's parts as expressions over the partitioned table's row. */
    public static BoundExpr[] keyExpressions(TableDescriptor table, AnalyzerContext context) {
        PartitionKey key = table.inheritance().partitionKey();
        BoundExpr[] exprs = new BoundExpr[key.size()];
        for (int i = 0; i < exprs.length; i++) {
            int column = key.column(i);
            if (column >= 0) {
                exprs[i] = new ColumnValue(table.columns().get(column).type(), column);
            } else {
                ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Tables.scopeOf(table, null, 0), null,
                        "partition key expressions");
                exprs[i] = analyzer.analyze(DefaultValues.parseExpression(key.expressions().get(i)));
            }
        }
        return exprs;
    }

    /** How a key part is named in messages: the column, or the expression's text. */
    public static String partName(TableDescriptor table, int part) {
        PartitionKey key = table.inheritance().partitionKey();
        int column = key.column(part);
        return column >= 0 ? table.columns().get(column).name() : key.expressions().get(part);
    }

    /** FOR VALUES ... of a new partition of {@code parent}, its values as constants of the key's types. */
    public static PartitionBound bound(PartitionBoundSpec spec, TableDescriptor parent, AnalyzerContext context) {
        PartitionKey key = parent.inheritance().partitionKey();
        BoundExpr[] keyExprs = keyExpressions(parent, context);
        if (spec.kind() == PartitionBoundSpec.DEFAULT) {
            if (key.strategy() == PartitionKey.HASH) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "a hash-partitioned table may not have a default partition");
            }
            return PartitionBound.defaultBound();
        }
        if (spec.kind() != key.strategy()) {
            String name = key.strategy() == PartitionKey.RANGE ? "range"
                    : key.strategy() == PartitionKey.LIST ? "list" : "hash";
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "invalid bound specification for a %s partition",
                    name).withPosition(spec.position() + 1);
        }
        switch (spec.kind()) {
            case PartitionBoundSpec.LIST -> {
                List<String> values = new ArrayList<>();
                for (Expr e : spec.values()) {
                    String v = constant(e, keyExprs[0].type(), partName(parent, 0), context);
                    if (!values.contains(v)) {
                        values.add(v);
                    }
                }
                return new PartitionBound(PartitionKey.LIST, values, List.of(), List.of(), 0, 0);
            }
            case PartitionBoundSpec.RANGE -> {
                List<PartitionBound.Datum> lower = datums(spec.from(), "FROM", parent, keyExprs, context);
                List<PartitionBound.Datum> upper = datums(spec.to(), "TO", parent, keyExprs, context);
                return new PartitionBound(PartitionKey.RANGE, List.of(), lower, upper, 0, 0);
            }
            default -> {
                if (spec.modulus() <= 0) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "modulus for hash partition must be an integer value greater than zero");
                }
                if (spec.remainder() >= spec.modulus()) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "remainder for hash partition must be less than modulus");
                }
                return new PartitionBound(PartitionKey.HASH, List.of(), List.of(), List.of(), spec.modulus(),
                        spec.remainder());
            }
        }
    }

    /**
     * Refuses a new partition whose bound is empty (a range) or shares values with an existing
     * partition of the parent (42P17), or a second DEFAULT partition.
     *
     * @param position where the bound was written (-1: none)
     */
    public static void checkBound(TableDescriptor parent, String name, PartitionBound bound, PartitionBoundSpec spec,
            AnalyzerContext context) {
        int position = spec == null ? -1 : spec.position();
        BoundExpr[] keyExprs = keyExpressions(parent, context);
        DataType[] types = new DataType[keyExprs.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = keyExprs[i].type();
        }
        TypedBound mine = new TypedBound(bound, types);
        if (mine.isEmptyRange()) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "empty range bound specified for partition \"%s\"",
                    name).withDetail("Specified lower bound " + datumsText(bound.lower(), types)
                            + " is greater than or equal to upper bound " + datumsText(bound.upper(), types) + ".")
                    .withPosition(spec == null ? 0 : firstDifference(spec, bound) + 1);
        }
        if (bound.strategy() == PartitionKey.HASH) {
            checkModulus(parent, bound, context);
        }
        for (TableDescriptor sibling : context.catalog().children(parent.oid())) {
            if (!sibling.isPartition()) {
                continue;
            }
            TypedBound other = new TypedBound(sibling.inheritance().bound(), types);
            if (bound.isDefault() && other.isDefault()) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                        "partition \"%s\" conflicts with existing default partition \"%s\"", name, sibling.name())
                        .withPosition(position + 1);
            }
            if (mine.overlaps(other)) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "partition \"%s\" would overlap partition \"%s\"",
                        name, sibling.name()).withPosition(overlapPosition(spec, mine, other, types) + 1);
            }
        }
    }

    /** Where PostgreSQL points for an overlap: the list value in common, or the range end that reaches into the other. */
    private static int overlapPosition(PartitionBoundSpec spec, TypedBound mine, TypedBound other, DataType[] types) {
        if (spec == null) {
            return -1;
        }
        if (spec.kind() == PartitionBoundSpec.LIST) {
            for (int i = 0; i < spec.values().size() && i < mine.bound().listValues().size(); i++) {
                TypedBound one = new TypedBound(new PartitionBound(PartitionKey.LIST,
                        java.util.Collections.singletonList(mine.bound().listValues().get(i)), List.of(), List.of(), 0, 0),
                        types);
                if (one.overlaps(other)) {
                    return spec.values().get(i).position();
                }
            }
            return spec.position();
        }
        if (spec.kind() == PartitionBoundSpec.RANGE) {
            return mine.startsBelow(other) ? spec.to().get(0).position() : spec.from().get(0).position();
        }
        return spec.position();
    }

    /** Every hash partition's modulus must divide the next larger one (PostgreSQL's rule). */
    private static void checkModulus(TableDescriptor parent, PartitionBound bound, AnalyzerContext context) {
        int greatestSmaller = 0;
        int smallestLarger = 0;
        String smallerName = null;
        String largerName = null;
        for (TableDescriptor sibling : context.catalog().children(parent.oid())) {
            PartitionBound other = sibling.inheritance().bound();
            if (other == null || other.strategy() != PartitionKey.HASH) {
                continue;
            }
            if (other.modulus() <= bound.modulus()) {
                if (other.modulus() > greatestSmaller) {
                    greatestSmaller = other.modulus();
                    smallerName = sibling.name();
                }
            } else if (smallestLarger == 0 || other.modulus() < smallestLarger) {
                smallestLarger = other.modulus();
                largerName = sibling.name();
            }
        }
        if (greatestSmaller > 0 && bound.modulus() % greatestSmaller != 0) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "every hash partition modulus must be a factor of the next larger modulus")
                    .withDetail("The new modulus " + bound.modulus() + " is not divisible by " + greatestSmaller
                            + ", the modulus of existing partition \"" + smallerName + "\".");
        }
        if (smallestLarger > 0 && smallestLarger % bound.modulus() != 0) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "every hash partition modulus must be a factor of the next larger modulus")
                    .withDetail("The new modulus " + bound.modulus() + " is not a factor of " + smallestLarger
                            + ", the modulus of existing partition \"" + largerName + "\".");
        }
    }

    /** Where an empty range's bounds first differ: the lower bound's datum there. */
    private static int firstDifference(PartitionBoundSpec spec, PartitionBound bound) {
        for (int i = 0; i < bound.lower().size(); i++) {
            if (!bound.lower().get(i).equals(bound.upper().get(i))) {
                return spec.from().get(i).position();
            }
        }
        return spec.from().get(bound.lower().size() - 1).position();
    }

    /** "(1, MINVALUE)" as bound details write a range bound. */
    public static String datumsText(List<PartitionBound.Datum> datums, DataType[] types) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < datums.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            PartitionBound.Datum d = datums.get(i);
            text.append(d.kind() == PartitionBound.Datum.Kind.VALUE
                    ? io.pglitedb.partition.BoundText.constant(d.value(), types[i]) : d.kind().name());
        }
        return text.append(')').toString();
    }

    private static List<PartitionBound.Datum> datums(List<Expr> exprs, String clause, TableDescriptor parent,
            BoundExpr[] keyExprs, AnalyzerContext context) {
        if (exprs.size() != keyExprs.length) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                    "%s must specify exactly one value per partitioning column", clause);
        }
        List<PartitionBound.Datum> datums = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            Expr e = exprs.get(i);
            if (e instanceof ColumnRef ref && ref.parts().size() == 1
                    && (ref.parts().get(0).equals("minvalue") || ref.parts().get(0).equals("maxvalue"))) {
                datums.add(new PartitionBound.Datum(ref.parts().get(0).equals("minvalue")
                        ? PartitionBound.Datum.Kind.MINVALUE : PartitionBound.Datum.Kind.MAXVALUE, null));
                continue;
            }
            String v = constant(e, keyExprs[i].type(), partName(parent, i), context);
            if (v == null) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot specify NULL in range bound");
            }
            datums.add(PartitionBound.Datum.of(v));
        }
        // after MINVALUE or MAXVALUE, every datum must be the same
        for (int i = 1; i < datums.size(); i++) {
            PartitionBound.Datum.Kind previous = datums.get(i - 1).kind();
            if (previous != PartitionBound.Datum.Kind.VALUE && datums.get(i).kind() != previous) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "every bound following %s must also be %s",
                        previous.name(), previous.name())
                        .withPosition(exprs.get(i).position() + 1);
            }
        }
        return datums;
    }

    /** A bound value as the key type's text (null for NULL). */
    private static String constant(Expr e, DataType type, String column, AnalyzerContext context) {
        if (ExprTrees.findAggregate(e) != null) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in partition bound")
                    .withPosition(ExprTrees.findAggregate(e).position() + 1);
        }
        if (e instanceof ColumnRef ref) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "cannot use column reference in partition bound expression").withPosition(ref.position() + 1);
        }
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "partition bound");
        BoundExpr bound = analyzer.analyze(e);
        BoundExpr coerced = Coercions.tryCoerce(bound, type, CastContext.ASSIGNMENT, context.parameters(), e.position());
        if (coerced == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "specified value cannot be cast to type %s for column \"%s\"",
                    io.pglitedb.types.Types.formatType(type), column).withPosition(e.position() + 1);
        }
        Object value = coerced.eval(new Object[0], new Object[0]);
        return value == null ? null : type.type().toText(value, type.typmod());
    }
}
