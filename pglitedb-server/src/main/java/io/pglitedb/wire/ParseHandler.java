package io.pglitedb.wire;

import java.io.IOException;

/** Parse ('P'): statement name, query, parameter type OIDs (0 = infer). Answers ParseComplete. */
final class ParseHandler implements MessageHandler {
    static final ParseHandler INSTANCE = new ParseHandler();

    @Override
    public void handle(MessageBody body, ConnectionContext context) throws IOException {
        String name = body.readCString();
        String sql = body.readCString();
        int count = body.readInt16() & 0xFFFF;
        int[] typeOids = new int[count];
        for (int i = 0; i < count; i++) {
            typeOids[i] = body.readInt32();
        }
        body.expectEnd();
        context.session().parse(name, sql, typeOids);
        context.out().empty(MessageType.PARSE_COMPLETE);
    }
}
