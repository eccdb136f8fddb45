package io.pglitedb.sql.ast;

/** {@code ALTER TABLE|SEQUENCE [IF EXISTS] name OWNER TO role} (objectType "table" or "sequence"). */
public record AlterOwner(String objectType, QualifiedName name, boolean ifExists, RoleSpec owner)
        implements Statement {
}
