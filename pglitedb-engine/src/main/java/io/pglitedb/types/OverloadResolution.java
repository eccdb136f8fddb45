package io.pglitedb.types;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's choice among overloaded operators and functions (func_select_candidate in
 * parse_func.c, documented in chapter 10 of the manual). Used by {@link Operators} and by
 * {@code io.pglitedb.functions.Functions}.
 *
 * <ol>
 * <li>an exact match of all argument types wins;</li>
 * <li>keep candidates every input can be implicitly coerced to (unknown coerces to anything);</li>
 * <li>keep those with the most exact matches on known inputs;</li>
 * <li>keep those with the most positions that are an exact match or the preferred type of the
 *     input's category (float8, text, bool, oid);</li>
 * <li>for unknown inputs, pick the category all candidates agree on, string winning conflicts,
 *     and a preferred type within it;</li>
 * <li>last gasp: take unknowns to be of the known inputs' common type.</li>
 * </ol>
 */
public final class OverloadResolution {
    /** No candidate accepts the arguments. */
    public static final int NONE = -1;
    /** Several candidates remain: "is not unique". */
    public static final int AMBIGUOUS = -2;

    private OverloadResolution() {
    }

    /**
     * @param candidates argument types of each candidate (pseudo-types allowed)
     * @param inputs the argument types as written (UNKNOWN for literals)
     * @return the chosen candidate's index, {@link #NONE} or {@link #AMBIGUOUS}
     */
    public static int select(List<PgType[]> candidates, PgType[] inputs) {
        int nargs = inputs.length;
        for (int c = 0; c < candidates.size(); c++) {
            PgType[] args = candidates.get(c);
            if (args.length == nargs && exact(args, inputs)) {
                return c;
            }
        }
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            PgType[] args = candidates.get(c);
            if (args.length != nargs) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < nargs && ok; i++) {
                ok = Casts.isImplicitlyCoercible(inputs[i], args[i]);
            }
            if (ok) {
                keep.add(c);
            }
        }
        if (keep.isEmpty()) {
            return NONE;
        }
        if (keep.size() == 1) {
            return keep.get(0);
        }
        // most exact matches
        keep = keepBest(keep, candidates, inputs, false);
        if (keep.size() == 1) {
            return keep.get(0);
        }
        // most exact-or-preferred matches
        keep = keepBest(keep, candidates, inputs, true);
        if (keep.size() == 1) {
            return keep.get(0);
        }
        // unknown inputs: agree on a category
        int nunknown = 0;
        for (PgType t : inputs) {
            if (t == Types.UNKNOWN) {
                nunknown++;
            }
        }
        if (nunknown > 0) {
            boolean resolved = true;
            TypeCategory[] slotCategory = new TypeCategory[nargs];
            boolean[] slotPreferred = new boolean[nargs];
            for (int i = 0; i < nargs && resolved; i++) {
                if (inputs[i] != Types.UNKNOWN) {
                    continue;
                }
                boolean conflict = false;
                for (int c : keep) {
                    PgType t = candidates.get(c)[i];
                    TypeCategory cat = category(t);
                    boolean preferred = Types.isPreferred(t);
                    if (slotCategory[i] == null) {
                        slotCategory[i] = cat;
                        slotPreferred[i] = preferred;
                    } else if (cat == slotCategory[i]) {
                        slotPreferred[i] |= preferred;
                    } else if (cat == TypeCategory.STRING) {
                        slotCategory[i] = cat;
                        slotPreferred[i] = preferred;
                    } else {
                        conflict = true;
                    }
                }
                if (conflict && slotCategory[i] != TypeCategory.STRING) {
                    resolved = false;
                }
            }
            if (resolved) {
                List<Integer> next = new ArrayList<>();
                for (int c : keep) {
                    PgType[] args = candidates.get(c);
                    boolean ok = true;
                    for (int i = 0; i < nargs && ok; i++) {
                        if (inputs[i] != Types.UNKNOWN) {
                            continue;
                        }
                        ok = category(args[i]) == slotCategory[i] && (!slotPreferred[i] || Types.isPreferred(args[i]));
                    }
                    if (ok) {
                        next.add(c);
                    }
                }
                if (!next.isEmpty()) {
                    keep = next;
                }
                if (keep.size() == 1) {
                    return keep.get(0);
                }
            }
            // last gasp: unknowns take the common type of the known inputs
            if (nunknown < nargs) {
                PgType known = null;
                boolean same = true;
                for (PgType t : inputs) {
                    if (t == Types.UNKNOWN) {
                        continue;
                    }
                    if (known == null) {
                        known = t;
                    } else if (known != t) {
                        same = false;
                    }
                }
                if (same) {
                    int match = NONE;
                    int matches = 0;
                    for (int c : keep) {
                        PgType[] args = candidates.get(c);
                        boolean ok = true;
                        for (int i = 0; i < nargs && ok; i++) {
                            ok = Casts.isImplicitlyCoercible(inputs[i] == Types.UNKNOWN ? known : inputs[i], args[i]);
                        }
                        if (ok) {
                            match = c;
                            matches++;
                        }
                    }
                    if (matches == 1) {
                        return match;
                    }
                }
            }
        }
        return AMBIGUOUS;
    }

    private static TypeCategory category(PgType t) {
        return t.category();
    }

    private static boolean exact(PgType[] args, PgType[] inputs) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] != inputs[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> keepBest(List<Integer> keep, List<PgType[]> candidates, PgType[] inputs,
            boolean orPreferred) {
        int best = -1;
        List<Integer> result = new ArrayList<>();
        for (int c : keep) {
            PgType[] args = candidates.get(c);
            int n = 0;
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] == Types.UNKNOWN) {
                    continue;
                }
                if (args[i] == inputs[i] || (orPreferred && Types.isPreferred(args[i])
                        && !(args[i] instanceof PseudoType) && args[i].category() == inputs[i].category())) {
                    n++;
                }
            }
            if (n > best) {
                best = n;
                result.clear();
            }
            if (n == best) {
                result.add(c);
            }
        }
        return best == 0 ? keep : result;
    }
}
