package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.SequenceCall;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * nextval(regclass), currval(regclass), setval(regclass, bigint [, boolean]), lastval() and
 * pg_get_serial_sequence(text, text). A regclass argument written as a string constant (or
 * {@code 'name'::regclass}) names the sequence when the statement is analysed, as in PostgreSQL;
 * any other text argument is looked up by name when evaluated.
 */
final class SequenceFunctions {
    private SequenceFunctions() {
    }

    static boolean handles(FuncCall f) {
        return handles(f.name()) && !f.star() && !f.distinct();
    }

    static boolean handles(String name) {
        return switch (name) {
            case "nextval", "currval", "setval", "lastval", "pg_get_serial_sequence" -> true;
            default -> false;
        };
    }

    static BoundExpr analyze(FuncCall f, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        List<Expr> args = f.args();
        String name = f.name();
        int arity = args.size();
        boolean ok = switch (name) {
            case "nextval", "currval" -> arity == 1;
            case "setval" -> arity == 2 || arity == 3;
            case "lastval" -> arity == 0;
            default -> arity == 2;
        };
        if (!ok) {
            List<String> types = new ArrayList<>();
            for (Expr a : args) {
                types.add(analyzer.analyze(a).type().baseName());
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(%s) does not exist", name,
                    String.join(", ", types))
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(f.position() + 1);
        }
        CatalogView catalog = context.catalog();
        if (name.equals("pg_get_serial_sequence")) {
            BoundExpr table = text(analyzer, args.get(0), context);
            BoundExpr column = text(analyzer, args.get(1), context);
            return new SerialSequenceCall(table, column, catalog, context.searchPath());
        }
        if (name.equals("lastval")) {
            return new SequenceCall(SequenceCall.Kind.LASTVAL, null, null, null, null, null, catalog.catalog(),
                    context.sequences());
        }
        SequenceCall.Kind kind = switch (name) {
            case "nextval" -> SequenceCall.Kind.NEXTVAL;
            case "currval" -> SequenceCall.Kind.CURRVAL;
            default -> SequenceCall.Kind.SETVAL;
        };
        Expr target = args.get(0);
        SequenceDescriptor fixed = null;
        BoundExpr dynamic = null;
        String constant = constantName(target);
        if (constant != null) {
            fixed = resolve(catalog, constant, context, target.position());
            context.access().sequence(fixed.oid(), fixed.name(), needed(kind));
        } else {
            dynamic = text(analyzer, target, context);
        }
        BoundExpr value = null;
        BoundExpr isCalled = null;
        if (kind == SequenceCall.Kind.SETVAL) {
            value = Coercions.coerce(analyzer.analyze(args.get(1)), DataType.of(Types.INT8), CastContext.IMPLICIT,
                    context.parameters(), args.get(1).position());
            if (arity == 3) {
                isCalled = Coercions.coerce(analyzer.analyze(args.get(2)), DataType.of(Types.BOOL),
                        CastContext.IMPLICIT, context.parameters(), args.get(2).position());
            }
        }
        int needed = needed(kind);
        String user = context.user();
        Function<String, SequenceDescriptor> lookup = text -> {
            SequenceDescriptor sequence = resolve(catalog, text, context, -1);
            io.pglitedb.catalog.RoleDescriptor role = catalog.role(user);
            if (role == null || !new io.pglitedb.security.Authorization(catalog).hasSequencePrivilege(role.oid(),
                    sequence, needed)) {
                throw io.pglitedb.security.Authorization.deniedForSequence(sequence.name());
            }
            return sequence;
        };
        return new SequenceCall(kind, fixed, dynamic, lookup, value, isCalled, catalog.catalog(), context.sequences());
    }

    /** The privileges of which one lets a role call the function (nextval: USAGE or UPDATE ...). */
    private static int needed(SequenceCall.Kind kind) {
        return switch (kind) {
            case NEXTVAL -> io.pglitedb.catalog.Privileges.USAGE | io.pglitedb.catalog.Privileges.UPDATE;
            case CURRVAL -> io.pglitedb.catalog.Privileges.SELECT | io.pglitedb.catalog.Privileges.USAGE;
            default -> io.pglitedb.catalog.Privileges.UPDATE;
        };
    }

    /** The name in {@code 'name'} or {@code 'name'::regclass}, else null. */
    private static String constantName(Expr e) {
        if (e instanceof Literal l && l.kind() == Literal.Kind.STRING) {
            return l.text();
        }
        if (e instanceof CastExpr c && c.type().name().equals("regclass") && c.operand() instanceof Literal l
                && l.kind() == Literal.Kind.STRING) {
            return l.text();
        }
        return null;
    }

    private static BoundExpr text(ExpressionAnalyzer analyzer, Expr e, AnalyzerContext context) {
        return Coercions.coerce(analyzer.analyze(e), DataType.of(Types.TEXT), CastContext.IMPLICIT,
                context.parameters(), e.position());
    }

    /** regclassin: a possibly qualified, possibly quoted relation name that must be a sequence. */
    static SequenceDescriptor resolve(CatalogView catalog, String text, AnalyzerContext context, int position) {
        List<String> parts = RelationNames.parse(text);
        String relation = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2)
                : io.pglitedb.catalog.Namespaces.relationSchema(catalog, context.searchPath(), null, relation);
        SequenceDescriptor sequence = catalog.sequence(schema, relation);
        if (sequence != null) {
            return sequence;
        }
        if (catalog.table(schema, relation) != null || catalog.tableOfIndex(schema, relation) != null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a sequence", relation);
        }
        PgException e = new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", text);
        return position >= 0 ? throwAt(e, position) : throwAt(e, -1);
    }

    private static SequenceDescriptor throwAt(PgException e, int position) {
        throw position >= 0 ? e.withPosition(position + 1) : e;
    }

    /** pg_get_serial_sequence(table, column): the qualified name of the column's owned sequence, or NULL. */
    private static final class SerialSequenceCall extends BoundExpr {
        private final BoundExpr table;
        private final BoundExpr column;
        private final CatalogView catalog;
        private final io.pglitedb.catalog.SearchPath searchPath;

        SerialSequenceCall(BoundExpr table, BoundExpr column, CatalogView catalog,
                io.pglitedb.catalog.SearchPath searchPath) {
            super(DataType.of(Types.TEXT));
            this.table = table;
            this.column = column;
            this.catalog = catalog;
            this.searchPath = searchPath;
        }

        @Override
        public Object eval(Object[] row, Object[] params) {
            Object t = table.eval(row, params);
            Object c = column.eval(row, params);
            if (t == null || c == null) {
                return null;
            }
            List<String> parts = RelationNames.parse((String) t);
            String tableName = parts.get(parts.size() - 1);
            String schema = parts.size() > 1 ? parts.get(parts.size() - 2)
                    : io.pglitedb.catalog.Namespaces.relationSchema(catalog, searchPath, null, tableName);
            TableDescriptor found = catalog.table(schema, tableName);
            if (found == null) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", t);
            }
            String columnName = (String) c;
            if (columnName.startsWith("\"") && columnName.endsWith("\"") && columnName.length() > 1) {
                columnName = columnName.substring(1, columnName.length() - 1);
            } else {
                columnName = columnName.toLowerCase(Locale.ROOT);
            }
            if (found.columnIndex(columnName) < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                        columnName, tableName);
            }
            for (SequenceDescriptor s : catalog.sequences()) {
                if (s.ownedByTable() == found.oid() && columnName.equals(s.ownedByColumn())) {
                    return TableDefinitions.quoteIdentifier(s.schema()) + "." + TableDefinitions.quoteIdentifier(s.name());
                }
            }
            return null;
        }
    }

    static Constant nullOf(DataType type) {
        return new Constant(type, null);
    }
}
