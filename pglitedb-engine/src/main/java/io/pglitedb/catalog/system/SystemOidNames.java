package io.pglitedb.catalog.system;

import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.parser.Identifiers;
import io.pglitedb.types.OidNames;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The reg* types' name lookups over the catalog a statement sees (regclassin/regclassout & co). */
public final class SystemOidNames implements OidNames {
    private final Supplier<SystemContext> context;

    public SystemOidNames(Supplier<SystemContext> context) {
        this.context = context;
    }

    @Override
    public String name(PgType regType, long oid) {
        SystemContext c = context.get();
        if (regType == Types.REGCLASS) {
            return CatalogFunctions.regclassName(c, oid);
        } else if (regType == Types.REGTYPE) {
            return CatalogFunctions.typeName(oid);
        } else if (regType == Types.REGPROC || regType == Types.REGPROCEDURE) {
            String routine = RoutineSignatures.name(c, oid, regType == Types.REGPROCEDURE);
            if (routine != null) {
                return routine;
            }
            String name = CatalogFunctions.functionName(oid);
            String arguments = regType == Types.REGPROCEDURE && name != null ? CatalogFunctions.functionArguments(c, oid, true) : null;
            return arguments == null ? name : name + "(" + arguments + ")";
        } else if (regType == Types.REGNAMESPACE) {
            return CatalogFunctions.namespaceName(c, oid);
        } else if (regType == Types.REGROLE) {
            String name = CatalogFunctions.userName(c, oid);
            return name.startsWith("unknown (OID=") ? null : name;
        }
        return null;
    }

    @Override
    public long lookup(PgType regType, String text) {
        SystemContext c = context.get();
        if (regType == Types.REGCLASS) {
            return relation(c, text);
        } else if (regType == Types.REGTYPE) {
            String element = text.strip();
            int dimensions = 0;
            while (element.endsWith("[]")) { // regtypein reads 'name[]' as the array type
                element = element.substring(0, element.length() - 2).strip();
                dimensions++;
            }
            io.pglitedb.types.DomainType domain = Types.domain(element, dimensions);
            if (domain != null) {
                return domain.oid();
            }
            io.pglitedb.types.DataType type = Types.resolve(element, List.of(), dimensions);
            return type.oid();
        } else if (regType == Types.REGNAMESPACE) {
            SchemaDescriptor s = c.view().schema(identifier(text));
            if (s == null) {
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", identifier(text));
            }
            return s.oid();
        } else if (regType == Types.REGROLE) {
            String name = identifier(text);
            for (RoleDescriptor r : CatalogRows.allRoles(c.view())) {
                if (r.name().equals(name)) {
                    return r.oid();
                }
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
        }
        if (regType == Types.REGOPER || regType == Types.REGOPERATOR) { // no pg_operator rows to find it in
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: %s", text);
        }
        io.pglitedb.catalog.RoutineDescriptor routine = RoutineSignatures.find(c, text, regType == Types.REGPROCEDURE);
        if (routine != null) {
            return routine.oid();
        }
        int open = text.indexOf('(');
        String name = identifier((open < 0 ? text : text.substring(0, open)).replaceFirst("^pg_catalog\\.", ""));
        List<Long> oids = BuiltinFunctions.byName(name);
        if (regType == Types.REGPROCEDURE && open >= 0) {
            // regprocedurein: the built-in whose argument types are exactly those written
            int close = text.lastIndexOf(')');
            if (close < open) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "expected a right parenthesis");
            }
            StringBuilder wanted = new StringBuilder();
            for (String arg : RoutineSignatures.splitArguments(text.substring(open + 1, close))) {
                wanted.append(wanted.isEmpty() ? "" : " ").append(RoutineSignatures.typeOid(arg));
            }
            List<Long> exact = new java.util.ArrayList<>();
            for (long candidate : oids) {
                BuiltinFunctions.Row row = BuiltinFunctions.byOid(candidate);
                if (row != null && row.argumentTypes().strip().equals(wanted.toString())) {
                    exact.add(candidate);
                }
            }
            oids = exact;
        }
        if (oids.isEmpty()) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function \"%s\" does not exist", text);
        }
        if (oids.size() > 1 && regType == Types.REGPROC) {
            throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "more than one function named \"%s\"", text);
        }
        return oids.get(0);
    }

    @Override
    public PgType userType(String name) {
        SystemContext c = context.get();
        if (c == null) {
            return null;
        }
        List<String> parts = splitName(name);
        String last = parts.get(parts.size() - 1);
        List<String> schemas = parts.size() > 1 ? List.of(parts.get(parts.size() - 2))
                : c.searchPath().lookupOrder(c.view());
        for (String schema : schemas) { // a type and a relation's row type share one namespace
            io.pglitedb.catalog.TypeDescriptor type = c.view().type(schema, last);
            if (type != null) {
                return c.view().valueType(type);
            }
            TableDescriptor table = c.view().table(schema, last);
            if (table != null) {
                return c.view().rowType(table);
            }
            for (io.pglitedb.catalog.TypeDescriptor t : c.view().types()) { // a range type's multirange type
                if (t.isRange() && t.schema().equals(schema) && t.range().multirangeName().equals(last)) {
                    return ((io.pglitedb.types.range.RangeType) c.view().valueType(t)).multirange();
                }
            }
        }
        if (last.startsWith("_") && last.length() > 1) { // an array type's own name: _t for t[]
            PgType element = userType(parts.size() > 1 ? Identifiers.quote(parts.get(parts.size() - 2)) + "."
                    + Identifiers.quote(last.substring(1)) : Identifiers.quote(last.substring(1)));
            if (element instanceof io.pglitedb.types.RecordType r) {
                return r.arrayType();
            }
            if (element instanceof io.pglitedb.types.EnumType e) {
                return e.arrayType();
            }
            if (element instanceof io.pglitedb.types.range.RangeType r) {
                return r.arrayType();
            }
            if (element instanceof io.pglitedb.types.range.MultirangeType m) {
                return m.arrayType();
            }
        }
        return null;
    }

    /** The user-defined type a (possibly qualified) name means on the search path, or null. */
    public static io.pglitedb.catalog.TypeDescriptor userTypeDescriptor(SystemContext c, String text) {
        if (c.view().types().isEmpty()) {
            return null;
        }
        List<String> parts = splitName(text);
        String name = parts.get(parts.size() - 1);
        if (parts.size() > 1) {
            return c.view().type(parts.get(parts.size() - 2), name);
        }
        for (String schema : c.searchPath().lookupOrder(c.view())) {
            io.pglitedb.catalog.TypeDescriptor t = c.view().type(schema, name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String userTypeName(PgType type) {
        SystemContext c = context.get();
        if (c == null) {
            return null;
        }
        String schema;
        String name;
        TableDescriptor table = rowTypeTable(c, type.oid());
        if (table != null) {
            schema = table.schema();
            name = table.name();
        } else {
            io.pglitedb.catalog.TypeDescriptor t = c.view().type(type.oid());
            if (t == null) {
                return null;
            }
            schema = t.schema();
            name = t.name();
        }
        PgType visible = userType(Identifiers.quote(name)); // PostgreSQL's TypeIsVisible
        return visible != null && visible.oid() == type.oid() ? Identifiers.quote(name)
                : Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    @Override
    public PgType userType(int oid) {
        SystemContext c = context.get();
        if (c == null) {
            return null;
        }
        TableDescriptor table = rowTypeTable(c, oid);
        if (table != null) {
            io.pglitedb.types.CompositeType row = c.view().rowType(table);
            return io.pglitedb.catalog.DerivedOids.isRowTypeArray(oid) ? row.arrayType() : row;
        }
        for (io.pglitedb.catalog.TypeDescriptor t : c.view().types()) {
            if (t.oid() == oid) {
                return c.view().valueType(t);
            }
            if (t.arrayOid() == oid) {
                return c.view().arrayType(t);
            }
            if (t.isRange() && (t.range().multirangeOid() == oid || t.range().multirangeArrayOid() == oid)) {
                io.pglitedb.types.range.MultirangeType m = ((io.pglitedb.types.range.RangeType) c.view().valueType(t))
                        .multirange();
                return t.range().multirangeOid() == oid ? m : m.arrayType();
            }
        }
        return null;
    }

    /** The relation whose row type (or its array) has this OID, or null. */
    private static TableDescriptor rowTypeTable(SystemContext c, long typeOid) {
        int table = io.pglitedb.catalog.DerivedOids.tableOfRowType(typeOid);
        return table == 0 ? null : c.view().tableByOid(table);
    }

    private static long relation(SystemContext c, String text) {
        List<String> parts = splitName(text);
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        if (schema == null || schema.equals(SchemaDescriptor.PG_CATALOG)) {
            SystemRelation system = SystemRelations.find(SchemaDescriptor.PG_CATALOG, name);
            if (system != null && (schema != null || Namespaces.relationSchema(c.view(), c.searchPath(), null, name)
                    .equals(SchemaDescriptor.PG_CATALOG) || !c.view().relationExists(
                            Namespaces.relationSchema(c.view(), c.searchPath(), null, name), name))) {
                return system.oid();
            }
            SystemIndexes.SystemIndex index = SystemIndexes.byName(name); // pg_catalog comes first on every path
            if (index != null) {
                return index.oid();
            }
        }
        String resolved = Namespaces.relationSchema(c.view(), c.searchPath(), schema, name);
        TableDescriptor table = c.view().table(resolved, name);
        if (table != null) {
            return table.oid();
        }
        SequenceDescriptor sequence = c.view().sequence(resolved, name);
        if (sequence != null) {
            return sequence.oid();
        }
        TableDescriptor owner = c.view().tableOfIndex(resolved, name);
        if (owner != null) {
            if (name.equals(owner.primaryKeyName())) {
                return CatalogRows.primaryKeyIndexOid(owner);
            }
            IndexDescriptor index = owner.index(name);
            if (index != null) {
                return index.oid();
            }
        }
        if (owner == null) {
            for (TableDescriptor t : c.view().tables()) {
                if (t.schema().equals(resolved) && name.equals(t.primaryKeyName())) {
                    return CatalogRows.primaryKeyIndexOid(t);
                }
            }
        }
        throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", text);
    }

    private static String identifier(String text) {
        List<String> parts = splitName(text);
        return parts.get(parts.size() - 1);
    }

    /** A possibly qualified, possibly quoted name: unquoted parts lower-cased. */
    static List<String> splitName(String text) {
        List<String> parts = new ArrayList<>(2);
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        part.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    part.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '.') {
                parts.add(part.toString());
                part.setLength(0);
            } else if (!Character.isWhitespace(ch)) {
                part.append(Character.toLowerCase(ch));
            }
        }
        parts.add(part.toString());
        return parts;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
