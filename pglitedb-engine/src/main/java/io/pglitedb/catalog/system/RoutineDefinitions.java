package io.pglitedb.catalog.system;

import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.sql.parser.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * pg_get_functiondef: the CREATE OR REPLACE FUNCTION/PROCEDURE statement of a user-defined
 * routine, laid out as PostgreSQL 15 prints it (always schema-qualified; the attributes that
 * differ from the defaults on one line; the body between $function$ quotes).
 */
public final class RoutineDefinitions {
    private RoutineDefinitions() {
    }

    /** The definition, or null for an OID that is no user-defined routine. */
    public static String functionDef(SystemContext c, long oid) {
        RoutineDescriptor r = c.view().catalog().routines().byOid((int) oid);
        if (r == null) {
            return null;
        }
        boolean function = r.kind() != 'p';
        StringBuilder out = new StringBuilder("CREATE OR REPLACE ").append(function ? "FUNCTION " : "PROCEDURE ")
                .append(Identifiers.quote(r.schema())).append('.').append(Identifiers.quote(r.name()))
                .append('(').append(r.argumentsText() == null ? "" : r.argumentsText()).append(")\n");
        if (function) {
            out.append(" RETURNS ").append(result(r)).append('\n');
        }
        out.append(" LANGUAGE ").append(Identifiers.quote(r.language())).append('\n');
        List<String> attributes = new ArrayList<>();
        if (r.volatility() == 'i') {
            attributes.add("IMMUTABLE");
        } else if (r.volatility() == 's') {
            attributes.add("STABLE");
        }
        if (r.parallel() == 's') {
            attributes.add("PARALLEL SAFE");
        } else if (r.parallel() == 'r') {
            attributes.add("PARALLEL RESTRICTED");
        }
        if (r.strict()) {
            attributes.add("STRICT");
        }
        if (r.securityDefiner()) {
            attributes.add("SECURITY DEFINER");
        }
        float defaultCost = r.language().equals("internal") || r.language().equals("c") ? 1 : 100;
        if (r.cost() != defaultCost) {
            attributes.add("COST " + number(r.cost()));
        }
        if (r.returnsSet() && r.rows() != 1000) {
            attributes.add("ROWS " + number(r.rows()));
        }
        if (!attributes.isEmpty()) {
            out.append(' ').append(String.join(" ", attributes)).append('\n');
        }
        String body = r.body() == null ? "" : r.body();
        StringBuilder quote = new StringBuilder(function ? "$function" : "$procedure");
        while (body.contains(quote)) {
            quote.append('x');
        }
        quote.append('$');
        return out.append("AS ").append(quote).append(body).append(quote).append('\n').toString();
    }

    /** What follows RETURNS: SETOF, TABLE(...) for RETURNS TABLE, record for OUT parameters. */
    private static String result(RoutineDescriptor r) {
        boolean outParameters = r.argumentsText() != null
                && (r.argumentsText().startsWith("OUT ") || r.argumentsText().contains(", OUT ")
                        || r.argumentsText().startsWith("INOUT ") || r.argumentsText().contains(", INOUT "));
        if (!r.outNames().isEmpty() && !outParameters) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < r.outNames().size(); i++) {
                columns.add(Identifiers.quote(r.outNames().get(i)) + " "
                        + CatalogFunctions.formatType(r.outTypes().get(i), null));
            }
            return "TABLE(" + String.join(", ", columns) + ")";
        }
        return (r.returnsSet() ? "SETOF " : "") + CatalogFunctions.formatType(r.returnType(), null);
    }

    private static String number(float value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Float.toString(value);
    }
}
