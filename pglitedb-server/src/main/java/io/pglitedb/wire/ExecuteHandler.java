package io.pglitedb.wire;

import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.Session;
import java.io.IOException;
import java.util.List;

/**
 * Execute ('E'): portal name and a row limit (0 or less = all). Rows go out in the formats chosen
 * at Bind; PortalSuspended when the limit stopped the portal, else the session has sent
 * CommandComplete or EmptyQueryResponse. No RowDescription here: Describe sends it.
 */
final class ExecuteHandler implements MessageHandler {
    static final ExecuteHandler INSTANCE = new ExecuteHandler();

    @Override
    public void handle(MessageBody body, ConnectionContext context) throws IOException {
        String portal = body.readCString();
        int maxRows = body.readInt32();
        body.expectEnd();
        Session session = context.session();
        List<ResultColumn> columns = session.describePortal(portal);
        context.sink().forPortal(columns, columns == null ? null : session.portalResultFormats(portal));
        boolean suspended = session.execute(portal, Math.max(maxRows, 0), context.sink());
        if (suspended) {
            context.out().empty(MessageType.PORTAL_SUSPENDED);
        }
    }
}
