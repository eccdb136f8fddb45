package io.pglitedb.wire;

/**
 * Query ('Q'): one string, possibly several statements. The session reports each statement to the
 * sink (RowDescription, DataRow..., CommandComplete, or EmptyQueryResponse); the connection then
 * sends ParameterStatus changes and ReadyForQuery whether or not it failed.
 */
final class SimpleQueryHandler implements MessageHandler {
    static final SimpleQueryHandler INSTANCE = new SimpleQueryHandler();

    @Override
    public void handle(MessageBody body, ConnectionContext context) {
        String sql = body.readCString();
        body.expectEnd();
        context.sink().forSimpleQuery();
        context.session().simpleQuery(sql, context.sink());
    }
}
