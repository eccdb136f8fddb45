package io.pglitedb.routines;

import io.pglitedb.exec.ExecContext;
import java.util.List;

/** The body of a user-defined routine in some language, run with a call's argument values. */
public interface RoutineBody {
    /** The result rows: all of them, or only the first unless {@code all}. */
    List<Object[]> run(Object[] args, ExecContext outer, boolean all);
}
