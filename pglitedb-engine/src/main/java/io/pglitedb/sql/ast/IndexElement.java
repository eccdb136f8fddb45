package io.pglitedb.sql.ast;

/**
 * One element of CREATE INDEX: {@code column | (expression) | function(...)} then
 * {@code [ASC|DESC] [NULLS FIRST|LAST]}; nullsFirst null = the default.
 *
 * @param column the column name, or null for an expression element
 * @param expression the indexed expression, or null for a column element
 */
public record IndexElement(String column, Expr expression, boolean descending, Boolean nullsFirst, int position) {
    public IndexElement(String column, boolean descending, Boolean nullsFirst, int position) {
        this(column, null, descending, nullsFirst, position);
    }
}
