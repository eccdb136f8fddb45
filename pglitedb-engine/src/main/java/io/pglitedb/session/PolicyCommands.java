package io.pglitedb.session;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RowSecurity;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.Checks;
import io.pglitedb.sql.analyze.ParameterTypes;
import io.pglitedb.sql.ast.AlterPolicy;
import io.pglitedb.sql.ast.CreatePolicy;
import io.pglitedb.sql.ast.DropPolicy;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.RoleSpec;
import io.pglitedb.sql.ast.RowSecurityAction;
import io.pglitedb.txn.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * Row-level security DDL (PostgreSQL's policy.c): CREATE / ALTER / DROP POLICY and ALTER TABLE
 * ... ENABLE / DISABLE / [NO] FORCE ROW LEVEL SECURITY, with PostgreSQL's checks and errors in
 * its order. Policies live in the table's security entry ({@link RowSecurity} inside
 * {@link ObjectAcl}), so they commit, roll back and disappear with the table.
 */
final class PolicyCommands {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView view;
    private final ResultSink sink;

    PolicyCommands(Session session, Catalog catalog, Transaction transaction, CatalogView view, ResultSink sink) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.view = view;
        this.sink = sink;
    }

    String create(CreatePolicy create) {
        checkClauses(create.command(), create.using() != null, create.withCheck() != null, true);
        List<Integer> roles = roles(create.roles());
        TableDescriptor table = table(create.table(), "must be owner of table %s");
        String using = condition(table, create.using(), create.usingSql());
        String withCheck = condition(table, create.withCheck(), create.withCheckSql());
        ObjectAcl acl = lockedAcl(table);
        if (acl.rowSecurity().policy(create.name()) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "policy \"%s\" for table \"%s\" already exists",
                    create.name(), table.name());
        }
        RowSecurity.Policy policy = new RowSecurity.Policy(catalog.allocateOid(), create.name(), create.command(),
                create.permissive(), roles, using, withCheck);
        write(acl.withRowSecurity(acl.rowSecurity().withPolicy(policy)));
        return "CREATE POLICY";
    }

    String alter(AlterPolicy alter) {
        List<Integer> roles = alter.roles() == null ? null : roles(alter.roles());
        TableDescriptor table = table(alter.table(), "must be owner of table %s");
        ObjectAcl acl = lockedAcl(table);
        RowSecurity.Policy policy = acl.rowSecurity().policy(alter.name());
        if (policy == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "policy \"%s\" for table \"%s\" does not exist",
                    alter.name(), table.name());
        }
        RowSecurity.Policy changed;
        if (alter.newName() != null) {
            if (acl.rowSecurity().policy(alter.newName()) != null) {
                throw new PgException(SqlState.DUPLICATE_OBJECT, "policy \"%s\" for table \"%s\" already exists",
                        alter.newName(), table.name());
            }
            changed = policy.withName(alter.newName());
        } else {
            checkClauses(policy.command(), alter.using() != null, alter.withCheck() != null, false);
            String using = alter.using() == null ? policy.using() : condition(table, alter.using(), alter.usingSql());
            String withCheck = alter.withCheck() == null ? policy.withCheck()
                    : condition(table, alter.withCheck(), alter.withCheckSql());
            changed = new RowSecurity.Policy(policy.oid(), policy.name(), policy.command(), policy.permissive(),
                    roles == null ? policy.roles() : roles, using, withCheck);
        }
        write(acl.withRowSecurity(acl.rowSecurity().withPolicy(changed)));
        return "ALTER POLICY";
    }

    String drop(DropPolicy drop) {
        String schema = UtilityCommands.schemaOf(view, session.searchPath(), drop.table());
        TableDescriptor table = view.table(schema, drop.table().name());
        if (table == null && drop.ifExists()) {
            notice("relation \"%s\" does not exist, skipping", drop.table().name());
            return "DROP POLICY";
        }
        table = table(drop.table(), "must be owner of relation %s");
        ObjectAcl acl = lockedAcl(table);
        RowSecurity.Policy policy = acl.rowSecurity().policy(drop.name());
        if (policy == null) {
            if (drop.ifExists()) {
                notice("policy \"%s\" for relation \"%s\" does not exist, skipping", drop.name(), table.name());
                return "DROP POLICY";
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "policy \"%s\" for table \"%s\" does not exist",
                    drop.name(), table.name());
        }
        write(acl.withRowSecurity(acl.rowSecurity().withoutPolicy(policy.oid())));
        return "DROP POLICY";
    }

    /** ALTER TABLE's row security flags (the caller checked ownership and locked the table). */
    void alterTable(TableDescriptor table, RowSecurityAction action) {
        ObjectAcl acl = lockedAcl(table);
        RowSecurity rls = acl.rowSecurity();
        rls = switch (action.kind()) {
            case ENABLE -> rls.withEnabled(true);
            case DISABLE -> rls.withEnabled(false);
            case FORCE -> rls.withForced(true);
            case NO_FORCE -> rls.withForced(false);
        };
        write(acl.withRowSecurity(rls));
    }

    private static void checkClauses(char command, boolean using, boolean withCheck, boolean creating) {
        if (creating && withCheck && (command == RowSecurity.SELECT || command == RowSecurity.DELETE)) {
            throw new PgException(SqlState.SYNTAX_ERROR, "WITH CHECK cannot be applied to SELECT or DELETE");
        }
        if (!creating && withCheck && (command == RowSecurity.SELECT || command == RowSecurity.DELETE)) {
            throw new PgException(SqlState.SYNTAX_ERROR, "only USING expression allowed for SELECT, DELETE");
        }
        if (using && command == RowSecurity.INSERT) {
            throw new PgException(SqlState.SYNTAX_ERROR, "only WITH CHECK expression allowed for INSERT");
        }
    }

    /** The policy's roles (policy_role_list_to_array): PUBLIC alone when it is among them. */
    private List<Integer> roles(List<RoleSpec> specs) {
        if (specs.isEmpty()) {
            return List.of(AclItem.PUBLIC);
        }
        List<Integer> roles = new ArrayList<>();
        boolean publicToo = false;
        for (RoleSpec spec : specs) {
            String name = session.roleName(spec);
            if (name == null) {
                publicToo = true;
                continue;
            }
            RoleDescriptor role = view.role(name);
            if (role == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
            }
            if (!roles.contains(role.oid())) {
                roles.add(role.oid());
            }
        }
        if (publicToo) {
            if (!roles.isEmpty()) {
                sink.notice(new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "ignoring specified roles other than PUBLIC").withSeverity("WARNING")
                        .withHint("All roles are members of the PUBLIC role."));
            }
            return List.of(AclItem.PUBLIC);
        }
        return roles;
    }

    /** The table a policy statement names: it must exist, be a table and be owned by the current user. */
    private TableDescriptor table(QualifiedName name, String notOwner) {
        String schema = UtilityCommands.schemaOf(view, session.searchPath(), name);
        TableDescriptor table = view.table(schema, name.name());
        if (table == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name.name());
        }
        if (table.isView()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", table.name());
        }
        Authorization auth = new Authorization(view);
        if (!auth.isOwner(session.currentRoleOid(view), auth.tableAcl(table.oid()))) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, notOwner, table.name());
        }
        return table;
    }

    /**
     * Validates a policy condition over the table's row and returns the text to store (null stays
     * null). Errors carry no cursor position, as PostgreSQL's (the condition is analysed apart).
     */
    private String condition(TableDescriptor table, Expr expr, String text) {
        if (expr == null) {
            return null;
        }
        AnalyzerContext context = new AnalyzerContext(view, new ParameterTypes(null), session.currentUser(),
                session.databaseName(), session.sequences(), session.searchPath());
        try {
            Checks.bindPolicy(table, expr, context);
        } catch (PgException e) {
            throw e.withPosition(0);
        }
        return text;
    }

    private ObjectAcl lockedAcl(TableDescriptor table) {
        ObjectAcl stored = catalog.security().lockAcl(transaction, table.oid());
        ObjectAcl acl = view.security().acl(table.oid());
        if (acl == null) {
            acl = stored != null ? stored : ObjectAcl.owned(table.oid(), ObjectAcl.TABLE,
                    RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
        }
        return acl;
    }

    private void write(ObjectAcl acl) {
        catalog.security().writeAcl(transaction, acl);
        view.security().aclChanged(acl);
    }

    private void notice(String format, Object... args) {
        sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, format, args).withSeverity("NOTICE"));
    }
}
