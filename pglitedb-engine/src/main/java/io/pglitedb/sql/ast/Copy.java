package io.pglitedb.sql.ast;

import java.util.List;
import java.util.Map;

/**
 * {@code COPY table [(columns)] FROM STDIN | TO STDOUT [[WITH] (options)]}, {@code COPY (query) TO
 * STDOUT}, and the old option syntax ({@code WITH CSV HEADER}, {@code DELIMITER ','}, {@code NULL
 * ''}, {@code BINARY}). table is null when query is given; columns is empty when not written.
 * Options use PostgreSQL's names in lower case with their values as text ("format" -> "csv",
 * "header" -> "true", "delimiter" -> ",", "null" -> "", "quote", "escape", "freeze" -> "true",
 * "encoding", "force_not_null" ...); a flag written without value maps to "true". {@code file} is
 * the file name for COPY ... FROM/TO 'file', null for STDIN/STDOUT.
 */
public record Copy(QualifiedName table, List<String> columns, Query query, boolean from, String file,
        Map<String, String> options, int position) implements Statement {
    public Copy {
        columns = List.copyOf(columns);
        options = Map.copyOf(options);
    }
}
