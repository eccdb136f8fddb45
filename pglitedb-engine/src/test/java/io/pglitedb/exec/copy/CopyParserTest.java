package io.pglitedb.exec.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** COPY FROM input: text escapes, CSV quoting and null rules, and rows cut anywhere into chunks. */
class CopyParserTest {

    private static List<List<String>> parse(CopyOptions options, String input, int chunk) {
        CopyParser parser = CopyParser.of(options);
        List<List<String>> rows = new ArrayList<>();
        CopyRowReceiver receiver = (fields, count) -> rows.add(Arrays.asList(Arrays.copyOf(fields, count)));
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        for (int pos = 0; pos < bytes.length; pos += chunk) {
            parser.feed(bytes, pos, Math.min(chunk, bytes.length - pos), receiver);
        }
        parser.finish(receiver);
        return rows;
    }

    /** The same rows whatever the chunk size, including one byte at a time. */
    private static List<List<String>> parseAllChunkings(CopyOptions options, String input) {
        List<List<String>> whole = parse(options, input, Integer.MAX_VALUE);
        for (int chunk = 1; chunk <= 7; chunk++) {
            assertThat(parse(options, input, chunk)).as("chunk size %d", chunk).isEqualTo(whole);
        }
        return whole;
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @Test
    void textSplitsOnTabsAndReadsBackslashNullAsNull() {
        assertThat(parseAllChunkings(CopyOptions.defaultText(), "1\ta\n2\t\\N\n\t\n"))
                .containsExactly(row("1", "a"), row("2", null), row("", ""));
    }

    @Test
    void textEscapesDecodeAsPostgres() {
        String input = "\\b\\f\\n\\r\\t\\v|\\\\|\\101\\7|\\x41\\x4a\\xg|\\q\\.|a\\\tb|line\\\nbreak\n";
        assertThat(parseAllChunkings(CopyOptions.defaultText(), input)).containsExactly(
                row("\b\f\n\r\t\u000B|\\|A\u0007|AJxg|q.|a\tb|line\nbreak"));
    }

    @Test
    void textUtf8CutInsideACharacterSurvives() {
        assertThat(parseAllChunkings(CopyOptions.defaultText(), "välüe\t日本\n"))
                .containsExactly(row("välüe", "日本"));
    }

    @Test
    void endMarkerStopsInputAndCrLfLinesAreAccepted() {
        assertThat(parseAllChunkings(CopyOptions.defaultText(), "1\r\n2\r\n\\.\r\nignored\n"))
                .containsExactly(row("1"), row("2"));
    }

    @Test
    void lastLineWithoutNewlineIsARow() {
        assertThat(parseAllChunkings(CopyOptions.defaultText(), "1\n2")).containsExactly(row("1"), row("2"));
    }

    @Test
    void headerLineIsSkippedAndCounted() {
        CopyParser parser = CopyParser.of(CopyOptions.parse(Map.of("format", "csv", "header", "true"), true));
        List<Long> lines = new ArrayList<>();
        byte[] data = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        parser.feed(data, 0, data.length, (f, n) -> lines.add(parser.lineNumber()));
        assertThat(lines).containsExactly(2L);
        assertThat(parser.lineText()).isEqualTo("1,2");
    }

    @Test
    void csvQuotesDelimitersNewlinesAndDoubledQuotes() {
        String input = "1,\"a,b\",\"two\nlines\",\"say \"\"hi\"\"\",plain\n";
        assertThat(parseAllChunkings(CopyOptions.defaultCsv(), input))
                .containsExactly(row("1", "a,b", "two\nlines", "say \"hi\"", "plain"));
    }

    @Test
    void csvUnquotedEmptyIsNullQuotedEmptyIsEmptyString() {
        assertThat(parseAllChunkings(CopyOptions.defaultCsv(), ",\"\",x\n"))
                .containsExactly(row(null, "", "x"));
    }

    @Test
    void csvCustomEscapeQuoteDelimiterAndNull() {
        CopyOptions options = CopyOptions.parse(
                Map.of("format", "csv", "escape", "\\", "quote", "'", "delimiter", ";", "null", "NULL"), true);
        assertThat(parseAllChunkings(options, "'it\\'s';NULL;'NULL';'a\\\\b'\n"))
                .containsExactly(row("it's", null, "NULL", "a\\b"));
    }

    @Test
    void csvForceNotNullAndForceNull() {
        CopyParser parser = CopyParser.of(CopyOptions.defaultCsv());
        parser.forceNulls(new boolean[] {true, false}, new boolean[] {false, true});
        List<List<String>> rows = new ArrayList<>();
        byte[] data = ",\"\"\n".getBytes(StandardCharsets.UTF_8);
        parser.feed(data, 0, data.length, (f, n) -> rows.add(Arrays.asList(Arrays.copyOf(f, n))));
        assertThat(rows).containsExactly(row("", null));
    }

    @Test
    void csvUnterminatedQuoteIsBadCopyFileFormat() {
        assertThatThrownBy(() -> parse(CopyOptions.defaultCsv(), "1,\"open\n2,3\n", 100))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.BAD_COPY_FILE_FORMAT);
                    assertThat(e.getMessage()).isEqualTo("unterminated CSV quoted field");
                });
    }

    @Test
    void errorContextTextIsCutAtOneHundredBytes() {
        String longLine = "x".repeat(150);
        assertThat(CopyParser.display(longLine)).isEqualTo("x".repeat(100) + "...");
        assertThat(CopyParser.display("short")).isEqualTo("short");
    }

    @Test
    void optionsAreCheckedAsPostgres() {
        assertThatThrownBy(() -> CopyOptions.parse(Map.of("format", "xml"), true))
                .hasMessage("COPY format \"xml\" not recognized");
        assertThatThrownBy(() -> CopyOptions.parse(Map.of("delimiter", "||"), true))
                .hasMessage("COPY delimiter must be a single one-byte character");
        assertThatThrownBy(() -> CopyOptions.parse(Map.of("quote", "'"), true))
                .hasMessage("COPY quote available only in CSV mode");
        assertThatThrownBy(() -> CopyOptions.parse(Map.of("bogus", "1"), true))
                .hasMessage("option \"bogus\" not recognized");
        assertThat(CopyOptions.parse(Map.of("freeze", "true"), true).format()).isEqualTo(CopyOptions.Format.TEXT);
    }
}
