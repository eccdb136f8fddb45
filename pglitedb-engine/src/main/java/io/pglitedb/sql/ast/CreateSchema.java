package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role] [element ...]} or
 * {@code CREATE SCHEMA AUTHORIZATION role [element ...]} (the schema is named after the role).
 *
 * @param name the schema's name, null when it is the owner's
 * @param owner the AUTHORIZATION role, null when not given, {@link #CURRENT_USER} for
 *     CURRENT_USER / CURRENT_ROLE or {@link #SESSION_USER}
 * @param elements CREATE TABLE / SEQUENCE / INDEX statements run in the new schema
 */
public record CreateSchema(String name, String owner, boolean ifNotExists, List<Statement> elements, int position)
        implements Statement {
    /** Stands for the current user as the AUTHORIZATION role. */
    public static final String CURRENT_USER = "\0current_user";
    /** Stands for the session user as the AUTHORIZATION role. */
    public static final String SESSION_USER = "\0session_user";

    public CreateSchema {
        elements = List.copyOf(elements);
    }
}
