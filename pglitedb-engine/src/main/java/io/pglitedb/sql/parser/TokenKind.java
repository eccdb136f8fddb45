package io.pglitedb.sql.parser;

/** The kinds of token PostgreSQL's scanner (scan.l) produces. */
public enum TokenKind {
    /** An unquoted identifier or keyword; {@link Token#keyword()} is set for keywords. */
    IDENT,
    /** A "quoted identifier": never a keyword. */
    QUOTED_IDENT,
    /** Digits only. */
    INTEGER,
    /** A number with a decimal point or an exponent. */
    DECIMAL,
    /** '...', E'...', U&'...', $$...$$: value is the decoded text. */
    STRING,
    /** B'0101': value is the digits. */
    BIT_STRING,
    /** X'1F': value is the hex digits. */
    HEX_STRING,
    /** $1: value is the digits. */
    PARAM,
    /** Any operator, including the one-character ones: + - * / % ^ < > = and <= >= <> != ~~ ||. */
    OPERATOR,
    COMMA,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    DOT,
    SEMICOLON,
    COLON,
    /** :: */
    TYPECAST,
    /** .. */
    DOT_DOT,
    /** := */
    COLON_EQUALS,
    /** => */
    EQUALS_GREATER,
    /** A character PostgreSQL's grammar never accepts (such as a lone $ or {). */
    OTHER,
    /** A lexical error (unterminated string, trailing junk...): raised when the parser reaches it. */
    ERROR,
    EOF
}
