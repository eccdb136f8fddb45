package io.pglitedb.plpgsql;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.analyze.UserFunctions;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.parser.Parser;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The types DECLARE names: SQL types, {@code record}, {@code tab%ROWTYPE}, {@code x%TYPE}, {@code tab.col%TYPE}. */
final class PlTypes {
    private PlTypes() {
    }

    /** A declared type: {@code type} null for an unassigned {@code record}. */
    record Declared(DataType type, boolean record, boolean anyRecord) {
    }

    static Declared resolve(String text, PlExecutor executor) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("record")) {
            return new Declared(null, true, true);
        }
        if (lower.endsWith("%rowtype")) {
            String name = t.substring(0, t.length() - 8).strip();
            TableDescriptor table = table(name, executor);
            if (table == null) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist");
            }
            return new Declared(DataType.of(rowType(table)), true, false);
        }
        if (lower.endsWith("%type")) {
            String name = t.substring(0, t.length() - 5).strip();
            String lname = unquote(name);
            int slot = executor.find(null, lname);
            if (slot >= 0) {
                Variable v = executor.slots.get(slot).variable();
                return new Declared(v.type, v.record, v.anyRecord);
            }
            int dot = lname.lastIndexOf('.');
            if (dot > 0) {
                TableDescriptor table = table(lname.substring(0, dot), executor);
                if (table != null) {
                    for (ColumnDescriptor c : table.columns()) {
                        if (c.name().equals(lname.substring(dot + 1))) {
                            return new Declared(c.type(), false, false);
                        }
                    }
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + lname.substring(dot + 1)
                            + "\" of relation \"" + table.name() + "\" does not exist");
                }
            }
            throw new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"%TYPE\"");
        }
        try {
            Select select = (Select) Parser.parse("SELECT NULL::" + t).get(0).statement();
            CastExpr cast = (CastExpr) select.items().get(0).expr();
            DataType declared = UserFunctions.resolveType(cast.type());
            // a composite type's variable is a record with known fields (new_state.total := ...)
            return new Declared(declared, declared.type() instanceof RecordType, false);
        } catch (PgException | ClassCastException e) {
            TableDescriptor table = table(t, executor);
            if (table != null) {
                return new Declared(DataType.of(rowType(table)), true, false);
            }
            if (e instanceof PgException p) {
                throw p;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + t + "\" does not exist");
        }
    }

    private static String unquote(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("\\.")) {
            if (out.length() > 0) {
                out.append('.');
            }
            part = part.strip();
            out.append(part.startsWith("\"") && part.endsWith("\"") ? part.substring(1, part.length() - 1)
                    : part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    static RecordType rowType(TableDescriptor table) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (ColumnDescriptor c : table.columns()) {
            names.add(c.name());
            types.add(c.type());
        }
        return new RecordType(names, types);
    }

    static TableDescriptor table(String name, PlExecutor executor) {
        String n = unquote(name);
        int dot = n.indexOf('.');
        QualifiedName q = dot > 0 ? new QualifiedName(n.substring(0, dot), n.substring(dot + 1), 0)
                : new QualifiedName(null, n, 0);
        String schema = executor.base.relationSchema(q);
        return schema == null ? null : executor.base.catalog().table(schema, q.name());
    }
}
