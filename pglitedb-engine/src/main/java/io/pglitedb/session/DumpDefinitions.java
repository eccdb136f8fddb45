package io.pglitedb.session;

import static io.pglitedb.session.SqlDump.ident;
import static io.pglitedb.session.SqlDump.literal;
import static io.pglitedb.session.SqlDump.name;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.catalog.RoutineText;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.catalog.ViewDefinition;
import io.pglitedb.types.EnumType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The statements {@link SqlDump} writes for enum types, functions, views and comments, in
 * pg_dump's style.
 */
final class DumpDefinitions {
    private DumpDefinitions() {
    }

    /** {@code CREATE TYPE s.name AS ENUM (...)} with the labels in their sort order. */
    static String enumType(TypeDescriptor type) {
        List<EnumType.Label> labels = new ArrayList<>();
        for (EnumType.Label label : type.labels()) {
            if (!label.pending()) {
                labels.add(label);
            }
        }
        labels.sort(Comparator.comparingDouble(EnumType.Label::sortOrder));
        List<String> items = new ArrayList<>();
        for (EnumType.Label label : labels) {
            items.add("    " + literal(label.name()));
        }
        return "CREATE TYPE " + name(type.schema(), type.name()) + " AS ENUM (\n" + String.join(",\n", items) + "\n);";
    }

    /**
     * pg_dump's {@code CREATE DOMAIN s.name AS base [DEFAULT ...] [NOT NULL]} with its CHECK
     * constraints; a NOT VALID one is added by ALTER DOMAIN after it (CREATE DOMAIN has no NOT VALID).
     */
    static String domain(TypeDescriptor type, IntFunction<String> typeName) {
        io.pglitedb.catalog.DomainDefinition d = type.domain();
        String name = name(type.schema(), type.name());
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ")
                .append(typeWithModifier(d.baseOid(), d.baseTypmod(), typeName));
        if (d.defaultSql() != null) {
            sql.append(" DEFAULT ").append(d.defaultSql());
        }
        if (d.notNull()) {
            sql.append(" NOT NULL");
        }
        StringBuilder notValid = new StringBuilder();
        for (io.pglitedb.catalog.DomainDefinition.Check check : d.checks()) {
            String constraint = "CONSTRAINT " + ident(check.name()) + " CHECK (" + check.conditionSql() + ")";
            if (check.validated()) {
                sql.append("\n    ").append(constraint);
            } else {
                notValid.append("\nALTER DOMAIN ").append(name).append(" ADD ").append(constraint).append(" NOT VALID;");
            }
        }
        return sql.append(';').append(notValid).toString();
    }

    /** pg_dump's {@code CREATE TYPE s.name AS (attribute type, ...)}. */
    static String compositeType(TypeDescriptor type, IntFunction<String> typeName) {
        List<String> attributes = new ArrayList<>();
        for (io.pglitedb.catalog.CompositeDefinition.Attribute a : type.composite().attributes()) {
            attributes.add("    " + ident(a.name()) + " " + typeWithModifier(a.typeOid(), a.typmod(), typeName));
        }
        return "CREATE TYPE " + name(type.schema(), type.name()) + " AS (\n" + String.join(",\n", attributes) + "\n);";
    }

    /** A type with its modifier ({@code character varying(10)}); user types by their (qualified) names. */
    private static String typeWithModifier(int oid, int typmod, IntFunction<String> typeName) {
        return oid >= 16384 || typmod < 0 ? typeName.apply(oid)
                : io.pglitedb.catalog.system.CatalogFunctions.formatType(oid, typmod);
    }

    /**
     * pg_dump's {@code CREATE TYPE s.name AS RANGE (...)}: the subtype, the multirange type's name,
     * a collation other than the subtype's and the subtype_diff function.
     */
    static String rangeType(TypeDescriptor type, IntFunction<String> typeName) {
        io.pglitedb.catalog.RangeDefinition r = type.range();
        StringBuilder sql = new StringBuilder("CREATE TYPE ").append(name(type.schema(), type.name()))
                .append(" AS RANGE (\n    subtype = ").append(typeName.apply(r.subtypeOid()))
                .append(",\n    multirange_type_name = ").append(name(type.schema(), r.multirangeName()));
        int subtypeCollation = r.subtypeOid() == 19 ? 950 : r.collation() == 0 ? 0 : 100;
        if (r.collation() != subtypeCollation) {
            sql.append(",\n    collation = pg_catalog.").append(ident(r.collation() == 950 ? "C" : "POSIX"));
        }
        if (r.subtypeDiff() != 0) {
            sql.append(",\n    subtype_diff = ").append(io.pglitedb.catalog.system.CatalogFunctions.functionName(
                    r.subtypeDiff()));
        }
        return sql.append("\n);").toString();
    }

    /** pg_dump's CREATE FUNCTION / CREATE PROCEDURE. */
    static String routine(RoutineDescriptor r, IntFunction<String> typeName) {
        StringBuilder sql = new StringBuilder("CREATE ").append(r.kind() == 'p' ? "PROCEDURE " : "FUNCTION ")
                .append(name(r.schema(), r.name())).append('(').append(RoutineText.arguments(r)).append(')');
        String result = RoutineText.result(r, typeName);
        if (result != null) {
            sql.append(" RETURNS ").append(result);
        }
        sql.append("\n    LANGUAGE ").append(ident(r.language()));
        if (r.volatility() == 'i') {
            sql.append(" IMMUTABLE");
        } else if (r.volatility() == 's') {
            sql.append(" STABLE");
        }
        if (r.strict()) {
            sql.append(" STRICT");
        }
        if (r.securityDefiner()) {
            sql.append(" SECURITY DEFINER");
        }
        float defaultCost = r.language().equals("c") || r.language().equals("internal") ? 1 : 100;
        if (r.cost() != defaultCost && r.cost() > 0) {
            sql.append(" COST ").append(number(r.cost()));
        }
        if (r.returnsSet() && r.rows() > 0 && r.rows() != 1000) {
            sql.append(" ROWS ").append(number(r.rows()));
        }
        if (r.parallel() == 's') {
            sql.append(" PARALLEL SAFE");
        } else if (r.parallel() == 'r') {
            sql.append(" PARALLEL RESTRICTED");
        }
        String body = r.body() == null ? "" : r.body();
        sql.append("\n    AS ").append(dollarQuote(body)).append(';');
        return sql.toString();
    }

    private static String number(float f) {
        return f == Math.rint(f) ? Long.toString((long) f) : Float.toString(f);
    }

    /** pg_dump's dollar quoting: $$, or $_$, $__$ ... when the text contains the tag. */
    static String dollarQuote(String text) {
        String tag = "$";
        while (text.contains(tag + "$")) {
            tag += "_";
        }
        tag += "$";
        return tag + text + tag;
    }

    /**
     * {@code CREATE VIEW} / {@code CREATE MATERIALIZED VIEW ... WITH NO DATA} (a materialized
     * view is refreshed at the end of the dump). The column list keeps names given by
     * {@code CREATE VIEW v (a, b)} or changed by {@code ALTER ... RENAME COLUMN}.
     *
     * @param definition pg_get_viewdef's text
     */
    static String view(TableDescriptor t, String definition) {
        ViewDefinition v = t.view();
        String query = definition.strip();
        while (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        List<String> columns = new ArrayList<>();
        for (ColumnDescriptor c : t.columns()) {
            columns.add(ident(c.name()));
        }
        StringBuilder sql = new StringBuilder("CREATE ").append(v.materialized() ? "MATERIALIZED VIEW " : "VIEW ")
                .append(name(t.schema(), t.name())).append(" (").append(String.join(", ", columns)).append(") AS\n ")
                .append(query);
        if (v.materialized()) {
            sql.append("\n  WITH NO DATA");
        } else if (v.checkOption() == ViewDefinition.LOCAL_CHECK) {
            sql.append("\n  WITH LOCAL CHECK OPTION");
        } else if (v.checkOption() == ViewDefinition.CASCADED_CHECK) {
            sql.append("\n  WITH CASCADED CHECK OPTION");
        }
        return sql.append(';').toString();
    }

    /** The relation's and its columns' COMMENT ON statements (written after the relation). */
    static List<String> relationComments(TableDescriptor t) {
        List<String> out = new ArrayList<>();
        String kind = t.view() == null ? "TABLE" : t.view().materialized() ? "MATERIALIZED VIEW" : "VIEW";
        Map<String, String> comments = t.comments();
        String own = comments.get(TableDescriptor.TABLE_COMMENT);
        if (own != null) {
            out.add("COMMENT ON " + kind + " " + name(t.schema(), t.name()) + " IS " + literal(own) + ";");
        }
        for (ColumnDescriptor c : t.columns()) {
            String text = comments.get(TableDescriptor.columnComment(c.attributeNumber()));
            if (text != null) {
                out.add("COMMENT ON COLUMN " + name(t.schema(), t.name()) + "." + ident(c.name()) + " IS "
                        + literal(text) + ";");
            }
        }
        return out;
    }

    /** COMMENT ON CONSTRAINT (written after the constraints exist). */
    static List<String> constraintComments(TableDescriptor t) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : t.comments().entrySet()) {
            if (e.getKey().startsWith("c") && t.constraintNames().contains(e.getKey().substring(1))) {
                out.add("COMMENT ON CONSTRAINT " + ident(e.getKey().substring(1)) + " ON " + name(t.schema(), t.name())
                        + " IS " + literal(e.getValue()) + ";");
            }
        }
        return out;
    }

    /** COMMENT ON INDEX of an index (a constraint's index included), or null. */
    static String indexComment(TableDescriptor t, String indexName) {
        String text = t.comments().get(TableDescriptor.indexComment(indexName));
        return text == null ? null
                : "COMMENT ON INDEX " + name(t.schema(), indexName) + " IS " + literal(text) + ";";
    }

    static boolean hasIndex(TableDescriptor t, String indexName) {
        if (indexName.equals(t.primaryKeyName())) {
            return true;
        }
        for (IndexDescriptor index : t.indexes()) {
            if (index.name().equals(indexName)) {
                return true;
            }
        }
        return false;
    }
}
