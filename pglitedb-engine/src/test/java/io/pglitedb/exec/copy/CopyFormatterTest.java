package io.pglitedb.exec.copy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** COPY TO output, byte for byte as PostgreSQL 15 writes it (checked with psql against it). */
class CopyFormatterTest {
    private static final DataType INT = DataType.of(Types.INT4);
    private static final DataType TEXT = DataType.of(Types.TEXT);

    private static String format(CopyOptions options, DataType[] types, Object... values) {
        return new String(CopyFormatter.of(options, types, List.of("a", "b")).format(values), StandardCharsets.UTF_8);
    }

    @Test
    void textEscapesBackslashDelimiterAndControlCharacters() {
        DataType[] types = {INT, TEXT};
        assertThat(format(CopyOptions.defaultText(), types, 1, "a\tb\nc\\d\re\bf\u000Bg\fh"))
                .isEqualTo("1\ta\\tb\\nc\\\\d\\re\\bf\\vg\\fh\n");
        assertThat(format(CopyOptions.defaultText(), types, 2, null)).isEqualTo("2\t\\N\n");
        assertThat(format(CopyOptions.parse(Map.of("delimiter", "|"), false), types, 3, "x|y"))
                .isEqualTo("3|x\\|y\n");
        assertThat(format(CopyOptions.defaultText(), types, 4, "日本 ü 😀")).isEqualTo("4\t日本 ü 😀\n");
    }

    @Test
    void csvQuotesOnlyWhenNeededAndEmptyStringDiffersFromNull() {
        DataType[] types = {INT, TEXT};
        CopyOptions csv = CopyOptions.defaultCsv();
        assertThat(format(csv, types, 1, "plain")).isEqualTo("1,plain\n");
        assertThat(format(csv, types, 2, "")).isEqualTo("2,\"\"\n");
        assertThat(format(csv, types, 3, null)).isEqualTo("3,\n");
        assertThat(format(csv, types, 4, "a,\"b\"\nc")).isEqualTo("4,\"a,\"\"b\"\"\nc\"\n");
        assertThat(format(csv, types, 5, "back\\slash")).isEqualTo("5,back\\slash\n");
    }

    @Test
    void csvForceQuoteNullStringAndSingleColumnEndMarker() {
        DataType[] types = {INT, TEXT};
        CopyOptions options = CopyOptions.parse(Map.of("format", "csv", "force_quote", "*", "null", "NULL"), false);
        assertThat(format(options, types, 1, null)).isEqualTo("\"1\",NULL\n");
        assertThat(format(CopyOptions.parse(Map.of("format", "csv", "null", "N"), false), types, 1, "N"))
                .isEqualTo("1,\"N\"\n");
        CopyFormatter single = CopyFormatter.of(CopyOptions.defaultCsv(), new DataType[] {TEXT}, List.of("a"));
        assertThat(new String(single.format(new Object[] {"\\."}), StandardCharsets.UTF_8)).isEqualTo("\"\\.\"\n");
    }

    @Test
    void headerLineUsesTheColumnNames() {
        CopyFormatter csv = CopyFormatter.of(CopyOptions.defaultCsv(), new DataType[] {INT, TEXT}, List.of("a", "b c"));
        assertThat(new String(csv.header(List.of("id", "na,me")), StandardCharsets.UTF_8)).isEqualTo("id,\"na,me\"\n");
    }
}
