package io.pglitedb.sql.parser;

import io.pglitedb.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * Type names as gram.y's Typename: the SQL-standard multi-word types (double precision, character
 * varying, timestamp with time zone...), generic (possibly schema-qualified) names, modifiers in
 * parentheses and array bounds ({@code int[]}, {@code int[3][]}, {@code int ARRAY}).
 *
 * <p>The name is lower case with words joined by one space, as written: {@code int} stays "int",
 * {@code INTEGER} becomes "integer", {@code char varying} stays "char varying". The quoted
 * {@code "char"} (PostgreSQL's internal one-byte type, not the SQL CHAR) keeps its quotes: "\"char\"".
 */
abstract class TypeNameParser extends TokenCursor {

    TypeNameParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** Typename: a simple type name followed by optional array bounds. */
    final TypeName typeName() {
        Token first = cur();
        if (first.is(Keyword.SETOF)) {
            throw unsupported("SETOF", first);
        }
        TypeName simple = simpleTypeName();
        int dims = 0;
        if (at(Keyword.ARRAY)) {
            advance();
            if (accept(TokenKind.LBRACKET)) {
                expect(TokenKind.INTEGER);
                expect(TokenKind.RBRACKET);
            }
            dims = 1;
        } else {
            while (at(TokenKind.LBRACKET)) {
                advance();
                if (at(TokenKind.INTEGER)) {
                    iconst();
                }
                expect(TokenKind.RBRACKET);
                dims++;
            }
        }
        return dims == 0 ? simple : new TypeName(simple.name(), simple.modifiers(), dims, simple.position());
    }

    /** True if the current token is a keyword that begins one of the SQL-standard type names. */
    static boolean isStandardTypeKeyword(Keyword k) {
        if (k == null) {
            return false;
        }
        switch (k) {
            case INT: case INTEGER: case SMALLINT: case BIGINT: case REAL: case FLOAT: case DOUBLE:
            case DECIMAL: case DEC: case NUMERIC: case BOOLEAN: case BIT: case CHARACTER: case CHAR:
            case VARCHAR: case NATIONAL: case NCHAR: case TIMESTAMP: case TIME: case INTERVAL:
                return true;
            default:
                return false;
        }
    }

    /** SimpleTypename (no array bounds). */
    final TypeName simpleTypeName() {
        Token t = cur();
        int pos = t.start();
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        if (isStandardTypeKeyword(k)) {
            advance();
            switch (k) {
                case INT: case INTEGER: case SMALLINT: case BIGINT: case REAL: case BOOLEAN:
                    return new TypeName(k.text(), List.of(), 0, pos);
                case FLOAT:
                    return new TypeName("float", singleModifier(), 0, pos);
                case DOUBLE:
                    expect(Keyword.PRECISION);
                    return new TypeName("double precision", List.of(), 0, pos);
                case DECIMAL: case DEC: case NUMERIC:
                    return new TypeName(k.text(), modifiers(), 0, pos);
                case BIT: {
                    boolean varying = accept(Keyword.VARYING);
                    return new TypeName(varying ? "bit varying" : "bit", modifiers(), 0, pos);
                }
                case CHARACTER: case CHAR: case NCHAR: {
                    boolean varying = accept(Keyword.VARYING);
                    return new TypeName(varying ? k.text() + " varying" : k.text(), singleModifier(), 0, pos);
                }
                case VARCHAR:
                    return new TypeName("varchar", singleModifier(), 0, pos);
                case NATIONAL: {
                    Token c = cur();
                    if (!c.is(Keyword.CHARACTER) && !c.is(Keyword.CHAR)) {
                        throw syntaxError(c);
                    }
                    advance();
                    boolean varying = accept(Keyword.VARYING);
                    String name = "national " + c.keyword().text() + (varying ? " varying" : "");
                    return new TypeName(name, singleModifier(), 0, pos);
                }
                case TIMESTAMP: case TIME: {
                    List<Integer> mods = singleModifier();
                    String name = k.text();
                    if (at(Keyword.WITH) && la(1).is(Keyword.TIME)) {
                        advance();
                        advance();
                        expect(Keyword.ZONE);
                        name += " with time zone";
                    } else if (accept(Keyword.WITHOUT)) {
                        expect(Keyword.TIME);
                        expect(Keyword.ZONE);
                        name += " without time zone";
                    }
                    return new TypeName(name, mods, 0, pos);
                }
                case INTERVAL: {
                    List<Integer> mods = singleModifier();
                    if (mods.isEmpty() && isIntervalField(cur())) {
                        return new TypeName("interval", intervalFields(), 0, pos);
                    }
                    return new TypeName("interval", mods, 0, pos);
                }
                default:
                    throw syntaxError(t);
            }
        }
        if (!isTypeFunctionName(t)) {
            throw syntaxError(t);
        }
        advance();
        String name = t.kind() == TokenKind.QUOTED_IDENT && t.value().equals("char") ? "\"char\"" : t.value();
        if (at(TokenKind.DOT)) {
            StringBuilder sb = new StringBuilder(name);
            while (accept(TokenKind.DOT)) {
                sb.append('.').append(colLabel());
            }
            name = sb.toString();
        }
        return new TypeName(name, modifiers(), 0, pos);
    }

    /** INTERVAL's field mask bits (INTERVAL_MASK in PostgreSQL's datetime.h). */
    static final int MONTH = 1 << 1;
    static final int YEAR = 1 << 2;
    static final int DAY = 1 << 3;
    static final int HOUR = 1 << 10;
    static final int MINUTE = 1 << 11;
    static final int SECOND = 1 << 12;

    /**
     * opt_interval after INTERVAL: {@code YEAR}, {@code DAY TO SECOND(3)} ... as the two typmods
     * PostgreSQL's grammar gives: the field mask and the precision (0xFFFF when none).
     */
    final List<Integer> intervalFields() {
        Token first = take();
        int mask = fieldMask(first);
        int precision = 0xFFFF;
        if (first.is(Keyword.SECOND)) {
            List<Integer> p = singleModifier();
            if (!p.isEmpty()) {
                precision = p.get(0);
            }
            return List.of(SECOND, precision);
        }
        if (accept(Keyword.TO)) {
            Token last = cur();
            boolean ok = switch (first.keyword()) {
                case YEAR -> last.is(Keyword.MONTH);
                case DAY -> last.is(Keyword.HOUR) || last.is(Keyword.MINUTE) || last.is(Keyword.SECOND);
                case HOUR -> last.is(Keyword.MINUTE) || last.is(Keyword.SECOND);
                case MINUTE -> last.is(Keyword.SECOND);
                default -> false;
            };
            if (!ok) {
                throw syntaxError(last);
            }
            advance();
            int lastBit = fieldMask(last);
            // every field from the first down to the last
            int[] order = {YEAR, MONTH, DAY, HOUR, MINUTE, SECOND};
            boolean in = false;
            for (int bit : order) {
                if (bit == mask) {
                    in = true;
                }
                if (in) {
                    mask |= bit;
                }
                if (bit == lastBit) {
                    break;
                }
            }
            if (last.is(Keyword.SECOND)) {
                List<Integer> p = singleModifier();
                if (!p.isEmpty()) {
                    precision = p.get(0);
                }
            }
        }
        return List.of(mask, precision);
    }

    private static int fieldMask(Token t) {
        return switch (t.keyword()) {
            case YEAR -> YEAR;
            case MONTH -> MONTH;
            case DAY -> DAY;
            case HOUR -> HOUR;
            case MINUTE -> MINUTE;
            default -> SECOND;
        };
    }

    static boolean isIntervalField(Token t) {
        Keyword k = t.keyword();
        return k == Keyword.YEAR || k == Keyword.MONTH || k == Keyword.DAY || k == Keyword.HOUR
                || k == Keyword.MINUTE || k == Keyword.SECOND;
    }

    /** opt_type_modifiers: {@code ( n [, n ...] )}, integers possibly signed, or nothing. */
    private List<Integer> modifiers() {
        if (!at(TokenKind.LPAREN)) {
            return List.of();
        }
        advance();
        List<Integer> mods = new ArrayList<>(2);
        do {
            boolean negative = false;
            if (atOperator("-") || atOperator("+")) {
                negative = take().value().equals("-");
            }
            int v = iconst();
            mods.add(negative ? -v : v);
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return mods;
    }

    /** {@code ( Iconst )} or nothing (CHAR(n), VARCHAR(n), FLOAT(p), TIMESTAMP(p)...). */
    private List<Integer> singleModifier() {
        if (!at(TokenKind.LPAREN)) {
            return List.of();
        }
        advance();
        int v = iconst();
        expect(TokenKind.RPAREN);
        return List.of(v);
    }

    /** An unsigned integer constant that fits in int4 (PostgreSQL's ICONST). */
    final int iconst() {
        Token t = cur();
        if (t.kind() != TokenKind.INTEGER) {
            throw syntaxError(t);
        }
        long v = parseLong(t.value());
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw syntaxError(t); // PostgreSQL's scanner makes it a numeric constant, not ICONST
        }
        advance();
        return (int) v;
    }

    /** Digits to a long; -1 if longer than 18 digits. */
    static long parseLong(String digits) {
        int len = digits.length();
        int i = 0;
        while (i < len - 1 && digits.charAt(i) == '0') {
            i++;
        }
        if (len - i > 18) {
            return -1;
        }
        long v = 0;
        for (; i < len; i++) {
            v = v * 10 + (digits.charAt(i) - '0');
        }
        return v;
    }
}
