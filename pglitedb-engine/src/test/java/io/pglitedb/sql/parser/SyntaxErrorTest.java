package io.pglitedb.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error messages and 1-based positions, each recorded from PostgreSQL 15
 * ({@code psql -X -h 127.0.0.1 -p 55432 -v VERBOSITY=verbose} / pgJDBC's ServerErrorMessage).
 */
class SyntaxErrorTest {

    private static PgException error(String sql) {
        return catchThrowableOfType(PgException.class, () -> Parser.parse(sql));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            SELEC 1                                  | syntax error at or near "SELEC"                | 1
            select 1 +                               | syntax error at end of input                   | 11
            select (1                                | syntax error at end of input                   | 10
            select from                              | syntax error at end of input                   | 12
            select * from t where                    | syntax error at end of input                   | 22
            `  select 1,   `                         | syntax error at end of input                   | 15
            select 1 'abc' x                         | syntax error at or near "'abc'"                | 10
            select 1 "Foo""x" y z                    | syntax error at or near "y"                    | 19
            select 1 + -- hi                         | syntax error at end of input                   | 17
            select 1 +; select 2                     | syntax error at or near ";"                    | 11
            select 1; selec 2                        | syntax error at or near "selec"                | 11
            select 1 1.5e3                           | syntax error at or near "1.5e3"                | 10
            select 1 $1                              | syntax error at or near "$1"                   | 10
            select * from from                       | syntax error at or near "from"                 | 15
            select a from t order                    | syntax error at end of input                   | 22
            select 1 @-@                             | syntax error at end of input                   | 13
            select 1 < 2 < 3                         | syntax error at or near "<"                    | 14
            select 1 = 2 = 3                         | syntax error at or near "="                    | 14
            select 1 like 2 like 3                   | syntax error at or near "like"                 | 17
            select 1 between 0 and 2 between true and true | syntax error at or near "between"        | 26
            select a is distinct from b is null      | syntax error at or near "is"                   | 29
            select char(65)                          | syntax error at end of input                   | 16
            select int(5) '3'                        | syntax error at or near "("                    | 11
            select 1 year                            | syntax error at or near "year"                 | 10
            select left from t                       | syntax error at or near "from"                 | 13
            select 1 x y                             | syntax error at or near "y"                    | 12
            select 1.5.3                             | syntax error at or near ".3"                   | 11
            select 1..2                              | syntax error at or near ".."                   | 9
            select 1 $ 2                             | syntax error at or near "$"                    | 10
            select 1 is foo                          | syntax error at or near "foo"                  | 13
            select * from t limit 1 limit 2          | syntax error at or near "limit"                | 25
            create table t (a)                       | syntax error at end of input                   | 19
            create table t (a int,)                  | syntax error at or near ")"                    | 23
            create table t (a varchar(1,2))          | syntax error at or near ","                    | 28
            create foo                               | syntax error at or near "foo"                  | 8
            drop foo                                 | syntax error at or near "foo"                  | 6
            begin isolation level foo                | syntax error at or near "foo"                  | 23
            select 1 from t where a = all            | syntax error at end of input                   | 30
            select (1, 2                             | syntax error at end of input                   | 13
            values                                   | syntax error at end of input                   | 7
            select 1 from a.b.c.d                    | improper qualified name (too many dotted names): a.b.c.d | 15
            select default                           | DEFAULT is not allowed in this context         | 8
            select *                                 | SELECT * with no tables specified is not valid | 8
            """)
    void syntaxErrorsMatchPostgres(String sql, String message, int position) {
        PgException e = error(sql);
        assertThat(e).as(sql).isNotNull();
        assertThat(e.state()).isEqualTo(SqlState.SYNTAX_ERROR);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.position()).isEqualTo(position);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            select 'abc                    | unterminated quoted string at or near "'abc"                 | 8
            select e'abc                   | unterminated quoted string at or near "e'abc"                | 8
            select $$abc                   | unterminated dollar-quoted string at or near "$$abc"         | 8
            select /* abc /* x */          | unterminated /* comment at or near "/* abc /* x */"          | 8
            select "abc                    | unterminated quoted identifier at or near ""abc"             | 8
            select "" x                    | zero-length delimited identifier at or near \"\"\"\"             | 8
            select 123abc def              | trailing junk after numeric literal at or near "123abc"      | 8
            select 123ab$c+1               | trailing junk after numeric literal at or near "123ab$c"     | 8
            select 1e+ 5                   | trailing junk after numeric literal at or near "1e+"         | 8
            select 0x1f                    | trailing junk after numeric literal at or near "0x1f"        | 8
            select $1 $2a b                | trailing junk after parameter at or near "$2a"               | 11
            """)
    void lexicalErrorsMatchPostgres(String sql, String message, int position) {
        PgException e = error(sql);
        assertThat(e).as(sql).isNotNull();
        assertThat(e.state()).isEqualTo(SqlState.SYNTAX_ERROR);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.position()).isEqualTo(position);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alter table t alter column b set (n_distinct = 5) | ALTER TABLE ALTER COLUMN is not supported yet
            copy t from program 'cat'                | COPY FROM PROGRAM is not supported yet
            create foreign table f (a int) server s  | CREATE FOREIGN TABLE is not supported yet
            select 1 from t order by a using operator(pg_catalog.<) | ORDER BY ... USING is not supported yet
            select 1 from (select 1 from t for update) s | FOR UPDATE/SHARE in a subquery is not supported yet
            """)
    void validButUnsupportedStatementsAreFeatureNotSupported(String sql, String message) {
        PgException e = error(sql);
        assertThat(e).as(sql).isNotNull();
        assertThat(e.state()).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @org.junit.jupiter.api.Test
    void syntaxErrorLaterInTheStringWinsOverAnUnsupportedStatement() {
        PgException e = error("create index i on t(a); selec");
        assertThat(e.state()).isEqualTo(SqlState.SYNTAX_ERROR);
        assertThat(e.getMessage()).isEqualTo("syntax error at or near \"selec\"");
        assertThat(e.position()).isEqualTo(25);
    }
}
