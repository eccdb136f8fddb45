package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.Privileges;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.system.SystemRelations;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Access privilege inquiry functions (acl.c): pg_has_role, has_table_privilege,
 * has_sequence_privilege, has_column_privilege, has_any_column_privilege, has_schema_privilege,
 * has_database_privilege, has_function_privilege, with roles and objects
 * given by name (resolved through the search path) or by OID (an OID that names nothing gives
 * NULL); without a user argument they ask for current_user. The privilege string is a
 * comma-separated list, true when any is held ("SELECT, UPDATE WITH GRANT OPTION").
 */
final class PrivilegeFunctions {
    private PrivilegeFunctions() {
    }

    static boolean handles(FuncCall f) {
        return handles(f.name()) && !f.star() && !f.distinct();
    }

    static boolean handles(String name) {
        return switch (name) {
            case "pg_has_role", "has_table_privilege", "has_sequence_privilege", "has_column_privilege",
                    "has_any_column_privilege", "has_schema_privilege", "has_database_privilege",
                    "has_function_privilege" -> true;
            default -> false;
        };
    }

    static BoundExpr analyze(FuncCall f, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        boolean column = f.name().equals("has_column_privilege");
        int objectArgs = column ? 3 : 2;
        int n = f.args().size();
        List<BoundExpr> analyzed = new ArrayList<>();
        for (Expr a : f.args()) {
            analyzed.add(analyzer.analyze(a));
        }
        if (n != objectArgs && n != objectArgs + 1) {
            List<String> types = new ArrayList<>();
            for (BoundExpr a : analyzed) {
                types.add(a.type().baseName());
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(%s) does not exist", f.name(),
                    String.join(", ", types))
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(f.position() + 1);
        }
        // each of the overloads takes a role or relation by name (text, name) or by OID, a column
        // by name or by number (smallint); the privilege list is text
        List<BoundExpr> args = new ArrayList<>();
        boolean[] byNumber = new boolean[n];
        for (int i = 0; i < n; i++) {
            BoundExpr a = analyzed.get(i);
            boolean last = i == n - 1;
            boolean columnArg = column && i == n - 2;
            DataType target = DataType.of(Types.TEXT);
            if (!last && !isText(a.type())) {
                target = DataType.of(columnArg ? Types.INT2 : Types.OID);
                byNumber[i] = true;
            } else if (!last && i == n - 2 && f.name().equals("has_function_privilege")) {
                // a function by its signature: regprocedure's input ('f(integer)'), then its OID
                a = Coercions.coerce(a, DataType.of(Types.TEXT), CastContext.IMPLICIT, context.parameters(),
                        f.args().get(i).position());
                a = Coercions.coerce(a, DataType.of(Types.REGPROCEDURE), CastContext.EXPLICIT, context.parameters(),
                        f.args().get(i).position());
                target = DataType.of(Types.OID);
                byNumber[i] = true;
            }
            args.add(Coercions.coerce(a, target, CastContext.IMPLICIT, context.parameters(), f.args().get(i).position()));
        }
        return new Call(f.name(), args, byNumber, n > objectArgs, context.catalog(), context.searchPath(),
                context.user());
    }

    private static boolean isText(DataType type) {
        PgType t = type.type();
        return t == Types.UNKNOWN || t == Types.TEXT || t == Types.VARCHAR || t == Types.NAME || t == Types.BPCHAR;
    }

    private static final class Call extends BoundExpr {
        private final String function;
        private final List<BoundExpr> args;
        private final boolean[] byNumber;
        private final boolean withUser;
        private final CatalogView catalog;
        private final SearchPath searchPath;
        private final String currentUser;

        Call(String function, List<BoundExpr> args, boolean[] byNumber, boolean withUser, CatalogView catalog,
                SearchPath searchPath, String currentUser) {
            super(DataType.of(Types.BOOL));
            this.function = function;
            this.args = args;
            this.byNumber = byNumber;
            this.withUser = withUser;
            this.catalog = catalog;
            this.searchPath = searchPath;
            this.currentUser = currentUser;
        }

        @Override
        public Object eval(Object[] row, Object[] params) {
            List<Object> values = new ArrayList<>(args.size());
            List<Boolean> numbers = new ArrayList<>(args.size());
            for (int i = 0; i < args.size(); i++) {
                Object v = args.get(i).eval(row, params);
                if (v == null) {
                    return null;
                }
                values.add(v);
                numbers.add(byNumber[i]);
            }
            RoleDescriptor user;
            if (withUser) {
                user = role(values.remove(0), numbers.remove(0));
                if (user == null) {
                    return null; // an OID that names no role: NULL, as PostgreSQL
                }
            } else {
                user = catalog.role(currentUser);
                if (user == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", currentUser);
                }
            }
            Authorization auth = new Authorization(catalog);
            String modes = (String) values.get(values.size() - 1);
            if (function.equals("pg_has_role")) {
                RoleDescriptor role = role(values.get(0), numbers.get(0));
                if (role == null) {
                    return null;
                }
                for (String mode : modes(modes)) {
                    boolean held = switch (mode) {
                        case "MEMBER" -> auth.isMemberOf(user.oid(), role.oid());
                        case "USAGE" -> auth.hasPrivilegesOf(user.oid(), role.oid());
                        case "MEMBER WITH GRANT OPTION", "MEMBER WITH ADMIN OPTION", "USAGE WITH GRANT OPTION",
                                "USAGE WITH ADMIN OPTION" -> auth.isAdminOf(user.oid(), role.oid());
                        default -> throw unrecognized(modes, mode);
                    };
                    if (held) {
                        return true;
                    }
                }
                return false;
            }
            if (function.equals("has_function_privilege")) {
                return function(auth, user, (int) (long) (Long) values.get(0), modes);
            }
            if (function.equals("has_schema_privilege") || function.equals("has_database_privilege")) {
                return schemaOrDatabase(auth, user, values.get(0), numbers.get(0), modes);
            }
            TableDescriptor table;
            SequenceDescriptor sequence;
            String written;
            boolean system = false;
            if (numbers.get(0)) {
                int oid = (int) (long) (Long) values.get(0);
                table = catalog.tableByOid(oid);
                sequence = table == null ? sequenceByOid(oid) : null;
                system = table == null && sequence == null && SystemRelations.byOid(oid) != null;
                if (table == null && sequence == null && !system) {
                    return null; // no such relation: NULL, as PostgreSQL
                }
                written = table != null ? table.name() : sequence != null ? sequence.name() : SystemRelations.byOid(oid).name();
            } else {
                written = (String) values.get(0);
                List<String> parts = RelationNames.parse(written);
                String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
                String name = parts.get(parts.size() - 1);
                String resolved = Namespaces.relationSchema(catalog, searchPath, schema, name);
                table = catalog.table(resolved, name);
                sequence = table == null ? catalog.sequence(resolved, name) : null;
                system = table == null && sequence == null
                        && (schema == null || schema.equals(SchemaDescriptor.PG_CATALOG))
                        && SystemRelations.find(SchemaDescriptor.PG_CATALOG, name) != null;
                if (table == null && sequence == null && !system) {
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", written);
                }
            }
            if (function.equals("has_sequence_privilege") && sequence == null) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a sequence", written);
            }
            int valid = function.equals("has_sequence_privilege") ? Privileges.ALL_SEQUENCE
                    : function.equals("has_table_privilege") ? Privileges.ALL_TABLE : Privileges.ALL_COLUMN;
            if (system) {
                // the system catalogs: owned by the bootstrap superuser, PUBLIC may SELECT
                boolean superuser = auth.isSuperuser(user.oid());
                for (String mode : modes(modes)) {
                    boolean grantOption = mode.endsWith(" WITH GRANT OPTION");
                    int bit = Privileges.bit(grantOption ? mode.substring(0, mode.length() - 18) : mode);
                    if (bit == 0 || (bit & valid) == 0) {
                        throw unrecognized(modes, mode);
                    }
                    if (superuser || bit == Privileges.SELECT && !grantOption) {
                        return true;
                    }
                }
                return false;
            }
            ObjectAcl acl = table != null ? auth.tableAcl(table.oid()) : auth.sequenceAcl(sequence.oid());
            int attnum = 0;
            if (function.equals("has_column_privilege")) {
                if (table == null) {
                    return null;
                }
                if (numbers.get(1)) {
                    attnum = (Short) values.get(1);
                    int number = attnum;
                    boolean systemColumn = number < 0 && number >= -io.pglitedb.catalog.ColumnDescriptor.SYSTEM_COLUMNS.size()
                            && table.relkind() != TableDescriptor.VIEW;
                    if (!systemColumn && table.columns().stream().noneMatch(c -> c.attributeNumber() == number)) {
                        return null; // no such column: NULL, as PostgreSQL
                    }
                } else {
                    int index = table.columnIndex((String) values.get(1));
                    int systemAttnum = io.pglitedb.catalog.ColumnDescriptor.systemAttributeNumber((String) values.get(1));
                    if (index >= 0) {
                        attnum = table.columns().get(index).attributeNumber();
                    } else if (systemAttnum != 0 && table.relkind() != TableDescriptor.VIEW) {
                        attnum = systemAttnum;
                    } else {
                        throw new PgException(SqlState.UNDEFINED_COLUMN,
                                "column \"%s\" of relation \"%s\" does not exist", values.get(1), table.name());
                    }
                }
            }
            for (String mode : modes(modes)) {
                boolean grantOption = mode.endsWith(" WITH GRANT OPTION");
                String word = grantOption ? mode.substring(0, mode.length() - " WITH GRANT OPTION".length()) : mode;
                int bit = Privileges.bit(word);
                if (bit == 0 || (bit & valid) == 0) {
                    throw unrecognized(modes, mode);
                }
                int wanted = grantOption ? bit << 16 : bit;
                if (auth.mask(acl.effectiveAcl(), acl.owner(), user.oid(), wanted, true) == wanted) {
                    return true;
                }
                if (table != null && attnum != 0) {
                    List<io.pglitedb.catalog.AclItem> items = acl.columns().get(attnum);
                    if (items != null && auth.mask(items, acl.owner(), user.oid(), wanted, true) == wanted) {
                        return true;
                    }
                }
                if (table != null && function.equals("has_any_column_privilege")) {
                    for (Map.Entry<Integer, List<io.pglitedb.catalog.AclItem>> column : acl.columns().entrySet()) {
                        // user columns only: a privilege on tableoid ... is not one on "any column"
                        if (column.getKey() > 0
                                && auth.mask(column.getValue(), acl.owner(), user.oid(), wanted, true) == wanted) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * has_function_privilege: EXECUTE [WITH GRANT OPTION] on a user routine by its ACL; built-in
         * functions may be executed by everyone (granted by their owner, the bootstrap superuser).
         */
        private Object function(Authorization auth, RoleDescriptor user, int oid, String modes) {
            io.pglitedb.catalog.RoutineDescriptor routine = catalog.catalog() == null ? null
                    : catalog.catalog().routines().byOid(oid);
            if (routine == null && io.pglitedb.catalog.system.CatalogFunctions.functionName(oid) == null) {
                return null; // no such function: NULL, as PostgreSQL
            }
            for (String mode : modes(modes)) {
                boolean grantOption = mode.endsWith(" WITH GRANT OPTION");
                String word = grantOption ? mode.substring(0, mode.length() - " WITH GRANT OPTION".length()) : mode;
                if (Privileges.bit(word) != Privileges.EXECUTE) {
                    throw unrecognized(modes, mode);
                }
                int wanted = grantOption ? Privileges.EXECUTE << 16 : Privileges.EXECUTE;
                boolean held = routine != null ? auth.hasFunctionPrivilege(user.oid(), routine, wanted)
                        : !grantOption || auth.isSuperuser(user.oid());
                if (held) {
                    return true;
                }
            }
            return false;
        }

        /** has_schema_privilege / has_database_privilege: any of the listed privileges. */
        private Object schemaOrDatabase(Authorization auth, RoleDescriptor user, Object object, boolean byOid,
                String modes) {
            boolean schema = function.equals("has_schema_privilege");
            io.pglitedb.catalog.SchemaDescriptor namespace = null;
            io.pglitedb.catalog.DatabaseDescriptor database = null;
            if (schema) {
                if (byOid) {
                    long oid = (Long) object;
                    namespace = catalog.schemas().stream().filter(n -> n.oid() == oid).findFirst().orElse(null);
                    if (namespace == null) {
                        return null;
                    }
                } else {
                    namespace = catalog.schema((String) object);
                    if (namespace == null) {
                        throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", object);
                    }
                }
            } else {
                java.util.Collection<io.pglitedb.catalog.DatabaseDescriptor> all =
                        catalog.catalog().shared().databases().values();
                if (byOid) {
                    long oid = (Long) object;
                    database = all.stream().filter(d -> d.oid() == oid).findFirst().orElse(null);
                    if (database == null) {
                        return null;
                    }
                } else {
                    database = catalog.catalog().shared().databases().get((String) object);
                    if (database == null) {
                        throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"%s\" does not exist",
                                object);
                    }
                }
            }
            int valid = schema ? Privileges.ALL_SCHEMA : Privileges.ALL_DATABASE;
            for (String mode : modes(modes)) {
                boolean grantOption = mode.endsWith(" WITH GRANT OPTION");
                String word = grantOption ? mode.substring(0, mode.length() - " WITH GRANT OPTION".length()) : mode;
                int bit = Privileges.bit(word);
                if (bit == 0 || (bit & valid) == 0) {
                    throw unrecognized(modes, mode);
                }
                int wanted = grantOption ? bit << 16 : bit;
                ObjectAcl acl = schema ? auth.schemaAcl(namespace) : auth.databaseAcl(database);
                boolean held = schema && !grantOption && SchemaDescriptor.isSystem(namespace.name())
                        ? auth.hasSchemaPrivilege(user.oid(), namespace, bit)
                        : auth.mask(acl.effectiveAcl(), acl.owner(), user.oid(), wanted, true) == wanted;
                if (held) {
                    return true;
                }
            }
            return false;
        }

        /** A role by name (42704 when missing) or by OID (null when missing). */
        private RoleDescriptor role(Object value, boolean byOid) {
            if (byOid) {
                return catalog.roleByOid((int) (long) (Long) value);
            }
            RoleDescriptor role = catalog.role((String) value);
            if (role == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", value);
            }
            return role;
        }

        private SequenceDescriptor sequenceByOid(int oid) {
            for (SequenceDescriptor s : catalog.sequences()) {
                if (s.oid() == oid) {
                    return s;
                }
            }
            return null;
        }

        private static List<String> modes(String text) {
            List<String> out = new ArrayList<>();
            for (String part : text.split(",")) {
                out.add(part.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
            }
            return out;
        }

        /** convert_any_priv_string's error names the chunk as written. */
        private static PgException unrecognized(String text, String mode) {
            String written = mode;
            for (String part : text.split(",")) {
                if (part.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT).equals(mode)) {
                    written = part.strip();
                    break;
                }
            }
            return new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized privilege type: \"%s\"", written);
        }
    }
}
