package io.pglitedb.sql.ast;

/**
 * A query (gram.y's SelectStmt): a SELECT, a VALUES list, a set operation of two queries, or a
 * query with a WITH clause. Each kind except {@link WithQuery} carries its own ORDER BY / LIMIT /
 * OFFSET, which for set operations apply to the combined result.
 */
public sealed interface Query extends Statement permits Select, Values, SetOperation, WithQuery {
}
