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
 * Writes one statement's result as JSON while the session produces it. Two shapes:
 *
 * <pre>
 * application/json      {"columns":[{"name":"id","type":"integer"}],"rows":[[1],[2]],"command":"SELECT 2","rowCount":2}
 * application/x-ndjson  {"columns":[{"name":"id","type":"integer"}]}
 *                       [1]
 *                       [2]
 *                       {"command":"SELECT 2","rowCount":2}
 * </pre>
 *
 * Statements without rows have no "columns"/"rows". Rows are arrays, or objects keyed by column
 * name ({@code objectRows}). An error after part of the body was streamed ends the body with
 * {@code "error":{...}} (JSON) or an {@code {"error":{...}}} line (NDJSON).
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
    private List<ResultColumn> columns;
    private boolean started;
    private String commandTag;

    ResultWriter(JsonFactory factory, HttpExchange exchange, boolean ndjson, boolean objectRows,
            boolean exactAsString) {
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
        started = true;
        try {
            if (!ndjson) {
                json.writeStartObject();
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

    /** The statement (and its commit) succeeded: ends the body and the response with {@code status}. */
    void finish(int status) throws IOException {
        if (!ndjson && columns != null) {
            json.writeEndArray();
        }
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
        json.writeEndObject();
        if (ndjson) {
            newline();
        }
        json.flush();
        stream.finish(status);
    }

    /**
     * The statement failed. @return true when the error was written into an already streaming
     * body; false when nothing was sent and the caller should send an error response instead.
     */
    boolean failInBody(PgException error) throws IOException {
        if (!stream.streaming()) {
            stream.discard();
            return false;
        }
        if (!ndjson && columns != null) {
            json.writeEndArray();
        }
        if (ndjson) {
            json.writeStartObject();
        }
        HttpErrors.writeErrorField(json, error);
        json.writeEndObject();
        if (ndjson) {
            newline();
        }
        json.flush();
        stream.finish(200);
        return true;
    }

    boolean started() {
        return started;
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
