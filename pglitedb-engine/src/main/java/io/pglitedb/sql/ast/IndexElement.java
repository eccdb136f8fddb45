package io.pglitedb.sql.ast;

/**
 * One element of CREATE INDEX: {@code column | (expression) | function(...)} then
 * {@code [ASC|DESC] [NULLS FIRST|LAST]}; nullsFirst null = the default.
 *
 * @param column the column name, or null for an expression element
 * @param expression the indexed expression, or null for a column element
 * @param ascOrDescWritten ASC or DESC was written
 */
public record IndexElement(String column, Expr expression, boolean descending, Boolean nullsFirst, int position,
        boolean ascOrDescWritten) {
    public IndexElement(String column, Expr expression, boolean descending, Boolean nullsFirst, int position) {
        this(column, expression, descending, nullsFirst, position, false);
    }

    public IndexElement(String column, boolean descending, Boolean nullsFirst, int position) {
        this(column, null, descending, nullsFirst, position);
    }

    /** Whether ASC, DESC or NULLS FIRST/LAST was written (an INCLUDE column or a hash index refuses them). */
    public boolean hasOrderingOptions() {
        return ascOrDescWritten || nullsFirst != null;
    }
}
