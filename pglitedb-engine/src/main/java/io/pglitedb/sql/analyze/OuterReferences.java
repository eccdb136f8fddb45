package io.pglitedb.sql.analyze;

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

    OuterReferences(ExpressionAnalyzer outer) {
        this.outer = outer;
    }

    /** The slot holding the outer column, or null when no enclosing level has it. */
    BoundExpr resolve(ColumnRef ref) {
        BoundExpr value = outer.resolveFromInner(ref);
        if (value == null) {
            return null;
        }
        if (firstReference == null) {
            firstReference = ref;
        }
        return passIn(value);
    }

    /** The slot holding an enclosing range's whole row ({@code t} as a value), or null when none is named so. */
    BoundExpr resolveWholeRow(String name, int position) {
        BoundExpr value = outer.wholeRowInReach(name, position);
        if (value == null) {
            return null;
        }
        if (firstReference == null) {
            firstReference = new ColumnRef(List.of(name, "*"), position); // as t.*: the reference names table t
        }
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
