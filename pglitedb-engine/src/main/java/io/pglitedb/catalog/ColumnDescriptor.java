package io.pglitedb.catalog;

import io.pglitedb.types.DataType;
import java.util.Objects;

/**
 * One column of a table as the catalog stores it.
 *
 * @param attributeNumber 1-based position (pg_attribute.attnum)
 * @param defaultSql the DEFAULT expression as SQL text (re-analysed when used), or null; a serial
 *     column's is {@code nextval('public.t_id_seq'::regclass)}
 * @param sequenceName the sequence of an identity column (its values come from nextval of it), or null
 * @param identity {@link #IDENTITY_ALWAYS}, {@link #IDENTITY_BY_DEFAULT} or {@link #NOT_IDENTITY}
 * @param generated true for GENERATED ALWAYS AS (expr) STORED: {@code defaultSql} is then the
 *     generation expression, computed from the row's other columns whenever a row is written
 * @param domainOid the domain the column was declared with (pg_attribute.atttypid), 0 for none;
 *     {@code type} is then the domain's base type, what the column's values are
 * @param settings COLLATE, statistics target and storage (see {@link ColumnSettings})
 */
public record ColumnDescriptor(String name, int attributeNumber, DataType type, boolean notNull,
        String defaultSql, String sequenceName, char identity, boolean generated, int domainOid,
        ColumnSettings settings) {
    public static final char NOT_IDENTITY = '\0';
    public static final char IDENTITY_ALWAYS = 'a';
    public static final char IDENTITY_BY_DEFAULT = 'd';

    public ColumnDescriptor {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(settings, "settings is null");
    }

    public ColumnDescriptor(String name, int attributeNumber, DataType type, boolean notNull, String defaultSql,
            String sequenceName, char identity, boolean generated, int domainOid) {
        this(name, attributeNumber, type, notNull, defaultSql, sequenceName, identity, generated, domainOid,
                ColumnSettings.DEFAULT);
    }

    public ColumnDescriptor(String name, int attributeNumber, DataType type, boolean notNull, String defaultSql,
            String sequenceName, char identity, boolean generated) {
        this(name, attributeNumber, type, notNull, defaultSql, sequenceName, identity, generated, 0);
    }

    public ColumnDescriptor(String name, int attributeNumber, DataType type, boolean notNull, String defaultSql,
            String sequenceName, char identity) {
        this(name, attributeNumber, type, notNull, defaultSql, sequenceName, identity, false);
    }

    public ColumnDescriptor(String name, int attributeNumber, DataType type, boolean notNull, String defaultSql,
            String sequenceName) {
        this(name, attributeNumber, type, notNull, defaultSql, sequenceName,
                sequenceName == null ? NOT_IDENTITY : IDENTITY_BY_DEFAULT);
    }

    /** pg_attribute.attgenerated: "s" for a stored generated column, else empty. */
    public String attgenerated() {
        return generated ? "s" : "";
    }

    /** The DEFAULT expression (null for a generated column, whose defaultSql is its generation expression). */
    public String plainDefault() {
        return generated ? null : defaultSql;
    }

    public boolean isIdentity() {
        return identity != NOT_IDENTITY;
    }

    public ColumnDescriptor withNotNull(boolean newNotNull) {
        return new ColumnDescriptor(name, attributeNumber, type, newNotNull, defaultSql, sequenceName, identity, generated, domainOid, settings);
    }

    public ColumnDescriptor withDefault(String newDefaultSql) {
        return new ColumnDescriptor(name, attributeNumber, type, notNull, newDefaultSql, sequenceName, identity, generated, domainOid, settings);
    }

    public ColumnDescriptor withName(String newName) {
        return new ColumnDescriptor(newName, attributeNumber, type, notNull, defaultSql, sequenceName, identity, generated, domainOid, settings);
    }

    public ColumnDescriptor withDomain(int newDomainOid) {
        return new ColumnDescriptor(name, attributeNumber, type, notNull, defaultSql, sequenceName, identity, generated,
                newDomainOid, settings);
    }

    public ColumnDescriptor withSettings(ColumnSettings newSettings) {
        return new ColumnDescriptor(name, attributeNumber, type, notNull, defaultSql, sequenceName, identity, generated,
                domainOid, newSettings);
    }

    /** pg_attribute.attcollation: the COLLATE written for the column, else its type's collation (0: none). */
    public int collation() {
        return settings.collation() != 0 ? settings.collation() : Collations.ofType(type.type());
    }

    /** pg_attribute.atttypid: the domain's OID for a column declared with one, else its type's. */
    public int declaredTypeOid() {
        return domainOid != 0 ? domainOid : type.oid();
    }

    /** pg_attribute.atttypmod: -1 for a domain column (the modifier is the domain's typtypmod). */
    public int declaredTypmod() {
        return domainOid != 0 ? -1 : type.typmod();
    }

    /** PostgreSQL's system column names, by attnum -1 .. -6: no user column may take them. */
    public static final java.util.List<String> SYSTEM_COLUMNS =
            java.util.List.of("ctid", "xmin", "cmin", "xmax", "cmax", "tableoid");

    /** The attnum of system column {@code name} (-1 ctid ... -6 tableoid), or 0 when it is none. */
    public static int systemAttributeNumber(String name) {
        int index = SYSTEM_COLUMNS.indexOf(name);
        return index < 0 ? 0 : -(index + 1);
    }

    /** 42701 when {@code name} is a system column's name. */
    public static void checkNotSystemName(String name) {
        if (SYSTEM_COLUMNS.contains(name)) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.DUPLICATE_COLUMN,
                    "column name \"%s\" conflicts with a system column name", name);
        }
    }
}
