package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.functions.Functions;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/** {@code x [NOT] LIKE|ILIKE pattern [ESCAPE e]}. */
public final class LikeTest extends BoundExpr {
    private final BoundExpr operand;
    private final BoundExpr pattern;
    private final BoundExpr escape;
    private final boolean negated;
    private final boolean caseInsensitive;

    public LikeTest(BoundExpr operand, BoundExpr pattern, BoundExpr escape, boolean negated, boolean caseInsensitive) {
        super(DataType.of(Types.BOOL));
        this.operand = operand;
        this.pattern = pattern;
        this.escape = escape;
        this.negated = negated;
        this.caseInsensitive = caseInsensitive;
    }

    public BoundExpr operand() {
        return operand;
    }

    public BoundExpr pattern() {
        return pattern;
    }

    public boolean negated() {
        return negated;
    }

    public boolean caseInsensitive() {
        return caseInsensitive;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object value = chars(operand.eval(row, params));
        Object p = chars(pattern.eval(row, params));
        if (value == null || p == null) {
            return null;
        }
        char escapeChar = '\\';
        if (escape != null) {
            Object e = escape.eval(row, params);
            if (e == null) {
                return null;
            }
            String s = (String) chars(e);
            if (s.length() > 1) {
                throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                        .withHint("Escape string must be empty or one character.");
            }
            escapeChar = s.isEmpty() ? 0 : s.charAt(0);
        }
        return Functions.like((String) value, (String) p, escapeChar, caseInsensitive) != negated;
    }

    /** bytea operands match byte by byte: each byte becomes one character. */
    private static Object chars(Object v) {
        return v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) : v;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, operand, pattern, escape);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(operand, pattern, escape);
    }
}
