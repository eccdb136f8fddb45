package io.pglitedb.exec.expr;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.SessionSequences;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.function.Function;

/**
 * nextval, currval, setval and lastval. The sequence is either fixed at analysis (a constant
 * {@code 'name'} or {@code 'name'::regclass} argument, as PostgreSQL resolves a regclass constant
 * when it parses) or looked up by name when evaluated (a text argument).
 */
public final class SequenceCall extends BoundExpr {
    public enum Kind { NEXTVAL, CURRVAL, SETVAL, LASTVAL }

    private final Kind kind;
    private final SequenceDescriptor fixed;
    private final BoundExpr name;
    private final Function<String, SequenceDescriptor> lookup;
    private final BoundExpr value;
    private final BoundExpr isCalled;
    private final Catalog catalog;
    private final SessionSequences session;

    /**
     * @param fixed the sequence, or null to resolve {@code name} (text) with {@code lookup} at run time
     * @param value setval's new value (int8), else null
     * @param isCalled setval's third argument (bool), or null
     */
    public SequenceCall(Kind kind, SequenceDescriptor fixed, BoundExpr name,
            Function<String, SequenceDescriptor> lookup, BoundExpr value, BoundExpr isCalled, Catalog catalog,
            SessionSequences session) {
        super(DataType.of(Types.INT8));
        this.kind = kind;
        this.fixed = fixed;
        this.name = name;
        this.lookup = lookup;
        this.value = value;
        this.isCalled = isCalled;
        this.catalog = catalog;
        this.session = session;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        if (kind == Kind.LASTVAL) {
            SequenceDescriptor last = session.lastUsed();
            if (last != null && !catalog.sequenceInUse(last.oid())) {
                session.discard(last);
            }
            return session.lastval();
        }
        SequenceDescriptor sequence = fixed;
        if (sequence == null) {
            Object text = name.eval(row, params);
            if (text == null) {
                return null;
            }
            sequence = lookup.apply((String) text);
        }
        switch (kind) {
            case NEXTVAL: {
                long next = catalog.sequence(sequence).nextValue(sequence);
                session.nextval(sequence, next);
                return next;
            }
            case CURRVAL:
                return session.currval(sequence);
            case SETVAL: {
                Object v = value.eval(row, params);
                Object called = isCalled == null ? Boolean.TRUE : isCalled.eval(row, params);
                if (v == null || called == null) {
                    return null;
                }
                long set = catalog.sequence(sequence).setValue(sequence, (Long) v, (Boolean) called);
                if ((Boolean) called) {
                    session.setval(sequence, set);
                }
                return set;
            }
            default:
                throw new PgException(SqlState.INTERNAL_ERROR, "unexpected sequence function %s", kind);
        }
    }
}
