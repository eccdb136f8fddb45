package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.routines.PlpgsqlBody;
import io.pglitedb.routines.RoutineBody;
import io.pglitedb.routines.SqlFunctionBody;
import io.pglitedb.routines.UserFunctionCall;
import io.pglitedb.routines.UserTableFunction;
import io.pglitedb.security.AccessRequirements;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.sql.parser.Parser;
import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.sql.plan.UpdatePlan;
import io.pglitedb.sql.plan.UtilityPlan;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * User-defined functions (CREATE FUNCTION) in queries: resolution of a call by name and argument
 * types among the routines visible through the search path (exact matches preferred, then implicit
 * coercions; omitted trailing arguments take their defaults; polymorphic anyelement/anyarray
 * arguments take the call's types), and planning of a LANGUAGE sql body with the call's argument
 * types (parameters by $n and by name).
 */
public final class UserFunctions {
    /** pg_type OIDs of the pseudo-types routines may name. */
    public static final int TRIGGER_OID = 2279;
    public static final int RECORD_OID = 2249;

    private UserFunctions() {
    }

    /** A resolved call: the routine, its argument types for this call and its result type. */
    record Match(RoutineDescriptor routine, List<DataType> argumentTypes, DataType resultType) {
    }

    /** The type a routine's declaration names (pseudo-types included). */
    public static DataType resolveType(TypeName t) {
        String n = t.name().toLowerCase(Locale.ROOT);
        if (n.startsWith("pg_catalog.")) {
            n = n.substring(11);
        }
        PgType pseudo = switch (n) {
            case "anyelement" -> PseudoType.ANYELEMENT;
            case "anyarray" -> PseudoType.ANYARRAY;
            case "anynonarray" -> PseudoType.ANYNONARRAY;
            case "anycompatible" -> PseudoType.ANYCOMPATIBLE;
            case "anycompatiblearray" -> PseudoType.ANYCOMPATIBLEARRAY;
            case "anycompatiblenonarray" -> PseudoType.ANYCOMPATIBLENONARRAY;
            case "anyrange" -> PseudoType.ANYRANGE;
            case "anycompatiblerange" -> PseudoType.ANYCOMPATIBLERANGE;
            case "anymultirange" -> PseudoType.ANYMULTIRANGE;
            case "anycompatiblemultirange" -> PseudoType.ANYCOMPATIBLEMULTIRANGE;
            case "any", "\"any\"" -> PseudoType.ANY;
            case "internal" -> PseudoType.INTERNAL;
            default -> null;
        };
        if (pseudo != null) {
            return DataType.of(pseudo);
        }
        return Types.resolve(t.name(), t.modifiers(), t.arrayDimensions());
    }

    /** The OID a declaration's type is stored as (trigger and record included). */
    public static int typeOid(TypeName t) {
        String n = t.name().toLowerCase(Locale.ROOT);
        if (n.equals("trigger") || n.equals("event_trigger")) {
            return TRIGGER_OID;
        }
        if (n.equals("record") && t.arrayDimensions() == 0) {
            return RECORD_OID;
        }
        if (n.equals("void")) {
            return Types.VOID.oid();
        }
        if (n.endsWith("%type")) {
            return Types.TEXT.oid();
        }
        return resolveType(t).type().oid();
    }

    /** The type a routine signature's OID stands for (pseudo-types included). */
    public static DataType dataType(int oid) {
        return typeByOid(oid);
    }

    /**
     * CALL: resolves the procedure and runs its body.
     *
     * @throws PgException 42883 when no procedure accepts the arguments
     */
    public static void callProcedure(FuncCall call, AnalyzerContext context, io.pglitedb.exec.ExecContext exec) {
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "CALL");
        List<BoundExpr> args = new ArrayList<>();
        for (Expr arg : call.args()) {
            args.add(analyzer.analyze(arg));
        }
        Match match = resolve(context, call, args, true);
        if (match != null) {
            new Authorization(context.catalog()).check(context.access(), context.user()); // CALL runs now
        }
        if (match == null) {
            List<String> names = new ArrayList<>();
            for (BoundExpr a : args) {
                names.add(a.type().type() == Types.UNKNOWN ? "unknown" : Types.formatType(a.type()));
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "procedure %s(%s) does not exist", call.name(),
                    String.join(", ", names))
                    .withHint("No procedure matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(call.position() + 1);
        }
        BoundExpr[] coerced = arguments(match, call, args, analyzer, context);
        Object[] values = new Object[coerced.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = coerced[i].eval(new Object[0], exec.params());
        }
        body(match, List.of(DataType.of(Types.VOID)), false, context, call.position()).run(values, exec, false);
    }

    static DataType typeByOid(int oid) {
        PgType t = Types.byOid(oid);
        if (t != null) {
            return DataType.of(t);
        }
        for (PseudoType p : List.of(PseudoType.ANYELEMENT, PseudoType.ANYARRAY, PseudoType.ANYNONARRAY,
                PseudoType.ANYCOMPATIBLE, PseudoType.ANYCOMPATIBLEARRAY, PseudoType.ANYCOMPATIBLENONARRAY,
                PseudoType.ANYRANGE, PseudoType.ANYCOMPATIBLERANGE, PseudoType.ANYMULTIRANGE,
                PseudoType.ANYCOMPATIBLEMULTIRANGE, PseudoType.ANY, PseudoType.INTERNAL)) {
            if (p.oid() == oid) {
                return DataType.of(p);
            }
        }
        if (oid == RECORD_OID) {
            return DataType.of(new io.pglitedb.types.RecordType(List.of(), List.of()));
        }
        return DataType.of(Types.UNKNOWN);
    }

    /** What anyrange stands for in a call: the range argument's type, which must be over the call's anyelement. */
    private static DataType rangeOf(io.pglitedb.types.range.RangeType range, DataType element) {
        if (range == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find range type for data type %s",
                    Types.formatType(element));
        }
        if (range.subtype() != element.type()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "argument declared %s is not consistent with argument declared %s", "anyrange", "anyelement")
                    .withDetail(Types.formatType(DataType.of(range)) + " versus " + Types.formatType(element));
        }
        return DataType.of(range);
    }

    /** What anymultirange stands for in a call: the multirange type of the call's range type. */
    private static DataType multirangeOf(io.pglitedb.types.range.RangeType range, DataType element) {
        io.pglitedb.types.range.RangeType r = (io.pglitedb.types.range.RangeType) rangeOf(range, element).type();
        if (r.multirange() == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find multirange type for data type %s",
                    Types.formatType(DataType.of(r)));
        }
        return DataType.of(r.multirange());
    }

    /** The routines called {@code name} (maybe schema-qualified) visible to this context, in search order. */
    static List<RoutineDescriptor> visible(AnalyzerContext context, String name) {
        CatalogView view = context.catalog();
        if (view == null || view.catalog() == null) {
            return List.of();
        }
        String schema = null;
        String simple = name;
        int dot = name.indexOf('.');
        if (dot > 0) {
            schema = name.substring(0, dot);
            simple = name.substring(dot + 1);
        }
        List<RoutineDescriptor> all = view.catalog().routines().named(simple);
        if (all.isEmpty()) {
            return all;
        }
        List<RoutineDescriptor> result = new ArrayList<>();
        if (schema != null) {
            for (RoutineDescriptor r : all) {
                if (r.schema().equals(schema)) {
                    result.add(r);
                }
            }
            return result;
        }
        for (String s : context.searchPath().lookupOrder(view)) {
            for (RoutineDescriptor r : all) {
                if (r.schema().equals(s)) {
                    result.add(r);
                }
            }
        }
        return result;
    }

    /**
     * The best routine for these arguments, or null when no routine has this name.
     *
     * @throws PgException 42883 when some do but none accepts the arguments
     */
    static Match resolve(AnalyzerContext context, FuncCall f, List<BoundExpr> args, boolean procedure) {
        List<RoutineDescriptor> candidates = visible(context, f.name());
        if (candidates.isEmpty()) {
            return null;
        }
        Match best = null;
        int bestScore = -1;
        for (RoutineDescriptor r : candidates) {
            if ((r.kind() == 'p') != procedure || r.kind() == 'a') {
                continue;
            }
            int n = r.argumentTypes().size();
            if (args.size() > n || args.size() < n - r.defaults().size()) {
                continue;
            }
            int score = 0;
            boolean ok = true;
            DataType element = null;
            io.pglitedb.types.range.RangeType range = null;
            List<DataType> types = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                DataType declared = typeByOid(r.argumentTypes().get(i));
                if (i >= args.size()) {
                    types.add(declared);
                    continue;
                }
                DataType actual = args.get(i).type();
                if (declared.type() instanceof PseudoType p) {
                    DataType elem = actual.type() == Types.UNKNOWN ? null
                            : p.isArray() ? (actual.type() instanceof ArrayType a ? DataType.of(a.element()) : null)
                            : p.isRange() ? (actual.type() instanceof io.pglitedb.types.range.RangeType rt
                                    ? DataType.of(rt.subtype()) : null)
                            : p.isMultirange() ? (actual.type() instanceof io.pglitedb.types.range.MultirangeType mt
                                    ? DataType.of(mt.rangeType().subtype()) : null)
                            : actual;
                    if ((p.isArray() || p.isRange() || p.isMultirange()) && actual.type() != Types.UNKNOWN
                            && elem == null) {
                        ok = false;
                        break;
                    }
                    if ((p.isRange() || p.isMultirange()) && elem != null) {
                        io.pglitedb.types.range.RangeType rt = actual.type()
                                instanceof io.pglitedb.types.range.MultirangeType mt ? mt.rangeType()
                                : (io.pglitedb.types.range.RangeType) actual.type();
                        if (range != null && range != rt) {
                            ok = false;
                            break;
                        }
                        range = rt;
                    }
                    if (elem != null && element != null && elem.type() != element.type()) {
                        ok = false;
                        break;
                    }
                    if (elem != null) {
                        element = elem;
                    }
                    types.add(null); // filled in below
                    continue;
                }
                types.add(declared);
                if (actual.type() == declared.type()) {
                    score += 2;
                } else if (actual.type() != Types.UNKNOWN
                        && Coercions.tryCoerce(args.get(i), declared, CastContext.IMPLICIT, context.parameters(), -1)
                        == null) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            boolean polymorphic = types.contains(null);
            if (polymorphic && element == null) {
                element = DataType.of(Types.TEXT);
            }
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i) == null) {
                    PseudoType p = (PseudoType) typeByOid(r.argumentTypes().get(i)).type();
                    types.set(i, p.isRange() ? rangeOf(range, element) : p.isMultirange()
                            ? multirangeOf(range, element) : p.isArray()
                            ? DataType.of(ArrayTypes.arrayOf(element.type())) : element);
                }
            }
            DataType result = typeByOid(r.returnType());
            if (result.type() instanceof PseudoType p && p.isPolymorphic()) {
                if (element == null) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH,
                            "could not determine polymorphic type because input has type unknown");
                }
                result = p.isRange() ? rangeOf(range, element) : p.isMultirange() ? multirangeOf(range, element)
                        : p.isArray() ? DataType.of(ArrayTypes.arrayOf(element.type())) : element;
            }
            if (score > bestScore) {
                best = new Match(r, types, result);
                bestScore = score;
            }
        }
        if (best != null) {
            context.access().function(best.routine().oid(), best.routine().name(), procedure);
        }
        if (best == null) {
            List<String> names = new ArrayList<>();
            for (BoundExpr a : args) {
                names.add(a.type().type() == Types.UNKNOWN ? "unknown" : Types.formatType(a.type()));
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "%s %s(%s) does not exist",
                    procedure ? "procedure" : "function", f.name(), String.join(", ", names))
                    .withHint("No " + (procedure ? "procedure" : "function")
                            + " matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(f.position() + 1);
        }
        return best;
    }

    /**
     * A call with arguments in named notation ({@code f(a => 1)}, mixed with positional ones
     * first), or null when no routine has this name.
     */
    static BoundExpr callNamed(FuncCall f, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        List<RoutineDescriptor> candidates = visible(context, f.name());
        if (candidates.isEmpty()) {
            return null;
        }
        List<BoundExpr> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Expr arg : f.args()) {
            if (arg instanceof io.pglitedb.sql.ast.NamedArg named) {
                values.add(analyzer.analyze(named.value()));
                names.add(named.name());
            } else {
                values.add(analyzer.analyze(arg));
                names.add(null);
            }
        }
        RoutineDescriptor best = null;
        BoundExpr[] bestPlaced = null;
        int bestScore = -1;
        for (RoutineDescriptor r : candidates) {
            int n = r.argumentTypes().size();
            if (r.kind() != 'f' || values.size() > n) {
                continue;
            }
            BoundExpr[] placed = new BoundExpr[n];
            boolean ok = true;
            int score = 0;
            for (int i = 0; i < values.size() && ok; i++) {
                int index = names.get(i) == null ? i : r.argumentNames().indexOf(names.get(i));
                if (index < 0 || placed[index] != null) {
                    ok = false;
                    break;
                }
                DataType declared = typeByOid(r.argumentTypes().get(index));
                DataType actual = values.get(i).type();
                if (declared.type() instanceof PseudoType) {
                    ok = false;
                } else if (actual.type() == declared.type()) {
                    score += 2;
                } else if (actual.type() != Types.UNKNOWN && Coercions.tryCoerce(values.get(i), declared,
                        CastContext.IMPLICIT, context.parameters(), -1) == null) {
                    ok = false;
                }
                placed[index] = values.get(i);
            }
            int firstDefault = n - r.defaults().size();
            for (int i = 0; i < firstDefault && ok; i++) {
                ok = placed[i] != null;
            }
            if (ok && score > bestScore) {
                best = r;
                bestPlaced = placed;
                bestScore = score;
            }
        }
        if (best == null) {
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                DataType t = values.get(i).type();
                String type = t.type() == Types.UNKNOWN ? "unknown" : Types.formatType(t);
                shown.add(names.get(i) == null ? type : names.get(i) + " => " + type);
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(%s) does not exist", f.name(),
                    String.join(", ", shown))
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(f.position() + 1);
        }
        int n = best.argumentTypes().size();
        int firstDefault = n - best.defaults().size();
        List<DataType> types = new ArrayList<>();
        BoundExpr[] coerced = new BoundExpr[n];
        for (int i = 0; i < n; i++) {
            DataType declared = typeByOid(best.argumentTypes().get(i));
            types.add(declared);
            BoundExpr a = bestPlaced[i] != null ? bestPlaced[i]
                    : analyzer.analyze(parseExpression(best.defaults().get(i - firstDefault)));
            coerced[i] = Coercions.coerce(a, declared, CastContext.IMPLICIT, context.parameters(), -1);
        }
        if (best.returnsSet() || resultColumns(best) != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "set-returning function %s with named arguments is not supported yet", best.name())
                    .withPosition(f.position() + 1);
        }
        Match match = new Match(best, types, typeByOid(best.returnType()));
        RoutineBody body = body(match, List.of(match.resultType()), false, context, f.position());
        return new UserFunctionCall(match.resultType(), body, coerced, best.strict());
    }

    /** The arguments coerced to the match's types, defaults appended. */
    static BoundExpr[] arguments(Match match, FuncCall f, List<BoundExpr> args, ExpressionAnalyzer analyzer,
            AnalyzerContext context) {
        int n = match.argumentTypes().size();
        BoundExpr[] coerced = new BoundExpr[n];
        int firstDefault = n - match.routine().defaults().size();
        for (int i = 0; i < n; i++) {
            BoundExpr a;
            int position = -1;
            if (i < args.size()) {
                a = args.get(i);
                position = f.args().get(i).position();
            } else {
                a = analyzer.analyze(parseExpression(match.routine().defaults().get(i - firstDefault)));
            }
            coerced[i] = Coercions.coerce(a, match.argumentTypes().get(i), CastContext.IMPLICIT, context.parameters(),
                    position);
        }
        return coerced;
    }

    static Expr parseExpression(String text) {
        Query q = (Query) Parser.parse("SELECT " + text).get(0).statement();
        return ((Select) q).items().get(0).expr();
    }

    /**
     * The columns of the rows a routine returns when they are several: its OUT parameters or
     * RETURNS TABLE columns, or the attributes of the composite type (or table row type) it is
     * declared to return. {@code rowType} is the type of a whole row as one value: the declared
     * composite type, else a record of the columns.
     */
    public record ResultColumns(List<String> names, List<DataType> types, DataType rowType) {
    }

    /** The routine's {@link ResultColumns}, or null when it returns one value of a scalar type. */
    public static ResultColumns resultColumns(RoutineDescriptor r) {
        if (!r.outTypes().isEmpty()) {
            List<DataType> types = new ArrayList<>();
            for (int oid : r.outTypes()) {
                types.add(typeByOid(oid));
            }
            return new ResultColumns(r.outNames(), types,
                    DataType.of(new io.pglitedb.types.RecordType(r.outNames(), types)));
        }
        if (r.returnType() >= 16384 && Types.byOid(r.returnType()) instanceof io.pglitedb.types.CompositeType c) {
            return new ResultColumns(c.fieldNames(), c.fieldTypes(), DataType.of(c));
        }
        return null;
    }

    /** A scalar call, or null when no routine has this name. */
    static BoundExpr call(FuncCall f, List<BoundExpr> args, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        Match match = resolve(context, f, args, false);
        if (match == null) {
            return null;
        }
        RoutineDescriptor r = match.routine();
        if (r.returnsSet()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "set-returning function %s is only supported in FROM or at the top of a SELECT item", r.name())
                    .withPosition(f.position() + 1);
        }
        BoundExpr[] coerced = arguments(match, f, args, analyzer, context);
        ResultColumns columns = resultColumns(r);
        if (columns != null) { // a row: its type's (or the OUT parameters') fields
            return new UserFunctionCall(columns.rowType(), body(match, columns.types(), true, context, f.position()),
                    coerced,
                    r.strict(), true);
        }
        RoutineBody body = body(match, List.of(match.resultType()), false, context, f.position());
        return new UserFunctionCall(match.resultType(), body, coerced, r.strict());
    }

    /** The routine as a table function (FROM, or a set-returning SELECT item), or null when none has this name. */
    static UserTableFunction tableFunction(FuncCall f, List<BoundExpr> args, ExpressionAnalyzer analyzer,
            AnalyzerContext context, List<BoundExpr> coercedOut) {
        Match match = resolve(context, f, args, false);
        if (match == null) {
            return null;
        }
        RoutineDescriptor r = match.routine();
        BoundExpr[] coerced = arguments(match, f, args, analyzer, context);
        coercedOut.addAll(List.of(coerced));
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        ResultColumns columns = resultColumns(r);
        boolean scalar = columns == null;
        if (scalar) {
            names.add(r.name());
            types.add(match.resultType());
        } else {
            names.addAll(columns.names());
            types.addAll(columns.types());
        }
        RoutineBody body = body(match, types, !scalar, context, f.position());
        return new UserTableFunction(r.name(), match.argumentTypes(), names, types, scalar, r.returnsSet(), r.strict(),
                body, scalar ? match.resultType() : columns.rowType());
    }

    /** The body of routine {@code r} for these argument types and this result type (an aggregate's support function). */
    static RoutineBody body(RoutineDescriptor r, List<DataType> argumentTypes, DataType resultType,
            AnalyzerContext context) {
        return body(new Match(r, argumentTypes, resultType), List.of(resultType), false, context, -1);
    }

    /**
     * @param columns whether the call site reads a row's columns ({@code resultTypes}): a PL/pgSQL
     *     function declared to return a composite type returns one composite value, spread into them
     */
    private static RoutineBody body(Match match, List<DataType> resultTypes, boolean columns, AnalyzerContext context,
            int position) {
        RoutineDescriptor r = match.routine();
        if (r.language().equals("plpgsql")) {
            return new PlpgsqlBody(() -> plpgsql(r, match.argumentTypes(), match.resultType()), context,
                    columns && r.outTypes().isEmpty());
        }
        if (!r.language().equals("sql")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "functions in language %s are not supported yet",
                    r.language()).withPosition(position + 1);
        }
        return new SqlFunctionBody(r.name(), () -> {
            // the body's statements need their privileges: the caller's, or the owner's for SECURITY DEFINER
            AccessRequirements access = new AccessRequirements();
            access.setRowSecurity(context.access().rowSecurity());
            SqlFunctionBody.Planned planned = plan(r, match.argumentTypes(), resultTypes, context.withAccess(access));
            Authorization auth = new Authorization(context.catalog());
            if (r.securityDefiner()) {
                auth.check(access, r.owner());
            } else {
                auth.check(access, context.user());
            }
            return planned;
        });
    }

    /** A LANGUAGE plpgsql routine parsed, for these argument types and this result type. */
    public static io.pglitedb.plpgsql.PlFunction plpgsql(RoutineDescriptor r, List<DataType> argumentTypes,
            DataType resultType) {
        // OUT parameters and RETURNS TABLE columns are variables; a composite result type's attributes are not
        List<String> outNames = new ArrayList<>(r.outNames());
        List<DataType> outTypes = new ArrayList<>();
        for (int oid : r.outTypes()) {
            outTypes.add(typeByOid(oid));
        }
        if (outNames.isEmpty() && r.argumentsText() != null) {
            // a single OUT / INOUT parameter: the function returns its type, the name is a variable
            for (String a : r.argumentsText().split(", ")) {
                if (a.startsWith("OUT ") || a.startsWith("INOUT ")) {
                    String rest = a.substring(a.indexOf(' ') + 1);
                    int space = rest.indexOf(' ');
                    if (space > 0) {
                        outNames.add(rest.substring(0, space));
                        outTypes.add(resultType);
                    }
                }
            }
            if (outNames.size() != 1) {
                outNames.clear();
                outTypes.clear();
            }
        }
        List<String> types = new ArrayList<>();
        for (DataType t : argumentTypes) {
            types.add(Types.formatType(t));
        }
        String signature = r.name() + "(" + String.join(", ", types) + ")";
        return io.pglitedb.plpgsql.PlFunction.compile(r.oid(), signature, r.body(), r.argumentNames(), argumentTypes,
                outNames, outTypes, r.kind() == 'p' ? DataType.of(Types.VOID) : resultType, r.returnsSet(),
                r.returnType() == TRIGGER_OID);
    }

    /**
     * Plans a LANGUAGE sql body for these argument types; the last statement's columns are
     * converted to {@code resultTypes} (assignment casts).
     *
     * @throws PgException 42P13 when the last statement cannot give the declared result
     */
    public static SqlFunctionBody.Planned plan(RoutineDescriptor r, List<DataType> argumentTypes,
            List<DataType> resultTypes, AnalyzerContext base) {
        int[] oids = new int[argumentTypes.size()];
        for (int i = 0; i < oids.length; i++) {
            oids[i] = argumentTypes.get(i).type().oid();
        }
        ParameterTypes parameters = new ParameterTypes(oids);
        parameters.name(r.argumentNames(), r.name());
        AnalyzerContext context = new AnalyzerContext(base.catalog(), parameters, base.user(), base.database(),
                new SlotAllocator(), base.sequences(), base.searchPath(), base.sessionUser(), base.access());
        List<StatementPlan> plans = new ArrayList<>();
        for (Parser.ParsedStatement s : Parser.parse(r.body())) {
            StatementPlan plan = Analyzer.analyze(s.statement(), context);
            if (plan instanceof UtilityPlan) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "utility statements in SQL functions are not supported yet");
            }
            plans.add(plan);
        }
        boolean isVoid = resultTypes.size() == 1 && resultTypes.get(0).type() == Types.VOID;
        if (isVoid || r.kind() == 'p') {
            return new SqlFunctionBody.Planned(plans, null);
        }
        // a composite result (also of one field: RETURNS int4_tbl) is named by its type, not its field's
        boolean composite = resultTypes.size() > 1 || r.returnType() != RECORD_OID
                && typeByOid(r.returnType()).type() instanceof io.pglitedb.types.RecordType;
        String declared = !composite ? Types.formatType(resultTypes.get(0))
                : r.returnType() == RECORD_OID ? "record" : Types.formatType(typeByOid(r.returnType()));
        List<ResultColumn> columns = plans.isEmpty() ? null : switch (plans.get(plans.size() - 1)) {
            case QueryPlan q -> q.columns();
            case InsertPlan i -> i.returningColumns();
            case UpdatePlan u -> u.returningColumns();
            case DeletePlan d -> d.returningColumns();
            default -> null;
        };
        if (columns == null || columns.isEmpty()) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                    "return type mismatch in function declared to return %s", declared)
                    .withDetail("Function's final statement must be SELECT or INSERT/UPDATE/DELETE RETURNING.");
        }
        if (composite && columns.size() == 1
                && columns.get(0).type().type() instanceof io.pglitedb.types.RecordType row
                && row.fieldTypes().equals(resultTypes)) {
            // SELECT ROW(...)::t in a function returning t: the one composite column is the result row
            BoundExpr[] fields = new BoundExpr[resultTypes.size()];
            for (int f = 0; f < fields.length; f++) {
                fields[f] = new io.pglitedb.exec.expr.FieldValue(resultTypes.get(f),
                        new ColumnValue(columns.get(0).type(), 0), f);
            }
            return new SqlFunctionBody.Planned(plans, fields);
        }
        if (columns.size() != resultTypes.size()) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                    "return type mismatch in function declared to return %s", declared)
                    .withDetail(!composite ? "Final statement must return exactly one column."
                            : columns.size() > resultTypes.size() ? "Final statement returns too many columns."
                            : "Final statement returns too few columns.");
        }
        BoundExpr[] casts = new BoundExpr[columns.size()];
        boolean any = false;
        for (int c = 0; c < casts.length; c++) {
            DataType actual = columns.get(c).type();
            DataType target = resultTypes.get(c);
            if (actual.type() == target.type()) {
                continue;
            }
            BoundExpr cast = Coercions.tryCoerce(new ColumnValue(actual, c), target, CastContext.ASSIGNMENT,
                    parameters, -1);
            if (cast == null) {
                throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                        "return type mismatch in function declared to return %s", declared)
                        .withDetail("Actual return type is " + Types.formatType(actual) + ".");
            }
            casts[c] = cast;
            any = true;
        }
        return new SqlFunctionBody.Planned(plans, any ? casts : null);
    }
}
