package io.pglitedb.session;

/**
 * The data a client sends for {@code COPY ... FROM STDIN}, as the front end receives it: the
 * payloads of CopyData messages in order, then the end (CopyDone). Returned by
 * {@link ResultSink#copyIn}; the session reads it to the end unless the COPY fails first.
 */
public interface CopyInStream {
    /**
     * The next CopyData payload (never empty-vs-null ambiguous: an empty message is an empty array).
     *
     * @return the payload, or null at CopyDone
     * @throws io.pglitedb.error.PgException 57014 {@code COPY from stdin failed: <message>} when
     *         the client sent CopyFail, 08P01 for an unexpected message during COPY
     */
    byte[] next();
}
