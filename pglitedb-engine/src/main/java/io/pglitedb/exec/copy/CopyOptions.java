package io.pglitedb.exec.copy;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of one COPY, checked as PostgreSQL's ProcessCopyOptions checks them: format (text,
 * csv, binary), delimiter, null string, header, quote and escape (CSV only), force_quote,
 * force_not_null and force_null (CSV only), freeze (accepted, no effect here) and encoding
 * (UTF8 only).
 */
public final class CopyOptions {
    public enum Format { TEXT, CSV, BINARY }

    private final Format format;
    private final byte delimiter;
    private final String nullText;
    private final byte[] nullBytes;
    private final boolean header;
    private final byte quote;
    private final byte escape;
    /** null = none; an empty list with forceQuoteAll = "*". */
    private final List<String> forceQuote;
    private final boolean forceQuoteAll;
    private final List<String> forceNotNull;
    private final List<String> forceNull;

    private CopyOptions(Format format, byte delimiter, String nullText, boolean header, byte quote, byte escape,
            List<String> forceQuote, boolean forceQuoteAll, List<String> forceNotNull, List<String> forceNull) {
        this.format = format;
        this.delimiter = delimiter;
        this.nullText = nullText;
        this.nullBytes = nullText.getBytes(StandardCharsets.UTF_8);
        this.header = header;
        this.quote = quote;
        this.escape = escape;
        this.forceQuote = forceQuote;
        this.forceQuoteAll = forceQuoteAll;
        this.forceNotNull = forceNotNull;
        this.forceNull = forceNull;
    }

    /** Text format with PostgreSQL's defaults (tab, \N). */
    public static CopyOptions defaultText() {
        return parse(Map.of(), true);
    }

    /** CSV format with PostgreSQL's defaults (comma, empty null string, double quote). */
    public static CopyOptions defaultCsv() {
        return parse(Map.of("format", "csv"), true);
    }

    /**
     * @param options the statement's options by lower-case name (see {@link io.pglitedb.sql.ast.Copy})
     * @param from true for COPY FROM
     * @throws PgException as PostgreSQL for unknown or conflicting options
     */
    public static CopyOptions parse(Map<String, String> options, boolean from) {
        Format format = Format.TEXT;
        String delimiter = null;
        String nullText = null;
        boolean header = false;
        String quote = null;
        String escape = null;
        String forceQuote = null;
        String forceNotNull = null;
        String forceNull = null;
        String fmt = options.get("format");
        if (fmt != null) {
            format = switch (fmt.toLowerCase(Locale.ROOT)) {
                case "text" -> Format.TEXT;
                case "csv" -> Format.CSV;
                case "binary" -> Format.BINARY;
                default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY format \"%s\" not recognized",
                        fmt);
            };
        }
        for (Map.Entry<String, String> e : options.entrySet()) {
            String value = e.getValue();
            switch (e.getKey()) {
                case "format" -> { }
                case "freeze" -> bool("freeze", value);
                case "delimiter" -> delimiter = value;
                case "null" -> nullText = value;
                case "header" -> header = header(value, from);
                case "quote" -> quote = value;
                case "escape" -> escape = value;
                case "force_quote" -> forceQuote = value;
                case "force_not_null" -> forceNotNull = value;
                case "force_null" -> forceNull = value;
                case "encoding" -> {
                    String enc = value.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
                    if (!enc.equals("UTF8") && !enc.equals("UNICODE") && !enc.equals("SQLASCII")) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "COPY encoding \"%s\" is not supported yet; only UTF8", value);
                    }
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"%s\" not recognized", e.getKey());
            }
        }
        boolean csv = format == Format.CSV;
        if (format == Format.BINARY && (delimiter != null || nullText != null)) {
            throw new PgException(SqlState.SYNTAX_ERROR, delimiter != null
                    ? "cannot specify DELIMITER in BINARY mode" : "cannot specify NULL in BINARY mode");
        }
        if (delimiter == null) {
            delimiter = csv ? "," : "\t";
        }
        if (nullText == null) {
            nullText = csv ? "" : "\\N";
        }
        if (csv && quote == null) {
            quote = "\"";
        }
        if (csv && escape == null) {
            escape = quote;
        }
        if (delimiter.getBytes(StandardCharsets.UTF_8).length != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY delimiter must be a single one-byte character");
        }
        if (delimiter.equals("\r") || delimiter.equals("\n")) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "COPY delimiter cannot be newline or carriage return");
        }
        if (nullText.indexOf('\r') >= 0 || nullText.indexOf('\n') >= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "COPY null representation cannot use newline or carriage return");
        }
        if (!csv && "\\.abcdefghijklmnopqrstuvwxyz0123456789".indexOf(delimiter.charAt(0)) >= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be \"%s\"", delimiter);
        }
        if (!csv && quote != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote available only in CSV mode");
        }
        if (!csv && escape != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY escape available only in CSV mode");
        }
        if (csv && quote.getBytes(StandardCharsets.UTF_8).length != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote must be a single one-byte character");
        }
        if (csv && delimiter.equals(quote)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter and quote must be different");
        }
        if (csv && escape.getBytes(StandardCharsets.UTF_8).length != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY escape must be a single one-byte character");
        }
        if (!csv && forceQuote != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force quote available only in CSV mode");
        }
        if (forceQuote != null && from) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force quote only available using COPY TO");
        }
        if (!csv && forceNotNull != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force not null available only in CSV mode");
        }
        if (forceNotNull != null && !from) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY force not null only available using COPY FROM");
        }
        if (!csv && forceNull != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force null available only in CSV mode");
        }
        if (forceNull != null && !from) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force null only available using COPY FROM");
        }
        if (format == Format.BINARY && header) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot specify HEADER in BINARY mode");
        }
        if (csv && nullText.contains(quote)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "CSV quote character must not appear in the NULL specification");
        }
        boolean quoteAll = "*".equals(forceQuote);
        return new CopyOptions(format, delimiter.getBytes(StandardCharsets.UTF_8)[0], nullText, header,
                csv ? quote.getBytes(StandardCharsets.UTF_8)[0] : (byte) '"',
                csv ? escape.getBytes(StandardCharsets.UTF_8)[0] : (byte) '"',
                quoteAll ? List.of() : names(forceQuote), quoteAll, names(forceNotNull), names(forceNull));
    }

    private static List<String> names(String list) {
        if (list == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String name : list.split(",")) {
            String n = name.trim();
            if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
                n = n.substring(1, n.length() - 1).replace("\"\"", "\"");
            }
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        return List.copyOf(names);
    }

    private static boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes", "t", "y" -> true;
            case "false", "off", "0", "no", "f", "n" -> false;
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "%s requires a Boolean value", name);
        };
    }

    private static boolean header(String value, boolean from) {
        if (value.equalsIgnoreCase("match")) {
            if (!from) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "cannot use \"match\" with HEADER in COPY TO");
            }
            return true;
        }
        return bool("header", value);
    }

    public Format format() {
        return format;
    }

    public boolean csv() {
        return format == Format.CSV;
    }

    public boolean binary() {
        return format == Format.BINARY;
    }

    public byte delimiter() {
        return delimiter;
    }

    public String nullText() {
        return nullText;
    }

    byte[] nullBytes() {
        return nullBytes;
    }

    public boolean header() {
        return header;
    }

    public byte quote() {
        return quote;
    }

    public byte escape() {
        return escape;
    }

    /** FORCE_QUOTE column names, or null when not given; see {@link #forceQuoteAll()}. */
    public List<String> forceQuote() {
        return forceQuote;
    }

    public boolean forceQuoteAll() {
        return forceQuoteAll;
    }

    /** FORCE_NOT_NULL column names, or null. */
    public List<String> forceNotNull() {
        return forceNotNull;
    }

    /** FORCE_NULL column names, or null. */
    public List<String> forceNull() {
        return forceNull;
    }
}
