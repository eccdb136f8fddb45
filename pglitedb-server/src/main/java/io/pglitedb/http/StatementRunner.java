package io.pglitedb.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.Session;
import io.pglitedb.session.StatementDescription;
import io.pglitedb.types.DataType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs statements on a session the way the extended query protocol does: for each, Parse with
 * every parameter's type unspecified (PostgreSQL infers them), Bind with the JSON values decoded
 * by those types, Execute into a {@link ResultWriter}; then one Sync, which commits outside a
 * transaction block. Several statements before the Sync form one implicit transaction, as
 * several Parse/Bind/Execute messages before a Sync do in PostgreSQL: all or nothing. The SQL
 * text is the client's own; values never enter it.
 */
final class StatementRunner {
    private StatementRunner() {
    }

    /** Parse, Bind, Execute of one statement (no Sync). On error the session is aborted and the error thrown. */
    static void execute(Session session, SqlStatement statement, ResultWriter writer) {
        List<JsonNode> params = statement.params();
        try {
            session.parse("", statement.sql(), new int[params.size()]);
        } catch (PgException e) {
            if (e.state() == SqlState.SYNTAX_ERROR && e.getMessage().startsWith("cannot insert multiple commands")
                    && e.hint() == null) {
                e.withHint("Send several statements as \"statements\": [...].");
            }
            throw e;
        }
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
        try {
            writer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sync after the statements ran: commits the implicit transaction. */
    static void commit(Session session) {
        session.sync();
    }

    /** Sync after an error: ends the implicit transaction, as the wire server's Sync after an error. */
    static void afterError(Session session) {
        try {
            session.sync();
        } catch (RuntimeException ignored) {
            // the first error is the one to report
        }
    }
}
