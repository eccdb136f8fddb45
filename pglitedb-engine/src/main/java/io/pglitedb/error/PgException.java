package io.pglitedb.error;

/**
 * The one error type of the engine. It carries what PostgreSQL's ErrorResponse carries: SQLSTATE,
 * severity, message, detail, hint, cursor position (1-based, in characters of the query text) and
 * an optional context line. Front ends turn it into bytes; nothing else inspects exception classes.
 *
 * <pre>
 * throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name)
 *         .withPosition(offset + 1);
 * </pre>
 */
public class PgException extends RuntimeException {
    private final SqlState state;
    private String severity = "ERROR";
    private String detail;
    private String hint;
    private int position; // 1-based character position in the query string, 0 = none
    private String context;
    private String tableName;
    private String columnName;
    private String constraintName;
    private String schemaName;
    private String code; // a SQLSTATE outside SqlState (RAISE ... USING ERRCODE = 'U0001'), else null
    private String internalQuery;
    private int internalPosition;

    public PgException(SqlState state, String message) {
        super(message, null, false, false);
        this.state = state;
    }

    public PgException(SqlState state, String format, Object... args) {
        this(state, String.format(format, args));
    }

    private PgException(SqlState state, String message, Throwable cause) {
        super(message, cause, false, false);
        this.state = state;
    }

    public SqlState state() {
        return state;
    }

    public String severity() {
        return severity;
    }

    public String detail() {
        return detail;
    }

    public String hint() {
        return hint;
    }

    public int position() {
        return position;
    }

    public String context() {
        return context;
    }

    public String tableName() {
        return tableName;
    }

    public String columnName() {
        return columnName;
    }

    public String constraintName() {
        return constraintName;
    }

    public String schemaName() {
        return schemaName;
    }

    /** FATAL errors end the session; ERROR ends the statement (and aborts a transaction block). */
    public PgException withSeverity(String severity) {
        this.severity = severity;
        return this;
    }

    public PgException withDetail(String detail) {
        this.detail = detail;
        return this;
    }

    public PgException withHint(String hint) {
        this.hint = hint;
        return this;
    }

    /** @param position 1-based character offset into the query text; 0 clears it */
    public PgException withPosition(int position) {
        this.position = position;
        return this;
    }

    /** Sets the position only if none is set yet (inner code knows better than outer code). */
    public PgException withPositionIfAbsent(int position) {
        if (this.position == 0) {
            this.position = position;
        }
        return this;
    }

    public PgException withContext(String context) {
        this.context = context;
        return this;
    }

    public PgException withTable(String schemaName, String tableName) {
        this.schemaName = schemaName;
        this.tableName = tableName;
        return this;
    }

    public PgException withColumn(String columnName) {
        this.columnName = columnName;
        return this;
    }

    public PgException withConstraint(String constraintName) {
        this.constraintName = constraintName;
        return this;
    }

    /** The five-character SQLSTATE sent to the client: {@link #withCode}'s, else the state's. */
    public String code() {
        return code != null ? code : state == null ? "XX000" : state.code();
    }

    /** A SQLSTATE that SqlState does not list (PL/pgSQL's RAISE may name any five characters). */
    public PgException withCode(String sqlstate) {
        this.code = sqlstate;
        return this;
    }

    /**
     * The query a PL/pgSQL function ran when this failed (PostgreSQL's internal query): the
     * position moves to it, since it is not in the client's query text.
     */
    public PgException withInternalQuery(String query) {
        if (internalQuery == null) {
            this.internalQuery = query;
            this.internalPosition = position;
            this.position = 0;
        }
        return this;
    }

    public String internalQuery() {
        return internalQuery;
    }

    /** 1-based position in {@link #internalQuery()}, 0 = none. */
    public int internalPosition() {
        return internalPosition;
    }

    /** Wraps an unexpected Java failure so that the client sees XX000 and never a stack trace. */
    public static PgException internal(Throwable cause) {
        return new PgException(SqlState.INTERNAL_ERROR, cause.getMessage() == null
                ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }
}
