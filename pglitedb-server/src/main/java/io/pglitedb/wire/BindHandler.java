package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.StatementDescription;
import io.pglitedb.types.DataType;
import java.io.IOException;
import java.util.List;

/**
 * Bind ('B'): portal, statement, parameter format codes, parameter values, result format codes.
 * Each value is decoded here to the statement's parameter type (format 0: {@code fromText}, 1:
 * {@code fromBinary}, length -1: SQL NULL) so the session receives typed values. Format codes
 * follow PostgreSQL's 0/1/N rule. Answers BindComplete.
 */
final class BindHandler implements MessageHandler {
    static final BindHandler INSTANCE = new BindHandler();

    @Override
    public void handle(MessageBody body, ConnectionContext context) throws IOException {
        String portal = body.readCString();
        String statement = body.readCString();

        int formatCount = body.readInt16() & 0xFFFF;
        short[] parameterFormats = new short[formatCount];
        for (int i = 0; i < formatCount; i++) {
            parameterFormats[i] = (short) body.readInt16();
        }
        int parameterCount = body.readInt16() & 0xFFFF;
        if (formatCount > 1 && formatCount != parameterCount) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has %d parameter formats but %d parameters",
                    formatCount, parameterCount);
        }
        StatementDescription description = context.session().describeStatement(statement);
        List<DataType> types = description.parameterTypes();
        if (parameterCount != types.size()) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION,
                    "bind message supplies %d parameters, but prepared statement \"%s\" requires %d",
                    parameterCount, statement, types.size());
        }

        Object[] values = new Object[parameterCount];
        for (int i = 0; i < parameterCount; i++) {
            int length = body.readInt32();
            if (length == -1) {
                continue; // SQL NULL
            }
            int format = WireResultSink.formatOf(parameterFormats, i);
            values[i] = decode(body, length, format, types.get(i), portal, i + 1);
        }

        int resultFormatCount = body.readInt16() & 0xFFFF;
        short[] resultFormats = new short[resultFormatCount];
        for (int i = 0; i < resultFormatCount; i++) {
            short format = (short) body.readInt16();
            if (format != 0 && format != 1) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unsupported format code: %d", format);
            }
            resultFormats[i] = format;
        }
        body.expectEnd();
        if (resultFormatCount > 1 && description.columns() != null
                && resultFormatCount != description.columns().size()) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has %d result formats but query has %d columns",
                    resultFormatCount, description.columns().size());
        }

        context.session().bind(portal, statement, values, resultFormats);
        context.out().empty(MessageType.BIND_COMPLETE);
    }

    private static Object decode(MessageBody body, int length, int format, DataType type, String portal, int number) {
        if (format != 0 && format != 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unsupported format code: %d", format);
        }
        try {
            if (format == 0) {
                return type.type().fromText(body.readText(length), type.typmod());
            }
            return type.type().fromBinary(body.readBytes(length), type.typmod());
        } catch (PgException e) {
            if (ProtocolViolation.isFatal(e)) {
                throw e;
            }
            if (e.context() == null) {
                // PostgreSQL's bind_param_error_callback with log_parameter_max_length_on_error = 0
                String value = format == 0 ? " = '...'" : "";
                e.withContext(portal.isEmpty() ? "unnamed portal parameter $" + number + value
                        : "portal \"" + portal + "\" parameter $" + number + value);
            }
            throw e;
        }
    }
}
