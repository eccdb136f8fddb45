package io.pglitedb.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.Session;
import io.pglitedb.session.StatementDescription;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * Runs one statement on a session the way the extended query protocol does: Parse with every
 * parameter's type unspecified (PostgreSQL infers them), Bind with the JSON values decoded by
 * those types, Execute into a {@link ResultWriter}, Sync (which commits outside a transaction).
 * The SQL text is the client's own; values never enter it.
 */
final class StatementRunner {
    private StatementRunner() {
    }

    static void run(Session session, String sql, List<JsonNode> params, ResultWriter writer) {
        try {
            session.parse("", sql, new int[params.size()]);
            StatementDescription description = session.describeStatement("");
            List<DataType> types = description.parameterTypes();
            if (types.size() != params.size()) {
                throw session.abort(new PgException(SqlState.PROTOCOL_VIOLATION,
                        "the statement has %d parameters but \"params\" has %d values", types.size(), params.size()));
            }
            Object[] values = new Object[types.size()];
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = JsonValues.parameter(params.get(i), types.get(i));
                } catch (PgException e) {
                    if (e.context() == null) {
                        e.withContext("parameter $" + (i + 1));
                    }
                    throw session.abort(e);
                } catch (RuntimeException e) {
                    throw session.abort(e);
                }
            }
            session.bind("", "", values, null);
            writer.start(session.describePortal(""));
            session.execute("", 0, writer);
            session.closePortal("");
            session.sync();
        } catch (RuntimeException e) {
            try {
                session.sync(); // ends the implicit transaction, as the wire server's Sync after an error
            } catch (RuntimeException ignored) {
                // the first error is the one to report
            }
            throw e;
        }
    }
}
