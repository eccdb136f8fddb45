package io.pglitedb.plpgsql;

/**
 * An expression or SQL statement of a PL/pgSQL body, kept as text until it first runs (as
 * PostgreSQL's PLpgSQL_expr). An expression runs as {@code SELECT text}; a statement as written.
 * Its plan, made with the variables it names as parameters, is kept here and reused while the
 * catalog and the variables' types stay the same ({@link PlCompiled}). A parsed body belongs to one
 * call site or one session, so the cache is never shared between threads.
 */
final class PlQuery {
    private final String text;
    private final boolean expression;
    PlCompiled compiled;
    /** For a CASE WHEN list: the {@code selector IN (list)} query it is tested with. */
    PlQuery compiledProbe;

    /** For an assignment's expression: the whole {@code target := expr} (what errors show), else null. */
    private final String assignment;

    PlQuery(String text, boolean expression) {
        this(text, expression, null);
    }

    PlQuery(String text, boolean expression, String assignment) {
        this.text = text;
        this.expression = expression;
        this.assignment = assignment;
    }

    /** What QUERY: and CONTEXT lines show. */
    String display() {
        return assignment != null ? assignment : text;
    }

    /** Where {@link #text()} starts in {@link #display()}. */
    int displayOffset() {
        return assignment != null ? assignment.length() - text.length() : 0;
    }

    /** How CONTEXT names it when it fails while planned or run as a query. */
    String contextLine() {
        return (assignment != null ? "PL/pgSQL assignment \"" : expression ? "PL/pgSQL expression \""
                : "SQL statement \"") + display() + "\"";
    }

    /** The text as written (what QUERY: shows). */
    String text() {
        return text;
    }

    /** True for an expression (run as SELECT text), false for a whole statement. */
    boolean expression() {
        return expression;
    }

    /** The SQL the analyser reads. */
    String sql() {
        return expression ? "SELECT " + text : text;
    }

    @Override
    public String toString() {
        return text;
    }
}
