package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.StatementDescription;
import io.pglitedb.types.DataType;
import java.io.IOException;
import java.util.List;

/**
 * Describe ('D'). A statement: ParameterDescription, then RowDescription (text format codes, the
 * formats are not known before Bind) or NoData. A portal: RowDescription with the portal's result
 * formats, or NoData.
 */
final class DescribeHandler implements MessageHandler {
    static final DescribeHandler INSTANCE = new DescribeHandler();

    @Override
    public void handle(MessageBody body, ConnectionContext context) throws IOException {
        int kind = body.readByte();
        String name = body.readCString();
        body.expectEnd();
        MessageWriter out = context.out();
        switch (kind) {
            case MessageType.TARGET_STATEMENT -> {
                StatementDescription description = context.session().describeStatement(name);
                List<DataType> parameterTypes = description.parameterTypes();
                out.begin(MessageType.PARAMETER_DESCRIPTION);
                out.int16(parameterTypes.size());
                for (DataType type : parameterTypes) {
                    out.int32(type.oid());
                }
                out.end();
                rowDescriptionOrNoData(out, description.columns(), null);
            }
            case MessageType.TARGET_PORTAL -> {
                List<ResultColumn> columns = context.session().describePortal(name);
                short[] formats = columns == null ? null : context.session().portalResultFormats(name);
                rowDescriptionOrNoData(out, columns, formats);
            }
            default -> throw new PgException(SqlState.PROTOCOL_VIOLATION, "invalid DESCRIBE message subtype %d", kind);
        }
    }

    private static void rowDescriptionOrNoData(MessageWriter out, List<ResultColumn> columns, short[] formats)
            throws IOException {
        if (columns == null) {
            out.empty(MessageType.NO_DATA);
        } else {
            WireResultSink.rowDescription(out, columns, formats);
        }
    }
}
