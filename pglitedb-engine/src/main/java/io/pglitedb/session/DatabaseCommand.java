package io.pglitedb.session;

import io.pglitedb.catalog.DatabaseDescriptor;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SharedCatalog;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterDatabase;
import io.pglitedb.sql.ast.CreateDatabase;
import io.pglitedb.sql.ast.DatabaseOption;
import io.pglitedb.sql.ast.DropDatabase;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CREATE / ALTER / DROP DATABASE with PostgreSQL 15's checks and texts (dbcommands.c). Like
 * PostgreSQL, CREATE and DROP refuse to run in a transaction block; each runs in a transaction of
 * its own that commits before the new database is usable or the dropped one's rows are deleted.
 * A new database is a copy of its template's catalog and rows (template1 by default).
 */
final class DatabaseCommand {
    /** Options CREATE DATABASE accepts; those this engine ignores are listed in {@link #IGNORED}. */
    private static final Set<String> CREATE_OPTIONS = Set.of("owner", "template", "encoding", "locale", "lc_collate",
            "lc_ctype", "icu_locale", "locale_provider", "collation_version", "tablespace", "allow_connections",
            "connection_limit", "is_template", "oid", "strategy", "location");
    /** Accepted and without effect: collation is always C, storage one RocksDB, copying one way. */
    private static final Set<String> IGNORED = Set.of("locale", "lc_collate", "lc_ctype", "icu_locale",
            "locale_provider", "collation_version", "oid", "strategy", "location");
    private static final Set<String> ALTER_OPTIONS = Set.of("allow_connections", "connection_limit", "is_template",
            "tablespace");

    private final Session session;
    private final Database database;
    private final SharedCatalog shared;
    private final ResultSink sink;

    DatabaseCommand(Session session, ResultSink sink) {
        this.session = session;
        this.sink = sink;
        this.database = session.database();
        this.shared = database.sharedCatalog();
    }

    private io.pglitedb.security.Authorization authorization() {
        return new io.pglitedb.security.Authorization(new io.pglitedb.catalog.CatalogView(
                database.catalog(session.databaseOid())));
    }

    /** pg_database_ownercheck: the owner's privileges (superusers pass). */
    private boolean owns(RoleDescriptor me, DatabaseDescriptor target) {
        return me.superuser() || authorization().hasPrivilegesOf(me.oid(), target.ownerOid());
    }

    private RoleDescriptor currentRole() {
        RoleDescriptor me = shared.role(session.currentUser());
        if (me == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", session.currentUser());
        }
        return me;
    }

    String create(CreateDatabase create) {
        preventInTransactionBlock("CREATE DATABASE");
        Map<String, DatabaseOption> options = distinct(create.options(), CREATE_OPTIONS);
        RoleDescriptor me = currentRole();
        if (!me.superuser() && !me.createDb()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to create database");
        }
        String templateName = word(options.get("template"), DatabaseDescriptor.TEMPLATE1);
        DatabaseDescriptor template = shared.database(templateName);
        if (template == null) {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "template database \"%s\" does not exist", templateName);
        }
        if (!template.isTemplate() && !me.superuser() && template.ownerOid() != me.oid()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to copy database \"%s\"",
                    templateName);
        }
        RoleDescriptor owner = me;
        if (options.get("owner") != null) {
            owner = existingRole(word(options.get("owner"), null));
            if (!me.superuser() && owner.oid() != me.oid()) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be member of role \"%s\"", owner.name());
            }
        }
        checkEncoding(options.get("encoding"));
        checkTablespace(options.get("tablespace"));
        int connectionLimit = connectionLimit(options.get("connection_limit"), -1);
        boolean isTemplate = bool(options.get("is_template"), false);
        boolean allowConnections = bool(options.get("allow_connections"), true);
        for (String ignored : IGNORED) {
            options.remove(ignored);
        }
        busyCheck(template, "source database \"%s\" is being accessed by other users");

        Transaction txn = database.transactions().begin(session.backend());
        try {
            if (shared.database(create.name()) != null || shared.lockDatabaseName(txn, create.name()) != null) {
                throw new PgException(SqlState.DUPLICATE_DATABASE, "database \"%s\" already exists", create.name());
            }
            DatabaseDescriptor created = new DatabaseDescriptor(shared.allocateOid(), create.name(), owner.oid(),
                    isTemplate, allowConnections, connectionLimit);
            database.catalog(template.oid()).saveSequences(); // copy their values, not their reservations
            copyContents(txn, template.oid(), created.oid());
            shared.writeDatabase(txn, created);
            txn.commit();
            database.databaseCreated(created);
        } finally {
            txn.rollback(); // no-op after the commit
        }
        return "CREATE DATABASE";
    }

    /** Copies every committed key of the template (its catalog and its rows) under the new OID. */
    private void copyContents(Transaction txn, int fromOid, int toOid) {
        byte[] from = new KeyEncoder().addInt(fromOid).toBytes();
        List<byte[][]> entries = new ArrayList<>();
        database.transactions().scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            byte[] copy = key.clone();
            ByteBuffer.wrap(copy).putInt(0, toOid);
            entries.add(new byte[][] {copy, value});
            return true;
        });
        for (byte[][] entry : entries) {
            txn.put(entry[0], entry[1]);
        }
    }

    String drop(DropDatabase drop) {
        preventInTransactionBlock("DROP DATABASE");
        DatabaseDescriptor target = shared.database(drop.name());
        if (target == null) {
            if (drop.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                        "database \"%s\" does not exist, skipping", drop.name()).withSeverity("NOTICE"));
                return "DROP DATABASE";
            }
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"%s\" does not exist", drop.name());
        }
        RoleDescriptor me = currentRole();
        if (!owns(me, target)) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be owner of database %s", drop.name());
        }
        if (target.isTemplate()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot drop a template database");
        }
        if (target.oid() == session.databaseOid()) {
            throw new PgException(SqlState.OBJECT_IN_USE, "cannot drop the currently open database");
        }
        if (drop.force()) {
            for (Session other : database.sessionsOf(target.oid(), session)) {
                other.terminate();
            }
        } else {
            busyCheck(target, "database \"%s\" is being accessed by other users");
        }
        Transaction txn = database.transactions().begin(session.backend());
        try {
            shared.lockDatabaseName(txn, target.name());
            shared.deleteDatabase(txn, target.name());
            shared.databaseAcls().delete(txn, target.oid());
            shared.roleSettings().deleteDatabase(txn, target.oid());
            txn.commit();
            shared.roleSettings().databaseDropped(target.oid());
        } finally {
            txn.rollback(); // no-op after the commit
        }
        database.databaseDropped(target);
        byte[] space = new KeyEncoder().addInt(target.oid()).toBytes();
        database.transactions().store().deleteRange(space, KeyEncoder.prefixEnd(space));
        return "DROP DATABASE";
    }

    String alter(AlterDatabase alter) {
        DatabaseDescriptor target = shared.database(alter.name());
        if (target == null) {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"%s\" does not exist", alter.name());
        }
        RoleDescriptor me = currentRole();
        DatabaseDescriptor changed;
        if (alter.newName() != null) {
            if (!owns(me, target)) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be owner of database %s", alter.name());
            }
            if (!me.superuser() && !me.createDb()) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to rename database");
            }
            if (target.oid() == session.databaseOid()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "current database cannot be renamed");
            }
            busyCheck(target, "database \"%s\" is being accessed by other users");
            changed = target.withName(alter.newName());
        } else if (alter.newOwner() != null) {
            String ownerName = switch (alter.newOwner()) {
                case "current_user", "current_role" -> session.currentUser();
                case "session_user" -> session.sessionUser();
                default -> alter.newOwner();
            };
            RoleDescriptor owner = existingRole(ownerName);
            if (owner.oid() != target.ownerOid()) {
                if (!owns(me, target)) {
                    throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be owner of database %s", alter.name());
                }
                if (!authorization().isMemberOf(me.oid(), owner.oid())) {
                    throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be member of role \"%s\"",
                            owner.name());
                }
                if (!me.superuser() && !me.createDb()) {
                    throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                            "permission denied to change owner of database");
                }
            }
            changed = target.withOwner(owner.oid());
        } else {
            Map<String, DatabaseOption> options = distinct(alter.options(), ALTER_OPTIONS);
            if (!owns(me, target)) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be owner of database %s", alter.name());
            }
            checkTablespace(options.get("tablespace"));
            boolean allowConnections = bool(options.get("allow_connections"), target.allowConnections());
            if (!allowConnections && target.oid() == session.databaseOid()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "cannot disallow connections for current database");
            }
            changed = target.withOptions(bool(options.get("is_template"), target.isTemplate()), allowConnections,
                    connectionLimit(options.get("connection_limit"), target.connectionLimit()));
        }
        Transaction txn = database.transactions().begin(session.backend());
        try {
            shared.lockDatabaseName(txn, target.name());
            if (!changed.name().equals(target.name())) {
                if (shared.database(changed.name()) != null || shared.lockDatabaseName(txn, changed.name()) != null) {
                    throw new PgException(SqlState.DUPLICATE_DATABASE, "database \"%s\" already exists", changed.name());
                }
                shared.deleteDatabase(txn, target.name());
            }
            shared.writeDatabase(txn, changed);
            io.pglitedb.catalog.ObjectAcl acl = shared.databaseAcls().acl(target.oid());
            if (acl != null && changed.ownerOid() != target.ownerOid()) { // aclnewowner
                acl = acl.ownedBy(target.ownerOid()).withOwner(changed.ownerOid());
                shared.databaseAcls().write(txn, acl);
            } else {
                acl = null;
            }
            txn.commit();
            if (acl != null) {
                shared.databaseAcls().published(acl);
            }
        } finally {
            txn.rollback(); // no-op after the commit
        }
        database.databaseChanged(target, changed);
        return "ALTER DATABASE";
    }

    private void preventInTransactionBlock(String what) {
        if (session.inAnyTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "%s cannot run inside a transaction block", what);
        }
    }

    /**
     * 55006 when other sessions are connected to the database (DETAIL with their number). Like
     * PostgreSQL's CountOtherDBBackends it first waits up to 5 seconds for them to end: a client
     * that just disconnected (psql's {@code \c}) may not have been noticed yet.
     */
    private void busyCheck(DatabaseDescriptor target, String message) {
        int others = database.sessionsOf(target.oid(), session).size();
        for (int tries = 0; others > 0 && tries < 50; tries++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            others = database.sessionsOf(target.oid(), session).size();
        }
        if (others > 0) {
            throw new PgException(SqlState.OBJECT_IN_USE, message, target.name()).withDetail(others == 1
                    ? "There is 1 other session using the database."
                    : "There are " + others + " other sessions using the database.");
        }
    }

    private RoleDescriptor existingRole(String name) {
        RoleDescriptor role = shared.role(name);
        if (role == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
        }
        return role;
    }

    /** The options by name; 42601 for an unknown one or one given twice, as PostgreSQL. */
    private static Map<String, DatabaseOption> distinct(List<DatabaseOption> options, Set<String> known) {
        Map<String, DatabaseOption> byName = new HashMap<>();
        for (DatabaseOption option : options) {
            if (!known.contains(option.name())) {
                throw new PgException(SqlState.SYNTAX_ERROR, "option \"%s\" not recognized", option.name())
                        .withPosition(option.position() + 1);
            }
            if (byName.put(option.name(), option) != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(option.position() + 1);
            }
        }
        return byName;
    }

    private static String word(DatabaseOption option, String otherwise) {
        return option == null || option.value() == null ? otherwise : option.value().toString();
    }

    /** Only UTF8 is stored (it is what PostgreSQL's initdb picks for a UTF-8 locale). */
    private static void checkEncoding(DatabaseOption option) {
        if (option == null || option.value() == null) {
            return;
        }
        String name = option.value().toString().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (!name.equals("UTF8") && !name.equals("UNICODE") && !name.equals("6")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "encoding \"%s\" is not supported",
                    option.value()).withDetail("PGLiteDB stores every database in UTF8.")
                    .withPosition(option.position() + 1);
        }
    }

    private static void checkTablespace(DatabaseOption option) {
        if (option != null && option.value() != null && !option.value().equals("pg_default")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "tablespace \"%s\" does not exist", option.value());
        }
    }

    private static int connectionLimit(DatabaseOption option, int otherwise) {
        if (option == null || option.value() == null) {
            return otherwise;
        }
        if (!(option.value() instanceof Integer limit)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid connection limit: %s", option.value());
        }
        if (limit < -1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid connection limit: %d", limit);
        }
        return limit;
    }

    /** PostgreSQL's boolean option spellings (defGetBoolean). */
    private static boolean bool(DatabaseOption option, boolean otherwise) {
        if (option == null) {
            return otherwise;
        }
        Object v = option.value();
        if (v instanceof Integer i && (i == 0 || i == 1)) {
            return i == 1;
        }
        String text = v == null ? "" : v.toString().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "on" -> true;
            case "false", "off" -> false;
            default -> throw new PgException(SqlState.SYNTAX_ERROR, "%s requires a Boolean value", option.name());
        };
    }
}
