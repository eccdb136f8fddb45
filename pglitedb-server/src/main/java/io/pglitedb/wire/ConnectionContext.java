package io.pglitedb.wire;

import io.pglitedb.session.Session;

/** What a message handler works with: the connection's session, its output and its result sink. */
record ConnectionContext(Session session, MessageWriter out, WireResultSink sink) {
}
