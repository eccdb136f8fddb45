package io.pglitedb.catalog;

import java.util.Objects;

/**
 * A schema as pg_namespace describes it. The system schemas (pg_catalog, information_schema,
 * pg_toast) are built in and never stored; public and user schemas are catalog entries.
 */
public record SchemaDescriptor(int oid, String name, int ownerOid) {
    public static final String PG_CATALOG = "pg_catalog";
    public static final String PUBLIC = "public";
    public static final String INFORMATION_SCHEMA = "information_schema";
    public static final String PG_TOAST = "pg_toast";
    public static final int PG_CATALOG_OID = 11;
    public static final int PUBLIC_OID = 2200;
    public static final int INFORMATION_SCHEMA_OID = 13207;
    public static final int PG_TOAST_OID = 99;
    /** pg_database_owner: the owner of public since PostgreSQL 15. */
    public static final int DATABASE_OWNER_ROLE_OID = 6171;

    static final SchemaDescriptor CATALOG = new SchemaDescriptor(PG_CATALOG_OID, PG_CATALOG,
            RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
    static final SchemaDescriptor INFORMATION = new SchemaDescriptor(INFORMATION_SCHEMA_OID, INFORMATION_SCHEMA,
            RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
    static final SchemaDescriptor TOAST = new SchemaDescriptor(PG_TOAST_OID, PG_TOAST,
            RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);

    public SchemaDescriptor {
        Objects.requireNonNull(name, "name is null");
    }

    /** The system schemas that exist in every database and cannot be changed. */
    public static boolean isSystem(String name) {
        return name.equals(PG_CATALOG) || name.equals(INFORMATION_SCHEMA) || name.equals(PG_TOAST);
    }

    static SchemaDescriptor bootstrapPublic() {
        return new SchemaDescriptor(PUBLIC_OID, PUBLIC, DATABASE_OWNER_ROLE_OID);
    }

    public SchemaDescriptor withName(String newName) {
        return new SchemaDescriptor(oid, newName, ownerOid);
    }

    public SchemaDescriptor withOwner(int newOwner) {
        return new SchemaDescriptor(oid, name, newOwner);
    }
}
