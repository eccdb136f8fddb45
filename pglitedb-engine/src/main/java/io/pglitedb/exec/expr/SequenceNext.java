package io.pglitedb.exec.expr;

import io.pglitedb.catalog.Sequence;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/** nextval of a sequence (the default of a serial column). */
public final class SequenceNext extends BoundExpr {
    private final Sequence sequence;

    public SequenceNext(Sequence sequence) {
        super(DataType.of(Types.INT8));
        this.sequence = sequence;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        return sequence.nextValue();
    }
}
