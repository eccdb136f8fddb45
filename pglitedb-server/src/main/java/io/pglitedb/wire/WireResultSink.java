package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import io.pglitedb.session.CopyInStream;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.ResultSink;
import io.pglitedb.types.DataType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns a session's results into RowDescription, DataRow, CommandComplete, EmptyQueryResponse and
 * NoticeResponse. One instance per connection, re-armed before each statement: {@link
 * #forSimpleQuery()} (text rows, columns announced by the session) or {@link #forPortal} (the
 * portal's columns and format codes, no RowDescription: Describe sends that).
 *
 * <p>The session's callbacks cannot throw IOException, so a failed socket write surfaces as
 * {@link UncheckedIOException}; the connection loop unwraps it and ends the connection.
 */
final class WireResultSink implements ResultSink {
    private static final short[] ALL_TEXT = new short[0];

    private final MessageWriter out;
    /** Where copy-in data comes from; null when this sink cannot take COPY FROM STDIN. */
    private final MessageReader in;
    private final java.util.function.Predicate<PgException> noticeFilter;
    private List<ResultColumn> columns;
    private short[] formats = ALL_TEXT;

    WireResultSink(MessageWriter out) {
        this(out, null);
    }

    WireResultSink(MessageWriter out, MessageReader in) {
        this(out, in, notice -> true);
    }

    /** @param noticeFilter whether a notice is sent (the session's client_min_messages) */
    WireResultSink(MessageWriter out, MessageReader in, java.util.function.Predicate<PgException> noticeFilter) {
        this.out = out;
        this.in = in;
        this.noticeFilter = noticeFilter;
    }

    /** Simple query: every statement announces its columns; all values go as text. */
    void forSimpleQuery() {
        columns = null;
        formats = ALL_TEXT;
    }

    /** Execute: rows follow the portal's columns and result formats (0/1/N rule). */
    void forPortal(List<ResultColumn> portalColumns, short[] resultFormats) {
        columns = portalColumns;
        formats = resultFormats == null ? ALL_TEXT : resultFormats;
    }

    @Override
    public void columns(List<ResultColumn> resultColumns) {
        columns = resultColumns;
        formats = ALL_TEXT;
        try {
            rowDescription(out, resultColumns, ALL_TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(Object[] values) {
        List<ResultColumn> cols = columns;
        if (cols == null) {
            throw new PgException(io.pglitedb.error.SqlState.INTERNAL_ERROR, "row delivered before its columns");
        }
        int n = cols.size();
        try {
            out.begin(MessageType.DATA_ROW);
            out.int16(n);
            for (int i = 0; i < n; i++) {
                Object value = i < values.length ? values[i] : null;
                if (value == null) {
                    out.int32(-1);
                    continue;
                }
                DataType type = cols.get(i).type();
                if (formatOf(formats, i) == 1) {
                    out.lengthPrefixedBytes(type.type().toBinary(value, type.typmod()));
                } else {
                    out.lengthPrefixedText(type.type().toText(value, type.typmod()));
                }
            }
            out.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            out.abandonMessage();
            throw e;
        }
    }

    @Override
    public void complete(String commandTag) {
        try {
            out.commandComplete(commandTag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void emptyQuery() {
        try {
            out.empty(MessageType.EMPTY_QUERY_RESPONSE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void notice(PgException notice) {
        if (!noticeFilter.test(notice)) {
            return;
        }
        try {
            ErrorResponses.notice(out, notice, "notice");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CopyInResponse, flushed; the returned stream reads the client's CopyData until CopyDone. */
    @Override
    public CopyInStream copyIn(boolean binary, int columnCount) {
        if (in == null) {
            return ResultSink.super.copyIn(binary, columnCount);
        }
        try {
            copyResponse(MessageType.COPY_IN_RESPONSE, binary, columnCount);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CopyInMessages(in);
    }

    @Override
    public void copyOutStart(boolean binary, int columnCount) {
        copyResponse(MessageType.COPY_OUT_RESPONSE, binary, columnCount);
    }

    @Override
    public void copyData(byte[] data) {
        try {
            out.begin(MessageType.COPY_DATA);
            out.bytes(data);
            out.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copyOutDone() {
        try {
            out.empty(MessageType.COPY_DONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CopyInResponse / CopyOutResponse: overall format, then the same format for every column. */
    private void copyResponse(byte type, boolean binary, int columnCount) {
        try {
            out.begin(type);
            out.int8(binary ? 1 : 0);
            out.int16(columnCount);
            for (int i = 0; i < columnCount; i++) {
                out.int16(binary ? 1 : 0);
            }
            out.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RowDescription: one field per column with the format code PostgreSQL's 0/1/N rule gives it. */
    static void rowDescription(MessageWriter out, List<ResultColumn> columns, short[] resultFormats)
            throws IOException {
        int n = columns.size();
        out.begin(MessageType.ROW_DESCRIPTION);
        out.int16(n);
        for (int i = 0; i < n; i++) {
            ResultColumn c = columns.get(i);
            DataType type = c.type();
            out.cstring(c.name() == null ? "?column?" : c.name());
            out.int32(c.tableOid());
            out.int16(c.attributeNumber());
            out.int32(type.oid());
            out.int16(type.type().length());
            out.int32(type.typmod());
            out.int16(formatOf(resultFormats, i));
        }
        out.end();
    }

    /** PostgreSQL's rule: no codes = all text, one code = for all columns, else one per column. */
    static int formatOf(short[] formats, int column) {
        if (formats == null || formats.length == 0) {
            return 0;
        }
        if (formats.length == 1) {
            return formats[0];
        }
        return column < formats.length ? formats[column] : 0;
    }
}
