package io.pglitedb.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AddConstraint;
import io.pglitedb.sql.ast.AlterTable;
import io.pglitedb.sql.ast.Copy;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.ast.Insert;
import io.pglitedb.sql.ast.JoinExpr;
import io.pglitedb.sql.ast.Maintenance;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.SubqueryRef;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.ast.TransactionControl;
import io.pglitedb.sql.ast.Truncate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TRUNCATE, COPY, VACUUM / ANALYZE / CHECKPOINT, ALTER TABLE ADD constraint and functions in FROM. */
class UtilityStatementParserTest {

    private static Statement one(String sql) {
        List<Parser.ParsedStatement> list = Parser.parse(sql);
        assertThat(list).hasSize(1);
        return list.get(0).statement();
    }

    private static PgException error(String sql) {
        return catchThrowableOfType(PgException.class, () -> Parser.parse(sql));
    }

    private static String names(List<QualifiedName> names) {
        return names.stream().map(n -> n.schema() == null ? n.name() : n.schema() + "." + n.name())
                .collect(Collectors.joining(","));
    }

    private static String show(FromItem item) {
        return switch (item) {
            case TableRef t -> t.name().name() + (t.alias() == null ? "" : " " + t.alias());
            case FunctionRef f -> ParserTest.show(f.call()) + (f.alias() == null ? "" : " " + f.alias())
                    + (f.columnAliases().isEmpty() ? "" : f.columnAliases().toString());
            case JoinExpr j -> "(" + show(j.left()) + " " + j.type() + " " + show(j.right()) + ")";
            case SubqueryRef q -> "(subquery) " + q.alias();
        };
    }

    // ---------------------------------------------------------------- TRUNCATE

    @Test
    void truncateListsTablesAndOptions() {
        Truncate t = (Truncate) one("truncate table pgbench_accounts, pgbench_branches, s.h");
        assertThat(names(t.tables())).isEqualTo("pgbench_accounts,pgbench_branches,s.h");
        assertThat(t.restartIdentity()).isFalse();
        assertThat(t.cascade()).isFalse();

        t = (Truncate) one("TRUNCATE ONLY a, b *, ONLY (c) RESTART IDENTITY CASCADE");
        assertThat(names(t.tables())).isEqualTo("a,b,c");
        assertThat(t.restartIdentity()).isTrue();
        assertThat(t.cascade()).isTrue();

        t = (Truncate) one("truncate a continue identity restrict");
        assertThat(t.restartIdentity()).isFalse();
        assertThat(t.cascade()).isFalse();
    }

    // ---------------------------------------------------------------- VACUUM / ANALYZE / CHECKPOINT

    @Test
    void vacuumAnalyzeAndCheckpoint() {
        Maintenance m = (Maintenance) one("vacuum analyze pgbench_branches");
        assertThat(m.kind()).isEqualTo(Maintenance.Kind.VACUUM_ANALYZE);
        assertThat(names(m.tables())).isEqualTo("pgbench_branches");

        m = (Maintenance) one("vacuum pgbench_tellers");
        assertThat(m.kind()).isEqualTo(Maintenance.Kind.VACUUM);
        assertThat(names(m.tables())).isEqualTo("pgbench_tellers");

        m = (Maintenance) one("VACUUM FULL FREEZE VERBOSE ANALYZE t (a, b), u");
        assertThat(m.kind()).isEqualTo(Maintenance.Kind.VACUUM_ANALYZE);
        assertThat(names(m.tables())).isEqualTo("t,u");

        m = (Maintenance) one("vacuum");
        assertThat(m.kind()).isEqualTo(Maintenance.Kind.VACUUM);
        assertThat(m.tables()).isEmpty();

        assertThat(((Maintenance) one("vacuum (verbose, analyze) t")).kind())
                .isEqualTo(Maintenance.Kind.VACUUM_ANALYZE);
        assertThat(((Maintenance) one("vacuum (analyze off, full) t")).kind()).isEqualTo(Maintenance.Kind.VACUUM);
        assertThat(((Maintenance) one("vacuum (parallel 2, index_cleanup auto, analyse)")).kind())
                .isEqualTo(Maintenance.Kind.VACUUM_ANALYZE);

        m = (Maintenance) one("analyse verbose t");
        assertThat(m.kind()).isEqualTo(Maintenance.Kind.ANALYZE);
        assertThat(names(m.tables())).isEqualTo("t");
        assertThat(((Maintenance) one("analyze (verbose, skip_locked) t (a)")).kind())
                .isEqualTo(Maintenance.Kind.ANALYZE);
        assertThat(((Maintenance) one("ANALYZE")).tables()).isEmpty();

        m = (Maintenance) one("checkpoint");
        assertThat(m.kind()).isEqualTo(Maintenance.Kind.CHECKPOINT);
        assertThat(m.tables()).isEmpty();
    }

    // ---------------------------------------------------------------- COPY

    @Test
    void copyAsPgbenchSendsIt() {
        Copy c = (Copy) one("copy pgbench_accounts from stdin with (freeze on)");
        assertThat(c.table().name()).isEqualTo("pgbench_accounts");
        assertThat(c.from()).isTrue();
        assertThat(c.file()).isNull();
        assertThat(c.query()).isNull();
        assertThat(c.columns()).isEmpty();
        assertThat(c.options()).isEqualTo(Map.of("freeze", "on"));
        assertThat(c.position()).isZero();

        c = (Copy) one("copy pgbench_branches from stdin");
        assertThat(c.options()).isEmpty();
    }

    @Test
    void copyGenericOptions() {
        Copy c = (Copy) one("COPY t (a, b) FROM STDIN WITH (FORMAT csv, HEADER, DELIMITER ';', NULL 'NULL', "
                + "force_not_null (a, b), force_quote *, ENCODING 'UTF8', freeze TRUE, escape E'\\\\')");
        assertThat(c.columns()).containsExactly("a", "b");
        assertThat(c.options()).isEqualTo(Map.of("format", "csv", "header", "true", "delimiter", ";", "null",
                "NULL", "force_not_null", "a,b", "force_quote", "*", "encoding", "UTF8", "freeze", "true",
                "escape", "\\"));

        c = (Copy) one("copy s.t to 'out.csv' (format 'csv', header 1)");
        assertThat(c.table().schema()).isEqualTo("s");
        assertThat(c.from()).isFalse();
        assertThat(c.file()).isEqualTo("out.csv");
        assertThat(c.options()).isEqualTo(Map.of("format", "csv", "header", "1"));
    }

    @Test
    void copyOldOptions() {
        Copy c = (Copy) one("copy t to stdout with csv header delimiter as ';' null as '' quote '\"' "
                + "escape '\\' force quote a, b");
        assertThat(c.from()).isFalse();
        assertThat(c.options()).isEqualTo(Map.of("format", "csv", "header", "true", "delimiter", ";", "null", "",
                "quote", "\"", "escape", "\\", "force_quote", "a,b"));

        c = (Copy) one("copy t from stdin csv force not null a force null b encoding 'latin1' freeze");
        assertThat(c.options()).isEqualTo(Map.of("format", "csv", "force_not_null", "a", "force_null", "b",
                "encoding", "latin1", "freeze", "true"));

        c = (Copy) one("COPY BINARY t FROM 'f.bin'");
        assertThat(c.options()).isEqualTo(Map.of("format", "binary"));
        assertThat(c.file()).isEqualTo("f.bin");

        c = (Copy) one("copy t from stdin binary");
        assertThat(c.options()).isEqualTo(Map.of("format", "binary"));

        c = (Copy) one("copy t from stdin using delimiters '|'");
        assertThat(c.options()).isEqualTo(Map.of("delimiter", "|"));
    }

    @Test
    void copyQueryToStdout() {
        Copy c = (Copy) one("copy (select a from t where a > 1) to stdout with (format csv)");
        assertThat(c.table()).isNull();
        assertThat(c.query()).isInstanceOf(Select.class);
        assertThat(((Select) c.query()).from()).hasSize(1);
        assertThat(c.from()).isFalse();
        assertThat(c.options()).isEqualTo(Map.of("format", "csv"));
    }

    // ---------------------------------------------------------------- ALTER TABLE

    @Test
    void alterTableAddPrimaryKeyAndUnique() {
        AlterTable a = (AlterTable) one("alter table pgbench_branches add primary key (bid)");
        assertThat(a.table().name()).isEqualTo("pgbench_branches");
        assertThat(a.ifExists()).isFalse();
        assertThat(a.actions()).hasSize(1);
        TableConstraint pk = ((AddConstraint) a.actions().get(0)).constraint();
        assertThat(pk.kind()).isEqualTo(TableConstraint.Kind.PRIMARY_KEY);
        assertThat(pk.name()).isNull();
        assertThat(pk.columns()).containsExactly("bid");
        assertThat(pk.position()).isEqualTo(33);

        a = (AlterTable) one("ALTER TABLE IF EXISTS ONLY s.t ADD CONSTRAINT t_pk PRIMARY KEY (a, b), ADD UNIQUE (c)");
        assertThat(a.ifExists()).isTrue();
        assertThat(a.table().schema()).isEqualTo("s");
        assertThat(a.actions()).hasSize(2);
        TableConstraint first = ((AddConstraint) a.actions().get(0)).constraint();
        assertThat(first.name()).isEqualTo("t_pk");
        assertThat(first.columns()).containsExactly("a", "b");
        TableConstraint second = ((AddConstraint) a.actions().get(1)).constraint();
        assertThat(second.kind()).isEqualTo(TableConstraint.Kind.UNIQUE);
        assertThat(second.columns()).containsExactly("c");
    }

    @Test
    void catalogOnlyAlterTableActionsParse() {
        AlterTable a = (AlterTable) one("alter table t set unlogged, replica identity using index t_k,"
                + " alter column a set statistics -1, alter b set storage External, replica identity full, set logged");
        assertThat(a.actions()).containsExactly(new io.pglitedb.sql.ast.SetPersistence(false),
                new io.pglitedb.sql.ast.ReplicaIdentity('i', "t_k"), new io.pglitedb.sql.ast.SetColumnStatistics("a", -1),
                new io.pglitedb.sql.ast.SetColumnStorage("b", "external"), new io.pglitedb.sql.ast.ReplicaIdentity('f', null),
                new io.pglitedb.sql.ast.SetPersistence(true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alter table t add primary key (a), alter b set compression pglz | ALTER TABLE ALTER COLUMN is not supported yet | 36
            alter table t alter column a set (n_distinct = 10)      | ALTER TABLE ALTER COLUMN is not supported yet    | 15
            alter table t set schema s                              | ALTER TABLE SET SCHEMA is not supported yet      | 15
            alter table t set without cluster                       | ALTER TABLE SET WITHOUT is not supported yet     | 15
            alter table t enable rule r                             | ALTER TABLE ENABLE is not supported yet          | 15
            copy t from program 'cat'                               | COPY FROM PROGRAM is not supported yet           | 13
            copy t from stdin where a > 1                           | COPY ... WHERE is not supported yet              | 19
            select * from rows from (generate_series(1, 3))         | ROWS FROM is not supported yet                   | 15
            """)
    void unsupportedFormsAreFeatureNotSupported(String sql, String message, int position) {
        PgException e = error(sql);
        assertThat(e).as(sql).isNotNull();
        assertThat(e.state()).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.position()).isEqualTo(position);
    }

    // ---------------------------------------------------------------- functions in FROM

    @Test
    void functionsInFrom() {
        Insert ins = (Insert) one("insert into pgbench_branches(bid,bbalance) select bid, 0 "
                + "from generate_series(1, 1) as bid");
        FunctionRef f = (FunctionRef) ((Select) ins.query()).from().get(0);
        assertThat(ParserTest.show(f.call())).isEqualTo("generate_series(1, 1)");
        assertThat(f.alias()).isEqualTo("bid");
        assertThat(f.columnAliases()).isEmpty();
        assertThat(f.position()).isEqualTo(62);

        ins = (Insert) one("insert into pgbench_accounts(aid,bid,abalance,filler) select aid, (aid - 1) / 100000 + 1, "
                + "0, '' from generate_series(1, 100000) as aid");
        assertThat(show(((Select) ins.query()).from().get(0))).isEqualTo("generate_series(1, 100000) aid");

        Select s = (Select) one("select * from t, generate_series(1,3) g, pg_catalog.generate_series(1, 2) as h(x), "
                + "generate_series(1, 2), current_date, u x");
        assertThat(s.from().stream().map(UtilityStatementParserTest::show).toList()).containsExactly("t",
                "generate_series(1, 3) g", "pg_catalog.generate_series(1, 2) h[x]", "generate_series(1, 2)",
                "current_date()", "u x");
    }

    // ---------------------------------------------------------------- pgbench

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE pgbench_tellers(tid int not null,bid int,tbalance int,filler char(84)) with (fillfactor=100)",
        "create table pgbench_history(tid int,bid int,aid    int,delta int,mtime timestamp,filler char(22))",
        "select count(*) from pgbench_branches",
        "UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2",
        "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)",
        "drop table if exists pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers",
        "truncate table pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers",
    })
    void pgbenchStatementsParse(String sql) {
        assertThat(Parser.parse(sql)).hasSize(1);
    }

    @Test
    void endCommits() {
        assertThat(((TransactionControl) one("END;")).kind()).isEqualTo(TransactionControl.Kind.COMMIT);
        assertThat(one("CREATE TABLE pgbench_tellers(tid int not null) with (fillfactor=100)"))
                .isInstanceOf(CreateTable.class);
    }

    // ---------------------------------------------------------------- errors, recorded from PostgreSQL 15

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            truncate                                        | 42601 | syntax error at end of input                  | 9
            truncate tt restart                             | 42601 | syntax error at end of input                  | 20
            truncate only tt *                              | 42601 | syntax error at or near "*"                   | 18
            truncate tt cascade restrict                    | 42601 | syntax error at or near "restrict"            | 21
            vacuum analyze verbose                          | 42601 | syntax error at or near "verbose"             | 16
            vacuum full analyze freeze                      | 42601 | syntax error at or near "freeze"              | 21
            vacuum (analyze,)                               | 42601 | syntax error at or near ")"                   | 17
            vacuum (foo) tt                                 | 42601 | unrecognized VACUUM option "foo"              | 9
            analyze (foo)                                   | 42601 | unrecognized ANALYZE option "foo"             | 10
            checkpoint x                                    | 42601 | syntax error at or near "x"                   | 12
            copy tt from stdin with (foo 1)                 | 42601 | option "foo" not recognized                   | 26
            copy tt from stdin with (format csv, format text) | 42601 | conflicting or redundant options            | 38
            copy binary tt to stdout with csv               | 42601 | conflicting or redundant options              | 31
            copy tt from stdin (format xml)                 | 22023 | COPY format "xml" not recognized              | 21
            copy tt from stdin (force_not_null *)           | 22023 | argument to option "force_not_null" must be a list of column names | 21
            copy tt from stdin delimiter as 1               | 42601 | syntax error at or near "1"                   | 33
            copy (select 1) from stdin                      | 42601 | syntax error at or near "from"                | 17
            copy tt (a,) from stdin                         | 42601 | syntax error at or near ")"                   | 12
            copy tt from stdin with csv header foo          | 42601 | syntax error at or near "foo"                 | 36
            copy tt to stdout (format csv, force_quote (a, 1)) | 42601 | syntax error at or near "1"                | 48
            copy tt                                         | 42601 | syntax error at end of input                  | 8
            alter table tt add                              | 42601 | syntax error at end of input                  | 19
            alter table tt add primary key                  | 42601 | syntax error at end of input                  | 31
            alter table tt add constraint primary key (a)   | 42601 | syntax error at or near "primary"             | 31
            alter table tt add unique (a),                  | 42601 | syntax error at end of input                  | 31
            alter table tt foo                              | 42601 | syntax error at or near "foo"                 | 16
            alter table tt rename to x, add primary key (a) | 42601 | syntax error at or near ","                   | 27
            alter table tt drop column                      | 42601 | syntax error at end of input                  | 27
            alter table tt alter column a set               | 42601 | syntax error at end of input                  | 34
            alter table tt alter column a type              | 42601 | syntax error at end of input                  | 35
            alter table tt add column b int,                | 42601 | syntax error at end of input                  | 33
            alter table tt owner                            | 42601 | syntax error at end of input                  | 21
            select * from generate_series(1,3) g(a,)        | 42601 | syntax error at or near ")"                   | 40
            select * from generate_series(1,3) as           | 42601 | syntax error at end of input                  | 38
            select * from f() over ()                       | 42601 | syntax error at or near ")"                   | 25
            select * from generate_series(1,3)::int         | 42601 | syntax error at or near "::"                  | 35
            select * from int(1)                            | 42601 | syntax error at or near "("                   | 18
            select * from only f(1)                         | 42601 | syntax error at or near "("                   | 21
            select * from true                              | 42601 | syntax error at or near "true"                | 15
            """)
    void errorsMatchPostgres(String sql, String state, String message, int position) {
        PgException e = error(sql);
        assertThat(e).as(sql).isNotNull();
        assertThat(e.state().code()).isEqualTo(state);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void columnListWithoutAnalyzeIsRejectedAfterParsing() {
        PgException e = error("vacuum tt(a)");
        assertThat(e.state()).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
        assertThat(e.getMessage()).isEqualTo("ANALYZE option must be specified when a column list is provided");
        assertThat(error("vacuum tt(a); selec").getMessage()).isEqualTo("syntax error at or near \"selec\"");
    }
}
