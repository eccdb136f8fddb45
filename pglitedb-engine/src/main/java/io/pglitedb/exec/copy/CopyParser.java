package io.pglitedb.exec.copy;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the byte stream of COPY FROM (text or CSV) into rows of field strings. The client may cut
 * its data into CopyData messages anywhere, even inside a UTF-8 character, so bytes are gathered
 * into one record (a line; in CSV a quoted field may hold newlines) before it is split: the
 * subclass says where a record ends ({@link #scanRecordEnd}, which keeps its quote or backslash
 * state between calls) and how a record splits into fields ({@link #split}).
 *
 * <p>Common rules, as PostgreSQL's copyfromparse.c: records end at LF, a CR before it is dropped;
 * the line {@code \.} ends the data (what follows is ignored); with HEADER the first line is
 * skipped; line numbers count records from 1 for error messages. Per-row work allocates only the
 * field strings.
 */
public abstract class CopyParser {
    /** PostgreSQL's MAX_COPY_DATA_DISPLAY: longer data is cut in error contexts. */
    private static final int MAX_DISPLAY = 100;

    protected final CopyOptions options;
    protected final byte delimiter;
    protected final byte[] nullBytes;
    protected String[] fields = new String[16];
    protected byte[] scratch = new byte[64];
    private byte[] record = new byte[256];
    private int recordLength;
    /** The length of the record being delivered (its bytes stay put until the next feed). */
    private int currentLength;
    private long lineNumber;
    private boolean ended;
    private boolean headerPending;

    protected CopyParser(CopyOptions options) {
        this.options = options;
        this.delimiter = options.delimiter();
        this.nullBytes = options.nullBytes();
        this.headerPending = options.header();
    }

    /** The parser for the options' format (text or CSV). */
    public static CopyParser of(CopyOptions options) {
        return switch (options.format()) {
            case TEXT -> new CopyTextParser(options);
            case CSV -> new CsvParser(options);
            case BINARY -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY BINARY is not supported yet");
        };
    }

    /**
     * CSV only: per input field, FORCE_NOT_NULL (never NULL) and FORCE_NULL (NULL even when
     * quoted); either may be null.
     */
    public void forceNulls(boolean[] notNull, boolean[] quotedNull) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "FORCE_NOT_NULL and FORCE_NULL need CSV format");
    }

    /** Feeds the next bytes; every record they complete goes to the receiver. */
    public final void feed(byte[] data, int offset, int length, CopyRowReceiver receiver) {
        int end = offset + length;
        int pos = offset;
        while (pos < end && !ended) {
            int eol = scanRecordEnd(data, pos, end);
            int stop = eol < 0 ? end : eol;
            append(data, pos, stop - pos);
            if (eol < 0) {
                return;
            }
            pos = eol + 1;
            completeRecord(receiver);
        }
    }

    /** The input ended (CopyDone): delivers a last line that had no newline. */
    public final void finish(CopyRowReceiver receiver) {
        if (ended) {
            return;
        }
        if (insideQuotes()) {
            currentLength = recordLength;
            lineNumber++;
            throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field");
        }
        if (recordLength > 0) {
            completeRecord(receiver);
        }
        ended = true;
    }

    /** True once the end-of-data line {@code \.} was seen (or {@link #finish} ran). */
    public final boolean ended() {
        return ended;
    }

    /** The 1-based line (record) number of the row being delivered, for error contexts. */
    public final long lineNumber() {
        return lineNumber;
    }

    /** The raw text of the row being delivered, cut at 100 bytes as PostgreSQL shows it ("..."). */
    public final String lineText() {
        return display(record, 0, currentLength);
    }

    /** Bytes as error contexts show data: UTF-8, cut at 100 bytes on a character boundary, then "...". */
    public static String display(byte[] bytes, int offset, int length) {
        if (length <= MAX_DISPLAY) {
            return new String(bytes, offset, length, StandardCharsets.UTF_8);
        }
        int cut = MAX_DISPLAY;
        while (cut > 0 && (bytes[offset + cut] & 0xC0) == 0x80) {
            cut--;
        }
        return new String(bytes, offset, cut, StandardCharsets.UTF_8) + "...";
    }

    /** A value as error contexts show it (cut at 100 bytes). */
    public static String display(String value) {
        if (value.length() <= MAX_DISPLAY / 4) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return display(bytes, 0, bytes.length);
    }

    /**
     * @return the index of the LF in {@code data[from, to)} that ends the current record, or -1;
     *         state (an open quote, a pending backslash) carries over to the next call
     */
    protected abstract int scanRecordEnd(byte[] data, int from, int to);

    /** True when the input so far ends inside a quoted CSV field. */
    protected boolean insideQuotes() {
        return false;
    }

    /**
     * Splits a complete record (no line end) into {@link #fields}.
     *
     * @return the number of fields
     */
    protected abstract int split(byte[] record, int length);

    private void completeRecord(CopyRowReceiver receiver) {
        int len = recordLength;
        recordLength = 0;
        if (len > 0 && record[len - 1] == '\r') {
            len--;
        }
        currentLength = len;
        lineNumber++;
        if (headerPending) {
            headerPending = false;
            return;
        }
        if (len == 2 && record[0] == '\\' && record[1] == '.') {
            ended = true;
            return;
        }
        int count = split(record, len);
        receiver.row(fields, count);
    }

    private void append(byte[] data, int from, int length) {
        if (length == 0) {
            return;
        }
        if (recordLength + length > record.length) {
            record = Arrays.copyOf(record, Math.max(record.length * 2, recordLength + length));
        }
        System.arraycopy(data, from, record, recordLength, length);
        recordLength += length;
    }

    protected final void addField(int index, String value) {
        if (index == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[index] = value;
    }

    protected final boolean isNullMarker(byte[] bytes, int from, int to) {
        byte[] marker = nullBytes;
        if (to - from != marker.length) {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            if (bytes[from + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }

    protected final void ensureScratch(int length) {
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
    }
}
