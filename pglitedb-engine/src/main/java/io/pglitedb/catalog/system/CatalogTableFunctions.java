package io.pglitedb.catalog.system;

import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.functions.TableFunction;
import io.pglitedb.sql.parser.Identifiers;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The catalog functions that return a row or a set of rows, callable in FROM and in a SELECT
 * list ({@code (aclexplode(relacl)).grantee}): aclexplode(aclitem[]), which information_schema's
 * privilege views and DBeaver's role editor expand ACLs with, and pg_identify_object(classid,
 * objid, objsubid), the (type, schema, name, identity) of a catalog object, and the partition
 * trees' pg_partition_tree and pg_partition_ancestors ({@link PartitionTrees}).
 */
public final class CatalogTableFunctions {
    private CatalogTableFunctions() {
    }

    public static final String ACLEXPLODE = "aclexplode";
    public static final String IDENTIFY_OBJECT = "pg_identify_object";
    public static final String PARTITION_TREE = "pg_partition_tree";
    public static final String PARTITION_ANCESTORS = "pg_partition_ancestors";

    /** Whether {@code name} is one of these functions. */
    public static boolean handles(String name) {
        return name.equals(ACLEXPLODE) || name.equals(IDENTIFY_OBJECT) || name.equals(PARTITION_TREE)
                || name.equals(PARTITION_ANCESTORS);
    }

    /** The function for these argument types, or null when they do not fit. */
    public static TableFunction resolve(String name, List<DataType> argumentTypes) {
        DataType oid = DataType.of(Types.OID);
        DataType text = DataType.of(Types.TEXT);
        if (name.equals(ACLEXPLODE)) {
            return argumentTypes.size() != 1 ? null : new Function(name, List.of(DataType.of(ArrayTypes.ACLITEM)),
                    List.of("grantor", "grantee", "privilege_type", "is_grantable"),
                    List.of(oid, oid, text, DataType.of(Types.BOOL)), CatalogTableFunctions::explode);
        }
        DataType regclass = DataType.of(Types.REGCLASS);
        if (name.equals(PARTITION_TREE)) {
            return argumentTypes.size() != 1 ? null : new Function(name, List.of(regclass),
                    List.of("relid", "parentrelid", "isleaf", "level"),
                    List.of(regclass, regclass, DataType.of(Types.BOOL), DataType.of(Types.INT4)),
                    (c, a) -> PartitionTrees.tree(c, (Long) a[0]));
        }
        if (name.equals(PARTITION_ANCESTORS)) {
            return argumentTypes.size() != 1 ? null : new Function(name, List.of(regclass), List.of("relid"),
                    List.of(regclass), (c, a) -> PartitionTrees.ancestors(c, (Long) a[0]));
        }
        return argumentTypes.size() != 3 ? null : new Function(name, List.of(oid, oid, DataType.of(Types.INT4)),
                List.of("type", "schema", "name", "identity"), List.of(text, text, text, text),
                (c, a) -> java.util.Collections.singletonList(identify(c, (Long) a[0], (Long) a[1], (Integer) a[2])));
    }

    @FunctionalInterface
    private interface Body {
        List<Object[]> rows(SystemContext context, Object[] args);
    }

    private record Function(String name, List<DataType> argumentTypes, List<String> columnNames,
            List<DataType> columnTypes, Body body) implements TableFunction {
        @Override
        public boolean scalarResult() {
            return false;
        }

        @Override
        public Iterator<Object[]> rows(Object[] args) {
            throw new IllegalStateException(name + " needs the statement's catalog");
        }

        @Override
        public Iterator<Object[]> rows(Object[] args, ExecContext context) {
            for (Object a : args) {
                if (a == null) {
                    return Collections.emptyIterator(); // strict
                }
            }
            return body.rows(context.systemContext(), args).iterator();
        }
    }

    /** PostgreSQL's privilege names in ACL bit order (the letters of "arwdDxtXUCTc"). */
    private static final String LETTERS = "arwdDxtXUCTc";
    private static final String[] NAMES = {"INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES",
        "TRIGGER", "EXECUTE", "USAGE", "CREATE", "TEMPORARY", "CONNECT"};

    /** aclexplode: one row per privilege of each item, in item order then privilege bit order. */
    private static List<Object[]> explode(SystemContext c, Object[] args) {
        List<Object[]> rows = new ArrayList<>();
        for (Object element : ((ArrayValue) args[0]).elements()) {
            if (element == null) {
                continue;
            }
            String item = (String) element;
            int[] end = new int[1];
            String grantee = roleName(item, 0, end);
            int equals = item.indexOf('=', end[0]);
            int slash = item.indexOf('/', equals);
            String privileges = item.substring(equals + 1, slash);
            String grantor = roleName(item, slash + 1, end);
            long granteeOid = grantee.isEmpty() ? 0 : roleOid(c, grantee);
            long grantorOid = roleOid(c, grantor);
            boolean[] has = new boolean[LETTERS.length()];
            boolean[] grantable = new boolean[LETTERS.length()];
            for (int i = 0; i < privileges.length(); i++) {
                int bit = LETTERS.indexOf(privileges.charAt(i));
                if (bit >= 0) {
                    has[bit] = true;
                    grantable[bit] = i + 1 < privileges.length() && privileges.charAt(i + 1) == '*';
                }
            }
            for (int bit = 0; bit < has.length; bit++) {
                if (has[bit]) {
                    rows.add(new Object[] {grantorOid, granteeOid, NAMES[bit], grantable[bit]});
                }
            }
        }
        return rows;
    }

    /** A role name of an aclitem starting at {@code from}, double quotes undone; its end in end[0]. */
    private static String roleName(String item, int from, int[] end) {
        StringBuilder name = new StringBuilder();
        int i = from;
        boolean quoted = false;
        for (; i < item.length(); i++) {
            char ch = item.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < item.length() && item.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && (ch == '=' || ch == '/')) {
                break;
            } else {
                name.append(ch);
            }
        }
        end[0] = i;
        return name.toString();
    }

    private static long roleOid(SystemContext c, String name) {
        for (RoleDescriptor r : CatalogRows.allRoles(c.view())) {
            if (r.name().equals(name)) {
                return r.oid();
            }
        }
        return 0;
    }

    private static final long PG_CLASS = 1259;
    private static final long PG_PROC = 1255;
    private static final long PG_TYPE = 1247;
    private static final long PG_NAMESPACE = 2615;

    /** pg_identify_object: (type, schema, name, identity); all null for an object it does not know. */
    static Object[] identify(SystemContext c, long classId, long objectId, int subId) {
        if (classId == PG_NAMESPACE) {
            SchemaDescriptor s = c.view().schema((int) objectId);
            return s == null ? new Object[4] : new Object[] {"schema", null, s.name(), Identifiers.quote(s.name())};
        }
        if (classId == PG_CLASS) {
            return identifyRelation(c, objectId, subId);
        }
        if (classId == PG_PROC) {
            return identifyRoutine(c, objectId);
        }
        if (classId == PG_TYPE) {
            for (TypeDescriptor t : c.view().types()) {
                if (t.oid() == objectId) {
                    return new Object[] {"type", t.schema(), t.name(), qualified(t.schema(), t.name())};
                }
            }
            String name = CatalogFunctions.typeName(objectId);
            return name == null ? new Object[4] : new Object[] {"type", SchemaDescriptor.PG_CATALOG, null, name};
        }
        return new Object[4];
    }

    private static Object[] identifyRelation(SystemContext c, long oid, int subId) {
        String[] named = CatalogFunctions.relationName(c.view(), oid);
        if (named == null) {
            return new Object[4];
        }
        String kind = "table";
        TableDescriptor table = c.view().tableByOid((int) oid);
        if (table != null) {
            kind = table.isMaterializedView() ? "materialized view" : table.isView() ? "view" : "table";
        } else if (SystemRelations.byOid((int) oid) != null) {
            kind = SystemRelations.byOid((int) oid).kind() == 'v' ? "view" : "table";
        } else {
            kind = "index";
            for (SequenceDescriptor s : c.view().sequences()) {
                if (s.oid() == oid) {
                    kind = "sequence";
                }
            }
        }
        String identity = qualified(named[0], named[1]);
        if (subId > 0 && table != null && subId <= table.columns().size()) {
            String column = null;
            for (io.pglitedb.catalog.ColumnDescriptor col : table.columns()) {
                if (col.attributeNumber() == subId) {
                    column = col.name();
                }
            }
            if (column != null) {
                return new Object[] {kind + " column", named[0], named[1], identity + "." + Identifiers.quote(column)};
            }
        }
        return new Object[] {kind, named[0], named[1], identity};
    }

    private static Object[] identifyRoutine(SystemContext c, long oid) {
        RoutineDescriptor r = c.view().catalog().routines().byOid((int) oid);
        if (r != null) {
            List<String> types = new ArrayList<>();
            for (int t : r.argumentTypes()) {
                types.add(CatalogFunctions.formatType(t, null));
            }
            String kind = r.kind() == 'p' ? "procedure" : "function";
            return new Object[] {kind, r.schema(), null,
                    qualified(r.schema(), r.name()) + "(" + String.join(",", types) + ")"};
        }
        BuiltinFunctions.Row row = BuiltinFunctions.byOid(oid);
        if (row == null) {
            return new Object[4];
        }
        List<String> types = new ArrayList<>();
        for (String t : row.argumentTypes().trim().split(" ")) {
            if (!t.isEmpty()) {
                types.add(CatalogFunctions.formatType(Long.parseLong(t), null));
            }
        }
        String kind = switch (row.kind()) {
            case 'a' -> "aggregate";
            case 'w' -> "window function";
            case 'p' -> "procedure";
            default -> "function";
        };
        return new Object[] {kind, SchemaDescriptor.PG_CATALOG, null,
                qualified(SchemaDescriptor.PG_CATALOG, row.name()) + "(" + String.join(",", types) + ")"};
    }

    private static String qualified(String schema, String name) {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }
}
