package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.CopyInStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Copy-in mode after CopyInResponse: reads the client's CopyData payloads for the session until
 * CopyDone; CopyFail ends it with 57014 {@code COPY from stdin failed: <message>}; Flush and Sync
 * are ignored (protocol spec); anything else is 08P01, as in PostgreSQL's CopyGetData.
 *
 * <p>If the session fails before CopyDone, the rest of the client's CopyData/CopyDone/CopyFail
 * arrive in the main loop, which drops them (see {@link ClientConnection}), as PostgreSQL does
 * after its ErrorResponse and ReadyForQuery.
 */
final class CopyInMessages implements CopyInStream {
    private final MessageReader in;
    private boolean done;

    CopyInMessages(MessageReader in) {
        this.in = in;
    }

    @Override
    public byte[] next() {
        if (done) {
            return null;
        }
        try {
            while (true) {
                int type = in.readType();
                if (type < 0) {
                    throw new EOFException("unexpected EOF on client connection with an open transaction");
                }
                MessageBody body = in.readBody(type);
                switch (type) {
                    case MessageType.COPY_DATA -> {
                        return body.readBytes(body.remaining());
                    }
                    case MessageType.COPY_DONE -> {
                        done = true;
                        return null;
                    }
                    case MessageType.COPY_FAIL -> {
                        done = true;
                        throw new PgException(SqlState.QUERY_CANCELED, "COPY from stdin failed: %s",
                                body.readCString());
                    }
                    case MessageType.FLUSH, MessageType.SYNC -> {
                        // ignored during copy-in, per the protocol
                    }
                    default -> {
                        done = true;
                        throw new PgException(SqlState.PROTOCOL_VIOLATION,
                                "unexpected message type 0x%02X during COPY from stdin", type);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
