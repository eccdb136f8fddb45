package io.pglitedb.session;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects a DROP takes with it or is stopped by, reported as PostgreSQL's dependency code
 * does: without CASCADE one 2BP01 error listing them all in its DETAIL; with CASCADE one NOTICE
 * ("drop cascades to X", or "drop cascades to N other objects" with the list in its DETAIL).
 */
final class Dependents {
    private final List<String> objects = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    /** @param object "constraint b_x_fkey on table b"; reason "depends on table a" */
    void add(String object, String reason) {
        objects.add(object);
        reasons.add(reason);
    }

    boolean isEmpty() {
        return objects.isEmpty();
    }

    /** Throws 2BP01 when there are dependents and no CASCADE; else reports what the drop cascades to. */
    void check(String dropped, boolean cascade, ResultSink sink) {
        if (objects.isEmpty()) {
            return;
        }
        if (!cascade) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                lines.add(objects.get(i) + " " + reasons.get(i));
            }
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                    "cannot drop %s because other objects depend on it", dropped)
                    .withDetail(String.join("\n", lines))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        PgException notice;
        if (objects.size() == 1) {
            notice = new PgException(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to %s", objects.get(0));
        } else {
            List<String> lines = new ArrayList<>();
            for (String o : objects) {
                lines.add("drop cascades to " + o);
            }
            notice = new PgException(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to %d other objects", objects.size())
                    .withDetail(String.join("\n", lines));
        }
        sink.notice(notice.withSeverity("NOTICE"));
    }
}
