package io.pglitedb.catalog;

import java.util.Objects;

/**
 * A database as pg_database describes it. Every database has its own catalog and rows under its
 * OID in the one store; roles are shared by all (as in a PostgreSQL cluster). Encoding is always
 * UTF8 and collation C.
 */
public record DatabaseDescriptor(int oid, String name, int ownerOid, boolean isTemplate, boolean allowConnections,
        int connectionLimit) {

    /** The database a fresh data directory starts with, OID 5 as after PostgreSQL's initdb. */
    public static final String POSTGRES = "postgres";
    public static final int POSTGRES_OID = 5;
    public static final String TEMPLATE1 = "template1";
    public static final int TEMPLATE1_OID = 1;
    public static final String TEMPLATE0 = "template0";
    public static final int TEMPLATE0_OID = 4;

    public DatabaseDescriptor {
        Objects.requireNonNull(name, "name is null");
    }

    public DatabaseDescriptor withName(String newName) {
        return new DatabaseDescriptor(oid, newName, ownerOid, isTemplate, allowConnections, connectionLimit);
    }

    public DatabaseDescriptor withOwner(int newOwnerOid) {
        return new DatabaseDescriptor(oid, name, newOwnerOid, isTemplate, allowConnections, connectionLimit);
    }

    public DatabaseDescriptor withOptions(boolean newIsTemplate, boolean newAllowConnections, int newConnectionLimit) {
        return new DatabaseDescriptor(oid, name, ownerOid, newIsTemplate, newAllowConnections, newConnectionLimit);
    }
}
