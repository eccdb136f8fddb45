package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.SlotValue;
import io.pglitedb.sql.ast.ColumnRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The boundary between a nested query (a subquery expression, a LATERAL item) and the rows around
 * it. A name the nested query cannot resolve itself is resolved by {@code outer} (the analyser of
 * the enclosing expression, which may in turn look further out); the value becomes an argument
 * evaluated over the enclosing row into a fresh slot, and the nested query reads the slot
 * ({@link SlotValue}). So every boundary a reference crosses knows it is correlated.
 */
final class OuterReferences {
    private final ExpressionAnalyzer outer;
    private final List<BoundExpr> args = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();
    private ColumnRef firstReference;

    /**
     * Whether a value from beyond {@code outer}'s own rows is used as it is, not passed in: for a
     * LATERAL item, whose FROM clause is run again whenever such a value changes (for each row of the
     * items before the JOIN holding it, or of an enclosing query, whose boundaries pass it in). The
     * item then reads only the items to its left through this boundary (none: it is no LATERAL join,
     * and can be hashed like any other item).
     */
    private final boolean outerValuesAsTheyAre;

    OuterReferences(ExpressionAnalyzer outer) {
        this(outer, false);
    }

    /**
     * Whether {@code outer}'s rows are in sight but out of reach (UPDATE's and DELETE's target for
     * LATERAL items of FROM / USING): naming them is PostgreSQL's check_lateral_ref_ok error.
     */
    private final boolean refused;

    OuterReferences(ExpressionAnalyzer outer, boolean outerValuesAsTheyAre) {
        this(outer, outerValuesAsTheyAre, false);
    }

    private OuterReferences(ExpressionAnalyzer outer, boolean outerValuesAsTheyAre, boolean refused) {
        this.outer = outer;
        this.outerValuesAsTheyAre = outerValuesAsTheyAre;
        this.refused = refused;
    }

    /** The boundary to UPDATE's or DELETE's target table, which LATERAL items of FROM / USING must not read. */
    static OuterReferences refusing(ExpressionAnalyzer target) {
        return new OuterReferences(target, true, true);
    }

    private PgException refusal(String table, int position) {
        return new PgException(SqlState.INVALID_COLUMN_REFERENCE, "invalid reference to FROM-clause entry for table \"%s\"",
                table).withHint("There is an entry for table \"" + table
                        + "\", but it cannot be referenced from this part of the query.").withPosition(position + 1);
    }

    /** The slot holding the outer column, or null when no enclosing level has it. */
    BoundExpr resolve(ColumnRef ref) {
        if (refused) {
            String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
            Scope.Column column = outer.scope().find(qualifier, ref.column(), ref.position());
            if (column != null) {
                throw refusal(column.tableAlias(), ref.position());
            }
        }
        BoundExpr value = outer.resolveFromInner(ref);
        if (value == null) {
            return null;
        }
        boolean local = outer.scope().find(ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null,
                ref.column(), ref.position()) != null;
        if (!local && outerValuesAsTheyAre) {
            return value;
        }
        noteReference(ref);
        return passIn(value);
    }

    private void noteReference(ColumnRef ref) {
        if (firstReference == null) {
            firstReference = ref;
        }
    }

    /** The slot holding an enclosing range's whole row ({@code t} as a value), or null when none is named so. */
    BoundExpr resolveWholeRow(String name, int position) {
        if (refused && outer.scope().rangeColumns(name) != null) {
            throw refusal(name, position);
        }
        BoundExpr value = outer.wholeRowInReach(name, position);
        if (value == null) {
            return null;
        }
        if (outer.scope().rangeColumns(name) == null && outerValuesAsTheyAre) {
            return value;
        }
        noteReference(new ColumnRef(List.of(name, "*"), position)); // as t.*: the reference names table t
        return passIn(value);
    }

    /** The first outer column the nested query referenced (where errors about the reference point), or null. */
    ColumnRef firstReference() {
        return firstReference;
    }

    /** The scopes of the enclosing levels, innermost first (for hints). */
    List<Scope> scopesInReach() {
        return outer.scopesInReach();
    }

    /** Whether the enclosing levels can reference a table alias. */
    boolean reaches(String alias) {
        return outer.reaches(alias);
    }

    /** An aggregate (or GROUPING) of the enclosing query: computed there, its value passed in. */
    BoundExpr aggregate(io.pglitedb.sql.ast.FuncCall call) {
        return passIn(outer.analyze(call));
    }

    /** Makes an expression over the enclosing row available inside, through a new slot. */
    SlotValue passIn(BoundExpr value) {
        int slot = outer.context().slots().allocate();
        args.add(value);
        slots.add(slot);
        return new SlotValue(value.type(), slot);
    }

    boolean isEmpty() {
        return args.isEmpty();
    }

    BoundExpr[] args() {
        return args.toArray(new BoundExpr[0]);
    }

    int[] slots() {
        int[] out = new int[slots.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = slots.get(i);
        }
        return out;
    }
}
