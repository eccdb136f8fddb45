package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.NamedArg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Named arguments ({@code f(a => 1)}, {@code f(a := 1)}) of the built-in functions that declare
 * parameter names and defaults (pg_proc.proargnames / proargdefaults). The parser turns such a
 * call into a positional one, filling omitted trailing parameters with their defaults.
 */
final class NamedArguments {
    private NamedArguments() {
    }

    /** A parameter: its name and its default as SQL text (null: none, the argument is required). */
    private record Parameter(String name, Literal.Kind kind, String defaultText) {
    }

    private static final List<Parameter> JSONB_PATH = List.of(new Parameter("target", null, null),
            new Parameter("path", null, null), new Parameter("vars", Literal.Kind.STRING, "{}"),
            new Parameter("silent", Literal.Kind.BOOLEAN, "false"));

    private static final List<Parameter> MAKE_INTERVAL = List.of(new Parameter("years", Literal.Kind.INTEGER, "0"),
            new Parameter("months", Literal.Kind.INTEGER, "0"), new Parameter("weeks", Literal.Kind.INTEGER, "0"),
            new Parameter("days", Literal.Kind.INTEGER, "0"), new Parameter("hours", Literal.Kind.INTEGER, "0"),
            new Parameter("mins", Literal.Kind.INTEGER, "0"), new Parameter("secs", Literal.Kind.DECIMAL, "0.0"));

    private static final Map<String, List<Parameter>> FUNCTIONS = Map.ofEntries(
            Map.entry("jsonb_path_exists", JSONB_PATH), Map.entry("jsonb_path_match", JSONB_PATH),
            Map.entry("jsonb_path_query", JSONB_PATH), Map.entry("jsonb_path_query_array", JSONB_PATH),
            Map.entry("jsonb_path_query_first", JSONB_PATH), Map.entry("jsonb_path_exists_tz", JSONB_PATH),
            Map.entry("jsonb_path_match_tz", JSONB_PATH), Map.entry("jsonb_path_query_tz", JSONB_PATH),
            Map.entry("jsonb_path_query_array_tz", JSONB_PATH), Map.entry("jsonb_path_query_first_tz", JSONB_PATH),
            Map.entry("make_interval", MAKE_INTERVAL));

    /** Whether {@code function} is a built-in whose named arguments the parser resolves. */
    static boolean knows(String function) {
        return FUNCTIONS.containsKey(function.startsWith("pg_catalog.") ? function.substring("pg_catalog.".length()) : function);
    }

    /** The arguments with the named ones wrapped in {@link NamedArg}, for user-defined functions. */
    static List<Expr> marked(List<Expr> args, List<String> names) {
        List<Expr> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            out.add(names.get(i) == null ? args.get(i) : new NamedArg(names.get(i), args.get(i), args.get(i).position()));
        }
        return out;
    }

    /**
     * The positional arguments of a call whose arguments {@code names} (null for positional ones,
     * which come first) name parameters.
     */
    static List<Expr> positional(String function, List<Expr> args, List<String> names, int position) {
        String bare = function.startsWith("pg_catalog.") ? function.substring("pg_catalog.".length()) : function;
        List<Parameter> params = FUNCTIONS.get(bare);
        if (params == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "named arguments is not supported yet")
                    .withPosition(position + 1);
        }
        Expr[] slots = new Expr[params.size()];
        int last = -1;
        for (int i = 0; i < args.size(); i++) {
            int slot = i;
            if (names.get(i) != null) {
                slot = -1;
                for (int p = 0; p < params.size(); p++) {
                    if (params.get(p).name().equals(names.get(i))) {
                        slot = p;
                    }
                }
            }
            if (slot < 0 || slot >= slots.length || slots[slot] != null) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s does not exist", bare)
                        .withHint("No function matches the given name and argument types. You might need to add "
                                + "explicit type casts.")
                        .withPosition(position + 1);
            }
            slots[slot] = args.get(i);
            last = Math.max(last, slot);
        }
        List<Expr> out = new ArrayList<>();
        for (int p = 0; p <= last; p++) {
            Expr e = slots[p];
            if (e == null) {
                Parameter param = params.get(p);
                if (param.defaultText() == null) {
                    throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s does not exist", bare)
                            .withPosition(position + 1);
                }
                e = new Literal(param.kind(), param.defaultText(), position);
            }
            out.add(e);
        }
        return out;
    }
}
