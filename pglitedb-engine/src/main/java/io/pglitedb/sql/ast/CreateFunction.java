package io.pglitedb.sql.ast;

import java.util.List;

/**
 * CREATE [OR REPLACE] FUNCTION | PROCEDURE. {@code returnType} is null for a procedure;
 * {@code tableColumns} holds RETURNS TABLE (...) columns (then returnsSet is true). {@code body} is
 * the source as PostgreSQL's prosrc: the AS string, or for a SQL-standard body (RETURN expr,
 * BEGIN ATOMIC ... END) its statements as text ({@code standardBody} true).
 *
 * @param volatility 'i', 's' or 'v'
 */
public record CreateFunction(QualifiedName name, boolean orReplace, boolean procedure,
        List<FunctionParameter> parameters, TypeName returnType, boolean returnsSet,
        List<FunctionParameter> tableColumns, String language, String body, boolean standardBody,
        char volatility, boolean strict, boolean securityDefiner, char parallel, float cost, float rows)
        implements Statement {
    public CreateFunction {
        parameters = List.copyOf(parameters);
        tableColumns = List.copyOf(tableColumns);
    }
}
