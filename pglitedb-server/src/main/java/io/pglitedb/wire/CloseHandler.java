package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.io.IOException;

/** Close ('C'): 'S' statement or 'P' portal by name; closing one that does not exist is fine. */
final class CloseHandler implements MessageHandler {
    static final CloseHandler INSTANCE = new CloseHandler();

    @Override
    public void handle(MessageBody body, ConnectionContext context) throws IOException {
        int kind = body.readByte();
        String name = body.readCString();
        body.expectEnd();
        switch (kind) {
            case MessageType.TARGET_STATEMENT -> context.session().closeStatement(name);
            case MessageType.TARGET_PORTAL -> context.session().closePortal(name);
            default -> throw new PgException(SqlState.PROTOCOL_VIOLATION, "invalid CLOSE message subtype %d", kind);
        }
        context.out().empty(MessageType.CLOSE_COMPLETE);
    }
}
