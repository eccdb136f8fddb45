package io.pglitedb.sql.ast;

/**
 * One option of CREATE/ALTER DATABASE (gram.y's createdb_opt_item): the lower-case name
 * ({@code connection_limit} for CONNECTION LIMIT) and the value as written: a String (word or
 * string literal), an Integer, or null for DEFAULT.
 */
public record DatabaseOption(String name, Object value, int position) {
}
