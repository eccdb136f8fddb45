package io.pglitedb.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> lex(String sql) {
        return Lexer.tokenize(sql);
    }

    private static List<String> values(String sql) {
        return lex(sql).stream().filter(t -> t.kind() != TokenKind.EOF).map(Token::value).toList();
    }

    private static List<TokenKind> kinds(String sql) {
        return lex(sql).stream().map(Token::kind).toList();
    }

    @Test
    void identifiersFoldToLowerCaseUnlessQuoted() {
        List<Token> tokens = lex("SeLeCt \"MiXed\"\"Q\" FooBar");
        assertThat(tokens.get(0).keyword()).isEqualTo(Keyword.SELECT);
        assertThat(tokens.get(1).kind()).isEqualTo(TokenKind.QUOTED_IDENT);
        assertThat(tokens.get(1).value()).isEqualTo("MiXed\"Q");
        assertThat(tokens.get(2).value()).isEqualTo("foobar");
        assertThat(tokens.get(2).keyword()).isNull();
    }

    @Test
    void longIdentifiersAreTruncatedTo63Bytes() {
        String name = "a".repeat(70);
        assertThat(lex(name).get(0).value()).hasSize(63);
    }

    @Test
    void numbersAreIntegerOrDecimal() {
        assertThat(kinds("42 4.2 .5 5. 1e5 1.5E-3")).containsExactly(TokenKind.INTEGER, TokenKind.DECIMAL,
                TokenKind.DECIMAL, TokenKind.DECIMAL, TokenKind.DECIMAL, TokenKind.DECIMAL, TokenKind.EOF);
        assertThat(values("1e5 1.5E-3")).containsExactly("1e5", "1.5E-3");
    }

    @Test
    void stringForms() {
        assertThat(values("'it''s'")).containsExactly("it's");
        assertThat(values("E'a\\nb\\'c\\x41\\101\\u00e9'")).containsExactly("a\nb'cAAé");
        assertThat(values("e'\\xc3\\xa9'")).containsExactly("é");
        assertThat(values("$$a'b$$ $tag$x$$y$tag$")).containsExactly("a'b", "x$$y");
        assertThat(values("U&'d\\0061t' U&'d!0061t' UESCAPE '!'")).containsExactly("dat", "dat");
        assertThat(values("'standard \\n'")).containsExactly("standard \\n");
    }

    @Test
    void adjacentStringsContinueOnlyAcrossNewlines() {
        assertThat(values("'a'\n'b'")).containsExactly("ab");
        assertThat(values("'a'  -- c\n  'b'")).containsExactly("ab");
        assertThat(values("'a' 'b'")).containsExactly("a", "b");
        assertThat(values("'a' /* */\n'b'")).containsExactly("a", "b");
    }

    @Test
    void parameters() {
        List<Token> tokens = lex("$1 $23");
        assertThat(tokens.get(0).kind()).isEqualTo(TokenKind.PARAM);
        assertThat(tokens.get(1).value()).isEqualTo("23");
    }

    @Test
    void operatorsFollowPostgresMultiCharRules() {
        assertThat(values("1 +- 2")).containsExactly("1", "+", "-", "2");
        assertThat(values("1 @- 2")).containsExactly("1", "@-", "2");
        assertThat(values("1 *- 2")).containsExactly("1", "*", "-", "2");
        assertThat(values("1 %- 2")).containsExactly("1", "%-", "2");
        assertThat(values("a <> b != c >= d <= e || f ~~ g")).containsExactly("a", "<>", "b", "!=", "c", ">=", "d",
                "<=", "e", "||", "f", "~~", "g");
        assertThat(values("1 </**/ 2")).containsExactly("1", "<", "2");
        assertThat(values("1 <-- c\n 2")).containsExactly("1", "<", "2");
        assertThat(kinds("a::int := => ..")).containsExactly(TokenKind.IDENT, TokenKind.TYPECAST, TokenKind.IDENT,
                TokenKind.COLON_EQUALS, TokenKind.EQUALS_GREATER, TokenKind.DOT_DOT, TokenKind.EOF);
    }

    @Test
    void commentsNestAndPositionsAreOffsetsIntoTheWholeString() {
        List<Token> tokens = lex("/* a /* b */ c */ x -- y\n z");
        assertThat(tokens.get(0).value()).isEqualTo("x");
        assertThat(tokens.get(0).start()).isEqualTo(18);
        assertThat(tokens.get(1).value()).isEqualTo("z");
        assertThat(tokens.get(1).start()).isEqualTo(26);
        assertThat(tokens.get(2).kind()).isEqualTo(TokenKind.EOF);
    }

    @Test
    void lexicalErrorsBecomeAnErrorToken() {
        List<Token> tokens = lex("select 'abc");
        Token last = tokens.get(tokens.size() - 1);
        assertThat(last.kind()).isEqualTo(TokenKind.ERROR);
        assertThat(last.value()).isEqualTo("unterminated quoted string at or near \"'abc\"");
        assertThat(last.start()).isEqualTo(7);
    }
}
