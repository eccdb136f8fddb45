package io.pglitedb.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import io.pglitedb.error.PgException;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.ResultSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes statement results as JSON while the session produces them. One statement ({@code sql}):
 *
 * <pre>
 * application/json      {"columns":[{"name":"id","type":"integer"}],"rows":[[1],[2]],"command":"SELECT 2","rowCount":2}
 * application/x-ndjson  {"columns":[{"name":"id","type":"integer"}]}
 *                       [1]
 *                       [2]
 *                       {"command":"SELECT 2","rowCount":2}
 * </pre>
 *
 * Several ({@code statements}, {@code batch}): {@code {"results":[{...},{...}]}} in JSON, the
 * lines of each result one after the other in NDJSON.
 *
 * Statements without rows have no "columns"/"rows". Rows are arrays, or objects keyed by column
 * name ({@code objectRows}). An error after part of the body was streamed ends the body with
 * {@code "error":{...}} (JSON: in the result object, or beside "results" in a batch) or an
 * {@code {"error":{...}}} line (NDJSON).
 *
 * <p>Calls: per statement {@link #start} (columns), rows, {@link #end}; then {@link #finish} once
 * the transaction committed, or {@link #failInBody}.
 */
final class ResultWriter implements ResultSink {
    /** Bodies up to this size are sent with Content-Length and their real status. */
    static final int JSON_SPILL_BYTES = 1 << 20;
    static final int NDJSON_SPILL_BYTES = 16 << 10;

    private final ResponseStream stream;
    private final JsonGenerator json;
    private final boolean ndjson;
    private final boolean objectRows;
    private final boolean exactAsString;
    private final boolean batch;
    private List<ResultColumn> columns;
    private String commandTag;
    /** JSON: inside a result's "rows" array. */
    private boolean rowsOpen;
    /** JSON: inside a result object. */
    private boolean resultOpen;
    /** JSON batch: {"results":[ written. */
    private boolean resultsOpen;

    ResultWriter(JsonFactory factory, HttpExchange exchange, boolean ndjson, boolean objectRows,
            boolean exactAsString, boolean batch) {
        this.batch = batch;
        this.ndjson = ndjson;
        this.objectRows = objectRows;
        this.exactAsString = exactAsString;
        this.stream = new ResponseStream(exchange, ndjson ? "application/x-ndjson" : "application/json",
                ndjson ? NDJSON_SPILL_BYTES : JSON_SPILL_BYTES);
        try {
            this.json = factory.createGenerator(stream, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setRootValueSeparator(null);
    }

    /** Before execution: the portal's result columns (null when the statement returns no rows). */
    void start(List<ResultColumn> resultColumns) {
        columns = resultColumns;
        commandTag = null;
        try {
            if (!ndjson) {
                closeResult();
                if (batch && !resultsOpen) {
                    json.writeStartObject();
                    json.writeFieldName("results");
                    json.writeStartArray();
                    resultsOpen = true;
                }
                json.writeStartObject();
                resultOpen = true;
            }
            if (columns != null) {
                if (ndjson) {
                    json.writeStartObject();
                }
                json.writeFieldName("columns");
                json.writeStartArray();
                for (ResultColumn column : columns) {
                    json.writeStartObject();
                    json.writeStringField("name", column.name());
                    json.writeStringField("type", column.type().displayName());
                    json.writeEndObject();
                }
                json.writeEndArray();
                if (ndjson) {
                    json.writeEndObject();
                    newline();
                } else {
                    json.writeFieldName("rows");
                    json.writeStartArray();
                    rowsOpen = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void columns(List<ResultColumn> resultColumns) {
        // the portal's columns were written by start()
    }

    @Override
    public void row(Object[] values) {
        try {
            if (objectRows) {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    json.writeFieldName(columns.get(i).name());
                    JsonValues.write(json, columns.get(i).type(), values[i], exactAsString);
                }
                json.writeEndObject();
            } else {
                json.writeStartArray();
                for (int i = 0; i < columns.size(); i++) {
                    JsonValues.write(json, columns.get(i).type(), values[i], exactAsString);
                }
                json.writeEndArray();
            }
            if (ndjson) {
                newline();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void complete(String tag) {
        commandTag = tag;
    }

    @Override
    public void emptyQuery() {
        commandTag = null;
    }

    /** The statement ran: writes its command tag and row count. */
    void end() throws IOException {
        closeRows();
        if (ndjson) {
            json.writeStartObject();
        }
        json.writeStringField("command", commandTag);
        Long count = rowCount(commandTag);
        if (count == null) {
            json.writeNullField("rowCount");
        } else {
            json.writeNumberField("rowCount", count);
        }
        if (ndjson) {
            json.writeEndObject();
            newline();
        }
    }

    /** Every statement ran and the transaction committed: ends the body and the response with {@code status}. */
    void finish(int status) throws IOException {
        if (!ndjson) {
            closeResult();
            if (resultsOpen) {
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        json.flush();
        stream.finish(status);
    }

    /**
     * A statement (or the commit) failed.
     *
     * @param statement the index of the failed statement in a batch, else null
     * @return true when the error was written into an already streaming body; false when nothing
     *         was sent and the caller should send an error response instead
     */
    boolean failInBody(PgException error, Integer statement) throws IOException {
        if (!stream.streaming()) {
            stream.discard();
            return false;
        }
        closeRows();
        if (ndjson) {
            json.writeStartObject();
        } else if (batch) {
            closeResult();
            json.writeEndArray();
        }
        HttpErrors.writeErrorField(json, error, statement);
        json.writeEndObject();
        if (ndjson) {
            newline();
        }
        json.flush();
        stream.finish(200);
        return true;
    }

    private void closeRows() throws IOException {
        if (rowsOpen) {
            json.writeEndArray();
            rowsOpen = false;
        }
    }

    private void closeResult() throws IOException {
        if (resultOpen) {
            json.writeEndObject();
            resultOpen = false;
        }
    }

    private void newline() throws IOException {
        json.writeRaw('\n');
    }

    /** The row count in a command tag ("SELECT 3", "INSERT 0 2", "UPDATE 1"), null for others. */
    static Long rowCount(String tag) {
        if (tag == null) {
            return null;
        }
        int space = tag.lastIndexOf(' ');
        String verb = tag.substring(0, Math.max(tag.indexOf(' '), 0));
        if (space < 0 || !(verb.equals("SELECT") || verb.equals("INSERT") || verb.equals("UPDATE")
                || verb.equals("DELETE") || verb.equals("MERGE") || verb.equals("COPY") || verb.equals("FETCH")
                || verb.equals("MOVE"))) {
            return null;
        }
        try {
            return Long.parseLong(tag.substring(space + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
