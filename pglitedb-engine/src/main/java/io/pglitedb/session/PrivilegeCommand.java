package io.pglitedb.session;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.Privileges;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.ast.GrantPrivileges;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.RoleSpec;
import io.pglitedb.txn.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GRANT and REVOKE of privileges on tables (and their columns), sequences, schemas, databases and routines
 * (EXECUTE on functions and procedures), as PostgreSQL's
 * aclchk.c does it: the grantor is the owner when the current user has the owner's privileges,
 * else a role whose grant options the current user holds (select_best_grantor); what cannot be
 * granted is dropped with a WARNING, nothing at all with 42501; grants add to the grantee's entry
 * from that grantor, revokes remove from it, and revoking a grant option also revokes what was
 * granted with it (CASCADE, else 2BP01).
 */
final class PrivilegeCommand {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView view;
    private final ResultSink sink;
    private final Authorization auth;

    PrivilegeCommand(Session session, Catalog catalog, Transaction transaction, CatalogView view, ResultSink sink) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.view = view;
        this.sink = sink;
        this.auth = new Authorization(view);
    }

    /**
     * An object named by GRANT: a table, a sequence, a schema or a database, with its ACL entry's
     * kind; {@code owner} is the owner kept by a schema's or database's descriptor (-1: the ACL
     * entry's).
     */
    private record Target(int oid, String name, char kind, TableDescriptor table, int owner, boolean procedure) {
        Target(int oid, String name, char kind, TableDescriptor table, int owner) {
            this(oid, name, kind, table, owner, false);
        }

        boolean sequence() {
            return kind == ObjectAcl.SEQUENCE;
        }

        String kindName() {
            return switch (kind) {
                case ObjectAcl.SEQUENCE -> "sequence";
                case ObjectAcl.SCHEMA -> "schema";
                case ObjectAcl.DATABASE -> "database";
                case ObjectAcl.FUNCTION -> procedure ? "procedure" : "function";
                default -> "table";
            };
        }
    }

    private static boolean isRoutineType(String objectType) {
        return objectType.equals("FUNCTION") || objectType.equals("PROCEDURE") || objectType.equals("ROUTINE");
    }

    String run(GrantPrivileges grant) {
        String tag = grant.revoke() ? "REVOKE" : "GRANT";
        boolean sequenceKeyword = grant.objectType().equals("SEQUENCE");
        char namedKind = switch (grant.objectType()) {
            case "SCHEMA" -> ObjectAcl.SCHEMA;
            case "DATABASE" -> ObjectAcl.DATABASE;
            case "FUNCTION", "PROCEDURE", "ROUTINE" -> ObjectAcl.FUNCTION;
            default -> sequenceKeyword ? ObjectAcl.SEQUENCE : ObjectAcl.TABLE;
        };
        // privileges: ALL, or named ones (table level, and per column)
        int tablePrivileges = 0;
        Map<String, Integer> columnPrivileges = new LinkedHashMap<>();
        boolean all = grant.privileges() == null;
        if (all && grant.allColumns().isEmpty()) {
            tablePrivileges = ObjectAcl.owned(0, namedKind, 0).allPrivileges();
        } else if (all) {
            for (String c : grant.allColumns()) {
                columnPrivileges.merge(c, Privileges.ALL_COLUMN, (a, b) -> a | b);
            }
        } else {
            for (GrantPrivileges.Privilege p : grant.privileges()) {
                int bit = Privileges.bit(p.name());
                if (bit == 0) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized privilege type \"%s\"", p.name());
                }
                if (p.columns().isEmpty()) {
                    tablePrivileges |= bit;
                } else {
                    for (String c : p.columns()) {
                        columnPrivileges.merge(c, bit, (a, b) -> a | b);
                    }
                }
            }
        }
        if (!columnPrivileges.isEmpty() && (namedKind == ObjectAcl.SCHEMA || namedKind == ObjectAcl.DATABASE
                || namedKind == ObjectAcl.FUNCTION)) {
            throw new PgException(SqlState.INVALID_GRANT_OPERATION, "column privileges are only valid for relations");
        }
        List<Target> targets = targets(grant, sequenceKeyword);
        List<Integer> grantees = new ArrayList<>();
        for (RoleSpec spec : grant.grantees()) {
            grantees.add(grantee(spec));
        }
        if (grant.grantOption() && !grant.revoke() && grantees.contains(AclItem.PUBLIC)) {
            throw new PgException(SqlState.INVALID_GRANT_OPERATION, "grant options can only be granted to roles");
        }
        if (grant.grantedBy() != null) {
            int by = grantee(grant.grantedBy());
            RoleDescriptor me = view.role(session.currentUser());
            if (me == null || by != me.oid()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "grantor must be current user");
            }
        }
        for (Target target : targets) {
            int privileges = tablePrivileges;
            if (target.sequence()) {
                int valid = Privileges.ALL_SEQUENCE;
                if (sequenceKeyword) {
                    checkValid(privileges | union(columnPrivileges), valid, "sequence");
                } else if (!all && (privileges & ~valid) != 0) {
                    sink.notice(new PgException(SqlState.WARNING, "sequence \"%s\" only supports USAGE, SELECT, and "
                            + "UPDATE privileges", target.name()).withSeverity("WARNING"));
                }
                if (!columnPrivileges.isEmpty()) {
                    throw new PgException(SqlState.INVALID_GRANT_OPERATION, "invalid privilege type %s for column",
                            Privileges.name(Integer.lowestOneBit(union(columnPrivileges))));
                }
                privileges &= valid;
            } else if (target.kind() == ObjectAcl.TABLE) {
                checkValid(privileges, Privileges.ALL_TABLE, "table");
                checkValid(union(columnPrivileges), Privileges.ALL_COLUMN, "column");
            } else if (target.kind() == ObjectAcl.FUNCTION) {
                checkValid(privileges, Privileges.EXECUTE, grant.objectType().equals("PROCEDURE") ? "procedure"
                        : grant.objectType().equals("ROUTINE") ? "routine" : "function");
            } else {
                checkValid(privileges, ObjectAcl.owned(0, target.kind(), 0).allPrivileges(), target.kindName());
            }
            apply(grant, target, privileges, all && grant.allColumns().isEmpty(), columnPrivileges, grantees);
        }
        return tag;
    }

    private static int union(Map<String, Integer> columnPrivileges) {
        int u = 0;
        for (int p : columnPrivileges.values()) {
            u |= p;
        }
        return u;
    }

    private static void checkValid(int privileges, int valid, String kind) {
        int invalid = privileges & ~valid;
        if (invalid != 0) {
            throw new PgException(SqlState.INVALID_GRANT_OPERATION, "invalid privilege type %s for %s",
                    Privileges.name(Integer.lowestOneBit(invalid)), kind);
        }
    }

    private int grantee(RoleSpec spec) {
        String name = session.roleName(spec);
        if (name == null) {
            return AclItem.PUBLIC;
        }
        RoleDescriptor role = view.role(name);
        if (role == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
        }
        return role.oid();
    }

    private List<Target> targets(GrantPrivileges grant, boolean sequenceKeyword) {
        List<Target> targets = new ArrayList<>();
        if (grant.objectType().equals("SCHEMA")) {
            for (QualifiedName name : grant.objects()) {
                io.pglitedb.catalog.SchemaDescriptor schema = view.schema(name.name());
                if (schema == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", name.name());
                }
                targets.add(new Target(schema.oid(), schema.name(), ObjectAcl.SCHEMA, null, schema.ownerOid()));
            }
            return targets;
        }
        if (grant.objectType().equals("DATABASE")) {
            for (QualifiedName name : grant.objects()) {
                io.pglitedb.catalog.DatabaseDescriptor database = catalog.shared().databases().get(name.name());
                if (database == null) {
                    throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"%s\" does not exist",
                            name.name());
                }
                targets.add(new Target(database.oid(), database.name(), ObjectAcl.DATABASE, null,
                        database.ownerOid()));
            }
            return targets;
        }
        if (isRoutineType(grant.objectType())) {
            return routineTargets(grant);
        }
        if (grant.allInSchema()) {
            for (QualifiedName schema : grant.objects()) {
                if (view.schema(schema.name()) == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", schema.name());
                }
                if (sequenceKeyword) {
                    view.sequences().stream().filter(s -> s.schema().equals(schema.name()))
                            .sorted((a, b) -> Integer.compare(a.oid(), b.oid()))
                            .forEach(s -> targets.add(new Target(s.oid(), s.name(), ObjectAcl.SEQUENCE, null, -1)));
                } else {
                    view.tables().stream().filter(t -> t.schema().equals(schema.name()))
                            .sorted((a, b) -> Integer.compare(a.oid(), b.oid()))
                            .forEach(t -> targets.add(new Target(t.oid(), t.name(), ObjectAcl.TABLE, t, -1)));
                }
            }
            return targets;
        }
        for (QualifiedName name : grant.objects()) {
            String schema = UtilityCommands.schemaOf(view, session.searchPath(), name);
            TableDescriptor table = view.table(schema, name.name());
            SequenceDescriptor sequence = table == null ? view.sequence(schema, name.name()) : null;
            if (table == null && sequence == null) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name.name());
            }
            if (sequenceKeyword && sequence == null) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a sequence", name.name());
            }
            targets.add(table != null ? new Target(table.oid(), table.name(), ObjectAcl.TABLE, table, -1)
                    : new Target(sequence.oid(), sequence.name(), ObjectAcl.SEQUENCE, null, -1));
        }
        return targets;
    }

    /** ON FUNCTION|PROCEDURE|ROUTINE signatures, or ON ALL FUNCTIONS|PROCEDURES|ROUTINES IN SCHEMA s. */
    private List<Target> routineTargets(GrantPrivileges grant) {
        List<Target> targets = new ArrayList<>();
        String type = grant.objectType();
        if (grant.allInSchema()) {
            for (QualifiedName schema : grant.objects()) {
                if (view.schema(schema.name()) == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", schema.name());
                }
                catalog.routines().all().stream()
                        .filter(r -> r.schema().equals(schema.name()) && (type.equals("ROUTINE")
                                || (r.kind() == 'p') == type.equals("PROCEDURE")))
                        .sorted((a, b) -> Integer.compare(a.oid(), b.oid()))
                        .forEach(r -> targets.add(routineTarget(r)));
            }
            return targets;
        }
        for (io.pglitedb.sql.ast.DropFunction.Item item : grant.routines()) {
            targets.add(routineTarget(lookupRoutine(item, type)));
        }
        return targets;
    }

    private static Target routineTarget(io.pglitedb.catalog.RoutineDescriptor r) {
        return new Target(r.oid(), r.name(), ObjectAcl.FUNCTION, null, r.owner(), r.kind() == 'p');
    }

    /** LookupFuncWithArgs: the routine a signature names, with PostgreSQL's errors. */
    private io.pglitedb.catalog.RoutineDescriptor lookupRoutine(io.pglitedb.sql.ast.DropFunction.Item item,
            String type) {
        String kind = type.equals("PROCEDURE") ? "procedure" : type.equals("ROUTINE") ? "routine" : "function";
        List<Integer> types = null;
        if (item.argumentTypes() != null) {
            types = new ArrayList<>();
            for (io.pglitedb.sql.ast.TypeName t : item.argumentTypes()) {
                types.add(io.pglitedb.sql.analyze.UserFunctions.typeOid(t));
            }
        }
        QualifiedName name = item.name();
        List<io.pglitedb.catalog.RoutineDescriptor> matches = new ArrayList<>();
        List<String> order = name.schema() != null ? List.of(name.schema())
                : session.searchPath().lookupOrder(view);
        for (String schema : order) {
            for (io.pglitedb.catalog.RoutineDescriptor r : catalog.routines().named(name.name())) {
                if (r.schema().equals(schema) && (types == null || r.argumentTypes().equals(types))) {
                    matches.add(r);
                }
            }
            if (!matches.isEmpty() && types != null) {
                break;
            }
        }
        String display = (name.schema() == null ? "" : name.schema() + ".") + name.name();
        if (matches.isEmpty()) {
            if (types == null) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "could not find a %s named \"%s\"", kind, display);
            }
            List<String> names = new ArrayList<>();
            for (int oid : types) {
                names.add(io.pglitedb.types.Types.formatType(io.pglitedb.sql.analyze.UserFunctions.dataType(oid)));
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "%s %s(%s) does not exist", kind, display,
                    String.join(", ", names));
        }
        if (matches.size() > 1) {
            throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "%s name \"%s\" is not unique", kind, display)
                    .withHint("Specify the argument list to select the " + kind + " unambiguously.");
        }
        io.pglitedb.catalog.RoutineDescriptor r = matches.get(0);
        if (type.equals("FUNCTION") && r.kind() == 'p' || type.equals("PROCEDURE") && r.kind() != 'p') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "%s(%s) is not a %s", display,
                    RoutineCommands.argumentList(r), kind);
        }
        return r;
    }

    private void apply(GrantPrivileges grant, Target target, int privileges, boolean allPrivileges,
            Map<String, Integer> columnPrivileges, List<Integer> grantees) {
        char kind = target.kind();
        ObjectAcl stored = catalog.security().lockAcl(transaction, target.oid(), kind);
        ObjectAcl acl = view.security().acl(target.oid());
        if (acl == null) {
            acl = stored != null ? stored : ObjectAcl.owned(target.oid(), kind, RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
        }
        if (target.owner() >= 0) {
            acl = acl.ownedBy(target.owner());
        }
        int me = session.currentRoleOid(view);
        int whole = acl.allPrivileges();
        // select_best_grantor
        int grantor;
        int available;
        if (auth.hasPrivilegesOf(me, acl.owner())) {
            grantor = acl.owner();
            available = whole;
        } else {
            grantor = -1;
            available = 0;
            for (int candidate : auth.memberOf(me, true)) {
                int goptions = auth.mask(acl.effectiveAcl(), acl.owner(), candidate, whole << 16, false) >>> 16;
                if (goptions != 0 && (grantor < 0 || Integer.bitCount(goptions) > Integer.bitCount(available))) {
                    grantor = candidate;
                    available = goptions;
                }
            }
            if (grantor < 0) {
                grantor = me;
            }
        }
        String objectKind = target.kindName();
        if (privileges != 0 || columnPrivileges.isEmpty()) {
            if (available == 0 && auth.mask(acl.effectiveAcl(), acl.owner(), grantor, whole | (whole << 16), false) == 0) {
                throw Authorization.denied(objectKind, target.name());
            }
            int granted = privileges & available;
            warnRestricted(grant.revoke(), granted, privileges, allPrivileges, "\"" + target.name() + "\"");
            List<AclItem> items = merge(acl.effectiveAcl(), grant.revoke(), grant.grantOption(), grantees, granted,
                    grantor, grant.cascade(), acl.owner(), objectKind, target.name());
            acl = acl.withAcl(items);
            if (grant.revoke() && target.table() != null && (granted & Privileges.ALL_COLUMN) != 0) {
                // revoking table privileges also revokes them from every column
                for (Map.Entry<Integer, List<AclItem>> e : acl.columns().entrySet()) {
                    acl = acl.withColumnAcl(e.getKey(), merge(e.getValue(), true, grant.grantOption(), grantees,
                            granted & Privileges.ALL_COLUMN, grantor, grant.cascade(), acl.owner(), objectKind,
                            target.name()));
                }
            }
        }
        for (Map.Entry<String, Integer> e : columnPrivileges.entrySet()) {
            String columnName = e.getKey();
            int attnum = attributeNumber(target.table(), columnName);
            List<AclItem> columnAcl = acl.columns().getOrDefault(attnum, List.of());
            int columnAvailable = available | (auth.mask(columnAcl, acl.owner(), grantor, Privileges.ALL_COLUMN << 16,
                    false) >>> 16);
            if (columnAvailable == 0 && auth.mask(acl.effectiveAcl(), acl.owner(), grantor, whole | (whole << 16),
                    false) == 0 && auth.mask(columnAcl, acl.owner(), grantor, 0xFFFF | 0xFFFF0000, false) == 0) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied for column \"%s\" of relation \"%s\"",
                        columnName, target.name());
            }
            int granted = e.getValue() & columnAvailable;
            warnRestricted(grant.revoke(), granted, e.getValue(), false,
                    "column \"" + columnName + "\" of relation \"" + target.name() + "\"");
            acl = acl.withColumnAcl(attnum, merge(columnAcl, grant.revoke(), grant.grantOption(),
                    grantees, granted, grantor, grant.cascade(), acl.owner(), objectKind, target.name()));
        }
        catalog.security().writeAcl(transaction, acl);
        view.security().aclChanged(acl);
    }

    /** The attnum of a column GRANT names: a user column's, or a system column's (tableoid ...) where it has them. */
    private static int attributeNumber(TableDescriptor table, String name) {
        int index = table.columnIndex(name);
        int system = ColumnDescriptor.systemAttributeNumber(name);
        if (index < 0 && system != 0 && table.relkind() != TableDescriptor.VIEW) {
            return system;
        }
        if (index < 0) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist", name,
                    table.name());
        }
        return table.columns().get(index).attributeNumber();
    }

    private void warnRestricted(boolean revoke, int granted, int wanted, boolean all, String what) {
        if (wanted == 0) {
            return; // e.g. only table privileges named for a sequence: warned about already
        }
        if (granted == 0) {
            sink.notice(new PgException(revoke ? SqlState.WARNING_PRIVILEGE_NOT_REVOKED
                    : SqlState.WARNING_PRIVILEGE_NOT_GRANTED, revoke ? "no privileges could be revoked for %s"
                    : "no privileges were granted for %s", what).withSeverity("WARNING"));
        } else if (!all && granted != wanted) {
            sink.notice(new PgException(revoke ? SqlState.WARNING_PRIVILEGE_NOT_REVOKED
                    : SqlState.WARNING_PRIVILEGE_NOT_GRANTED, revoke ? "not all privileges could be revoked for %s"
                    : "not all privileges were granted for %s", what).withSeverity("WARNING"));
        }
    }

    /**
     * merge_acl_with_grant: adds (or removes) {@code privileges} (with grant option, or only the
     * grant option on REVOKE GRANT OPTION FOR) for each grantee from {@code grantor}.
     */
    static List<AclItem> merge(List<AclItem> acl, boolean revoke, boolean grantOption, List<Integer> grantees,
            int privileges, int grantor, boolean cascade, int owner, String kind, String name) {
        List<AclItem> items = new ArrayList<>(acl);
        if (privileges == 0) {
            return items;
        }
        for (int grantee : grantees) {
            int index = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).grantee() == grantee && items.get(i).grantor() == grantor) {
                    index = i;
                    break;
                }
            }
            AclItem old = index >= 0 ? items.get(index) : new AclItem(grantee, grantor, 0, 0);
            AclItem updated;
            if (!revoke) {
                if (grantOption && grantee == owner && grantor != owner) {
                    throw new PgException(SqlState.INVALID_GRANT_OPERATION,
                            "grant options cannot be granted back to your own grantor");
                }
                updated = new AclItem(grantee, grantor, old.privileges() | privileges,
                        old.grantOptions() | (grantOption ? privileges : 0));
            } else {
                int goptionsLost = old.grantOptions() & privileges;
                updated = grantOption ? new AclItem(grantee, grantor, old.privileges(), old.grantOptions() & ~privileges)
                        : new AclItem(grantee, grantor, old.privileges() & ~privileges, old.grantOptions() & ~privileges);
                if (goptionsLost != 0 && grantee != AclItem.PUBLIC) {
                    items = revokeDependents(items, grantee, goptionsLost, cascade, owner);
                    index = items.indexOf(old);
                }
            }
            if (index >= 0) {
                if (updated.isEmpty()) {
                    items.remove(index);
                } else {
                    items.set(index, updated);
                }
            } else if (!updated.isEmpty()) {
                items.add(updated);
            }
        }
        return items;
    }

    /** recursive_revoke: what {@code grantee} granted using the grant options it loses goes too. */
    private static List<AclItem> revokeDependents(List<AclItem> items, int grantee, int lost, boolean cascade,
            int owner) {
        List<AclItem> out = new ArrayList<>(items);
        java.util.ArrayDeque<int[]> work = new java.util.ArrayDeque<>();
        work.add(new int[] {grantee, lost});
        while (!work.isEmpty()) {
            int[] next = work.poll();
            if (next[0] == owner) {
                continue; // the owner's grant options are implicit
            }
            for (int i = 0; i < out.size(); i++) {
                AclItem item = out.get(i);
                if (item.grantor() != next[0] || (item.privileges() & next[1]) == 0) {
                    continue;
                }
                if (!cascade) {
                    throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "dependent privileges exist")
                            .withHint("Use CASCADE to revoke them too.");
                }
                int lostHere = item.grantOptions() & next[1];
                AclItem reduced = new AclItem(item.grantee(), item.grantor(), item.privileges() & ~next[1],
                        item.grantOptions() & ~next[1]);
                if (reduced.isEmpty()) {
                    out.remove(i--);
                } else {
                    out.set(i, reduced);
                }
                if (lostHere != 0 && item.grantee() != AclItem.PUBLIC) {
                    work.add(new int[] {item.grantee(), lostHere});
                }
            }
        }
        return out;
    }
}
