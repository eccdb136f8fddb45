package io.pglitedb.routines;

import io.pglitedb.exec.ExecContext;
import io.pglitedb.plpgsql.PlFunction;
import io.pglitedb.sql.analyze.AnalyzerContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * A LANGUAGE plpgsql body at a call site: parsed on first use ({@link PlFunction}), its statements'
 * plans then kept for the later calls from the same place.
 */
public final class PlpgsqlBody implements RoutineBody {
    private final Supplier<PlFunction> compiler;
    private final AnalyzerContext context;
    private final boolean spreadComposite;
    private PlFunction function;

    public PlpgsqlBody(Supplier<PlFunction> compiler, AnalyzerContext context) {
        this(compiler, context, false);
    }

    /**
     * @param spreadComposite each result is one composite value (a function declared to return a
     *     composite type) and the caller reads its fields as the row's columns
     */
    public PlpgsqlBody(Supplier<PlFunction> compiler, AnalyzerContext context, boolean spreadComposite) {
        this.compiler = compiler;
        this.context = context;
        this.spreadComposite = spreadComposite;
    }

    @Override
    public List<Object[]> run(Object[] args, ExecContext outer, boolean all) {
        if (function == null) {
            function = compiler.get();
        }
        List<Object[]> rows = function.call(args, outer, context);
        if (!spreadComposite) {
            return rows;
        }
        int width = function.returnType().type() instanceof io.pglitedb.types.RecordType record
                ? record.fieldTypes().size() : 1;
        List<Object[]> spread = new java.util.ArrayList<>(rows.size());
        for (Object[] row : rows) {
            spread.add(row.length == 1 && row[0] instanceof Object[] fields ? fields
                    : row.length == 1 && row[0] == null ? new Object[width] : row);
        }
        return spread;
    }
}
