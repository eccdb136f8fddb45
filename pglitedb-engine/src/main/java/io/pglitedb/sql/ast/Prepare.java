package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code PREPARE name [(type, ...)] AS statement}.
 *
 * @param statementText the text of the prepared statement (what follows AS)
 */
public record Prepare(String name, List<TypeName> parameterTypes, Statement statement, String statementText)
        implements Statement {
}
