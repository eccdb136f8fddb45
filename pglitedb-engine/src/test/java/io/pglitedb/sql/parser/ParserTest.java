package io.pglitedb.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.BooleanTest;
import io.pglitedb.sql.ast.CaseExpr;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.ColumnDef;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.DefaultExpr;
import io.pglitedb.sql.ast.Delete;
import io.pglitedb.sql.ast.DropTable;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.Insert;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.Like;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.NotExpr;
import io.pglitedb.sql.ast.ParamRef;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.ResetVariable;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.ast.Savepoint;
import io.pglitedb.sql.ast.SetTransaction;
import io.pglitedb.sql.ast.SetVariable;
import io.pglitedb.sql.ast.ShowVariable;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.sql.ast.TransactionControl;
import io.pglitedb.sql.ast.TransactionModes;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.sql.ast.UnaryOp;
import io.pglitedb.sql.ast.Update;
import io.pglitedb.sql.ast.WindowCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Statement one(String sql) {
        List<Parser.ParsedStatement> list = Parser.parse(sql);
        assertThat(list).hasSize(1);
        return list.get(0).statement();
    }

    private static Select select(String sql) {
        return (Select) one(sql);
    }

    private static Expr expr(String exprText) {
        return select("select " + exprText).items().get(0).expr();
    }

    /** A compact Lisp-like rendering of an expression, to assert trees in one line. */
    static String show(Expr e) {
        return switch (e) {
            case Literal l -> l.kind() == Literal.Kind.STRING ? "'" + l.text() + "'" : l.text();
            case ColumnRef c -> String.join(".", c.parts());
            case ParamRef p -> "$" + p.index();
            case BinaryOp b -> "(" + b.operator() + " " + show(b.left()) + " " + show(b.right()) + ")";
            case UnaryOp u -> "(" + u.operator() + " " + show(u.operand()) + ")";
            case BoolExpr b -> "(" + b.op() + " " + show(b.left()) + " " + show(b.right()) + ")";
            case NotExpr n -> "(NOT " + show(n.operand()) + ")";
            case IsNull n -> "(" + (n.negated() ? "NOTNULL " : "ISNULL ") + show(n.operand()) + ")";
            case BooleanTest t -> "(IS" + (t.negated() ? "NOT" : "") + t.kind() + " " + show(t.operand()) + ")";
            case InList i -> "(" + (i.negated() ? "NOTIN " : "IN ") + show(i.operand()) + " "
                    + i.values().stream().map(ParserTest::show).toList() + ")";
            case Between b -> "(" + (b.negated() ? "NOTBETWEEN" : "BETWEEN") + (b.symmetric() ? "SYM " : " ")
                    + show(b.operand()) + " " + show(b.low()) + " " + show(b.high()) + ")";
            case Like l -> "(" + (l.negated() ? "NOT" : "") + (l.caseInsensitive() ? "ILIKE " : "LIKE ")
                    + show(l.operand()) + " " + show(l.pattern()) + (l.escape() == null ? "" : " " + show(l.escape()))
                    + ")";
            case FuncCall f -> f.name() + (f.distinct() ? "(DISTINCT " : "(")
                    + (f.star() ? "*" : String.join(", ", f.args().stream().map(ParserTest::show).toList())) + ")";
            case CastExpr c -> "(CAST " + show(c.operand()) + " " + type(c.type()) + ")";
            case CaseExpr c -> "(CASE" + (c.operand() == null ? "" : " " + show(c.operand()))
                    + String.join("", c.whens().stream().map(w -> " " + show(w.condition()) + "=>" + show(w.result()))
                    .toList()) + (c.elseResult() == null ? "" : " ELSE " + show(c.elseResult())) + ")";
            case Star s -> s.qualifier() == null ? "*" : s.qualifier() + ".*";
            case DefaultExpr d -> "DEFAULT";
            case WindowCall w -> show(w.call()) + " OVER " + (w.window().refName() == null ? "(...)"
                    : w.window().refName());
            case SubqueryExpr q -> "(" + q.kind() + (q.operand() == null ? "" : " " + q.operator() + " "
                    + show(q.operand())) + " " + q.query().getClass().getSimpleName() + ")";
            case io.pglitedb.sql.ast.ArrayExpr a -> (a.keyword() ? "ARRAY" : "") + "["
                    + String.join(", ", a.elements().stream().map(ParserTest::show).toList()) + "]";
            case io.pglitedb.sql.ast.Subscript s -> show(s.base()) + String.join("", s.indexes().stream()
                    .map(i -> "[" + (i.lower() == null ? "" : show(i.lower())) + (i.slice() ? ":" : "")
                            + (i.upper() == null ? "" : show(i.upper())) + "]").toList());
            case io.pglitedb.sql.ast.ArrayOpExpr a -> "(" + a.operator() + (a.all() ? " ALL " : " ANY ")
                    + show(a.operand()) + " " + show(a.array()) + ")";
            case io.pglitedb.sql.ast.NamedArg n -> n.name() + " => " + show(n.value());
            case io.pglitedb.sql.ast.FieldSelect f -> "(" + show(f.arg()) + ")." + f.field();
            case io.pglitedb.sql.ast.FieldStar f -> "(" + show(f.arg()) + ").*";
            case io.pglitedb.sql.ast.LimitWithTies t -> show(t.count()) + " WITH TIES";
            case io.pglitedb.sql.ast.GroupingSet g -> g.kind() + "("
                    + String.join(", ", g.items().stream().map(ParserTest::show).toList()) + ")";
            case io.pglitedb.sql.ast.RowExpr r -> "ROW(" + String.join(", ", r.fields().stream().map(ParserTest::show)
                    .toList()) + ")";
        };
    }

    static String type(TypeName t) {
        return t.name() + (t.modifiers().isEmpty() ? "" : t.modifiers().toString()) + "[]".repeat(t.arrayDimensions());
    }

    @Test
    void groupingSetsRollupAndCube() {
        Select s = select("select 1 from t group by a, rollup (b, (c, d)), grouping sets ((), cube (e), (f), (g + 1) * 2)");
        assertThat(s.groupBy().stream().map(ParserTest::show).toList()).containsExactly("a",
                "ROLLUP(b, LIST(c, d))", "SETS(EMPTY(), CUBE(e), f, (* (+ g 1) 2))");
        assertThat(show(expr("grouping(a, b)"))).isEqualTo("grouping(a, b)");
    }

    @Test
    void fieldSelectionOfParenthesizedExpressions() {
        assertThat(show(expr("(information_schema._pg_expandarray(i.indkey)).n")))
                .isEqualTo("(information_schema._pg_expandarray(i.indkey)).n");
        assertThat(show(expr("((r.keys)).x + 1"))).isEqualTo("(+ (r.keys).x 1)");
        assertThat(show(expr("(f(a)).b.c"))).isEqualTo("((f(a)).b).c");
    }

    @Test
    void rowConstructors() {
        assertThat(show(expr("(a, b + 1) < ROW(c, t.*)"))).isEqualTo("(< ROW(a, (+ b 1)) ROW(c, t.*))");
        assertThat(show(expr("row()"))).isEqualTo("ROW()");
        assertThat(show(expr("(row(1, 'x')).f2"))).isEqualTo("(ROW(1, 'x')).f2");
        assertThat(show(expr("(a, b) in ((1, 2))"))).isEqualTo("(IN ROW(a, b) [ROW(1, 2)])");
    }

    @Test
    void arrayConstructorsSubscriptsAndAnyAll() {
        assertThat(show(expr("ARRAY[1, 2]"))).isEqualTo("ARRAY[1, 2]");
        assertThat(show(expr("ARRAY[[1, 2], [3]]"))).isEqualTo("ARRAY[[1, 2], [3]]");
        assertThat(show(expr("a[1][2:3]"))).isEqualTo("a[1][2:3]");
        assertThat(show(expr("t.a[:2]"))).isEqualTo("t.a[:2]");
        assertThat(show(expr("-a[1]"))).isEqualTo("(- a[1])");
        assertThat(show(expr("x = ANY (a || b)"))).isEqualTo("(= ANY x (|| a b))");
        assertThat(show(expr("x < ALL ('{1}')"))).isEqualTo("(< ALL x '{1}')");
        assertThat(show(expr("ARRAY(SELECT 1)"))).isEqualTo("(ARRAY Select)");
    }

    @Test
    void precedenceFollowsPostgres() {
        assertThat(show(expr("1 + 2 * 3 - 4"))).isEqualTo("(- (+ 1 (* 2 3)) 4)");
        assertThat(show(expr("-2 ^ 2"))).isEqualTo("(^ (- 2) 2)");
        assertThat(show(expr("2 ^ 3 ^ 4"))).isEqualTo("(^ (^ 2 3) 4)");
        assertThat(show(expr("-1::text"))).isEqualTo("(- (CAST 1 text))");
        assertThat(show(expr("a or b and not c = d"))).isEqualTo("(OR a (AND b (NOT (= c d))))");
        assertThat(show(expr("a || b = c"))).isEqualTo("(= (|| a b) c)");
        assertThat(show(expr("a + b || c"))).isEqualTo("(|| (+ a b) c)");
        assertThat(show(expr("a = b is null"))).isEqualTo("(ISNULL (= a b))");
        assertThat(show(expr("not a is null"))).isEqualTo("(NOT (ISNULL a))");
        assertThat(show(expr("a < b like c"))).isEqualTo("(< a (LIKE b c))");
        assertThat(show(expr("true = not false"))).isEqualTo("(= true (NOT false))");
        assertThat(show(expr("a between 1 and 2 and b"))).isEqualTo("(AND (BETWEEN a 1 2) b)");
        assertThat(show(expr("1 +-+ 2"))).isEqualTo("(+ 1 (- (+ 2)))");
        assertThat(show(expr("a ~~ b"))).isEqualTo("(~~ a b)");
        assertThat(show(expr("null is null is null"))).isEqualTo("(ISNULL (ISNULL null))");
        assertThat(show(expr("1 in (1) in (true)"))).isEqualTo("(IN (IN 1 [1]) [true])");
        assertThat(show(expr("@ -5"))).isEqualTo("(@ (- 5))");
    }

    @Test
    void predicates() {
        assertThat(show(expr("a not like 'x%' escape '!'"))).isEqualTo("(NOTLIKE a 'x%' '!')");
        assertThat(show(expr("a ilike 'b'"))).isEqualTo("(ILIKE a 'b')");
        assertThat(show(expr("a not in (1, 2)"))).isEqualTo("(NOTIN a [1, 2])");
        assertThat(show(expr("a not between symmetric 1 and 2"))).isEqualTo("(NOTBETWEENSYM a 1 2)");
        assertThat(show(expr("a isnull"))).isEqualTo("(ISNULL a)");
        assertThat(show(expr("a notnull"))).isEqualTo("(NOTNULL a)");
        assertThat(show(expr("a is not null"))).isEqualTo("(NOTNULL a)");
        assertThat(show(expr("a is true"))).isEqualTo("(ISTRUE a)");
        assertThat(show(expr("a is not unknown"))).isEqualTo("(ISNOTUNKNOWN a)");
        assertThat(show(expr("a is not distinct from b"))).isEqualTo("(IS NOT DISTINCT FROM a b)");
        assertThat(show(expr("a similar to 'x'"))).isEqualTo("(~ a similar_to_escape('x'))");
    }

    @Test
    void literalsAndReferences() {
        assertThat(expr("42")).isEqualTo(new Literal(Literal.Kind.INTEGER, "42", 7));
        assertThat(expr("1e5")).isEqualTo(new Literal(Literal.Kind.DECIMAL, "1e5", 7));
        assertThat(expr("TRUE")).isEqualTo(new Literal(Literal.Kind.BOOLEAN, "true", 7));
        assertThat(expr("null")).isEqualTo(new Literal(Literal.Kind.NULL, "null", 7));
        assertThat(expr("-5")).isEqualTo(new UnaryOp("-", new Literal(Literal.Kind.INTEGER, "5", 8), 7));
        assertThat(expr("$2")).isEqualTo(new ParamRef(2, 7));
        assertThat(expr("T.\"Col\"")).isEqualTo(new ColumnRef(List.of("t", "Col"), 7));
        assertThat(show(expr("s.t.*"))).isEqualTo("s.t.*");
        assertThat(show(expr("name"))).isEqualTo("name");
        assertThat(show(expr("e'a\\tb'"))).isEqualTo("'a\tb'");
    }

    @Test
    void functionsCastsAndCase() {
        assertThat(show(expr("count(*)"))).isEqualTo("count(*)");
        assertThat(show(expr("count(distinct a)"))).isEqualTo("count(DISTINCT a)");
        assertThat(show(expr("pg_catalog.lower(x)"))).isEqualTo("pg_catalog.lower(x)");
        assertThat(show(expr("coalesce(a, 1)"))).isEqualTo("coalesce(a, 1)");
        assertThat(show(expr("cast(a as varchar(10))"))).isEqualTo("(CAST a varchar[10])");
        assertThat(show(expr("a::numeric(10,2)[]"))).isEqualTo("(CAST a numeric[10, 2][])");
        assertThat(show(expr("integer '5'"))).isEqualTo("(CAST '5' integer)");
        assertThat(show(expr("date '2020-01-01'"))).isEqualTo("(CAST '2020-01-01' date)");
        assertThat(show(expr("timestamp with time zone 'x'"))).isEqualTo("(CAST 'x' timestamp with time zone)");
        assertThat(show(expr("double precision '1'"))).isEqualTo("(CAST '1' double precision)");
        assertThat(show(expr("case when a then 1 when b then 2 else 3 end")))
                .isEqualTo("(CASE a=>1 b=>2 ELSE 3)");
        assertThat(show(expr("case x when 1 then 'a' end"))).isEqualTo("(CASE x 1=>'a')");
        assertThat(show(expr("extract(year from d)"))).isEqualTo("extract('year', d)");
        assertThat(show(expr("now() at time zone 'utc'"))).isEqualTo("timezone('utc', now())");
        assertThat(show(expr("current_timestamp"))).isEqualTo("current_timestamp()");
        assertThat(show(expr("substring(s from 2 for 3)"))).isEqualTo("substring(s, 2, 3)");
        assertThat(show(expr("position('b' in s)"))).isEqualTo("position(s, 'b')");
        assertThat(show(expr("trim(leading 'x' from s)"))).isEqualTo("ltrim(s, 'x')");
    }

    @Test
    void positionsAreOperatorsForInfixNodesAndFirstTokensOtherwise() {
        Expr e = expr("a + b");
        assertThat(e.position()).isEqualTo(9);
        assertThat(ExprPositions.leftmost(e)).isEqualTo(7);
        assertThat(expr("f(x)").position()).isEqualTo(7);
        assertThat(expr("1::int").position()).isEqualTo(8);
        assertThat(ExprPositions.leftmost(expr("1::int"))).isEqualTo(7);
    }

    @Test
    void selectWithAllClauses() {
        Select s = select("select distinct a, b as x, c y, t.* from s.t as t, u where a = 1 group by a, b "
                + "having count(*) > 1 order by a desc nulls first, b limit 10 offset 5 rows");
        assertThat(s.distinct()).isTrue();
        assertThat(s.items()).extracting(i -> i.alias()).containsExactly(null, "x", "y", null);
        assertThat(s.from()).hasSize(2);
        assertThat(((TableRef) s.from().get(0)).name()).isEqualTo(new QualifiedName("s", "t", 41));
        assertThat(((TableRef) s.from().get(0)).alias()).isEqualTo("t");
        assertThat(((TableRef) s.from().get(1)).alias()).isNull();
        assertThat(show(s.where())).isEqualTo("(= a 1)");
        assertThat(s.groupBy()).hasSize(2);
        assertThat(show(s.having())).isEqualTo("(> count(*) 1)");
        assertThat(s.orderBy().get(0).descending()).isTrue();
        assertThat(s.orderBy().get(0).nullsFirst()).isTrue();
        assertThat(s.orderBy().get(1).nullsFirst()).isNull();
        assertThat(show(s.limit())).isEqualTo("10");
        assertThat(show(s.offset())).isEqualTo("5");
    }

    @Test
    void limitVariants() {
        assertThat(select("select 1 from t limit all").limit()).isNull();
        assertThat(show(select("select 1 from t fetch first 3 rows only").limit())).isEqualTo("3");
        assertThat(show(select("select 1 from t offset 2 fetch next row only").limit())).isEqualTo("1");
    }

    @Test
    void keywordsAsNamesFollowTheirCategory() {
        Select s = select("select name, text, value, key, action, data from t");
        assertThat(s.items()).hasSize(6);
        assertThat(select("select 1 as from").items().get(0).alias()).isEqualTo("from");
        assertThat(select("select 1 like").items().get(0).alias()).isEqualTo("like");
        assertThat(select("select 1 is from t").items().get(0).alias()).isEqualTo("is");
        assertThat(select("select 1 value").items().get(0).alias()).isEqualTo("value");
    }

    @Test
    void selectWithoutTargetsOrFrom() {
        assertThat(select("select from t").items()).isEmpty();
        assertThat(select("select 1").from()).isEmpty();
    }

    @Test
    void insert() {
        Insert i = (Insert) one("insert into s.t as x (a, b) values (1, default), ($1, 'x') returning a, b as c");
        assertThat(i.table()).isEqualTo(new QualifiedName("s", "t", 12));
        assertThat(i.alias()).isEqualTo("x");
        assertThat(i.columns()).containsExactly("a", "b");
        assertThat(i.values()).hasSize(2);
        assertThat(i.values().get(0).get(1)).isInstanceOf(DefaultExpr.class);
        assertThat(i.query()).isNull();
        assertThat(i.returning()).extracting(r -> r.alias()).containsExactly(null, "c");

        Insert q = (Insert) one("insert into t select a from u");
        assertThat(q.values()).isNull();
        assertThat(((Select) q.query()).from()).hasSize(1);

        Insert d = (Insert) one("insert into t default values");
        assertThat(d.defaultValues()).isTrue();
        assertThat(d.values()).isNull();
    }

    @Test
    void updateAndDelete() {
        Update u = (Update) one("update t x set a = a + 1, b = default where id = $1 returning *");
        assertThat(u.alias()).isEqualTo("x");
        assertThat(u.assignments()).extracting(a -> a.column()).containsExactly("a", "b");
        assertThat(u.assignments().get(1).value()).isInstanceOf(DefaultExpr.class);
        assertThat(show(u.where())).isEqualTo("(= id $1)");
        assertThat(show(u.returning().get(0).expr())).isEqualTo("*");
        assertThat(((Update) one("update t set x = 1")).alias()).isNull();

        Delete d = (Delete) one("delete from t as x where x.a = 1");
        assertThat(d.alias()).isEqualTo("x");
        assertThat(show(d.where())).isEqualTo("(= x.a 1)");
        assertThat(d.returning()).isEmpty();
    }

    @Test
    void createTable() {
        CreateTable c = (CreateTable) one("create table if not exists t (id serial primary key, "
                + "name varchar(20) not null unique, price numeric(10,2) default 0.0, ts timestamp(3) with time zone, "
                + "d double precision, arr int[][], constraint pk primary key (id, name), unique (name)) "
                + "with (fillfactor = 70)");
        assertThat(c.ifNotExists()).isTrue();
        assertThat(c.columns()).extracting(ColumnDef::name).containsExactly("id", "name", "price", "ts", "d", "arr");
        assertThat(c.columns()).extracting(col -> type(col.type())).containsExactly("serial", "varchar[20]",
                "numeric[10, 2]", "timestamp with time zone[3]", "double precision", "int[][]");
        assertThat(c.columns().get(0).primaryKey()).isTrue();
        assertThat(c.columns().get(1).notNull()).isTrue();
        assertThat(c.columns().get(1).unique()).isTrue();
        assertThat(show(c.columns().get(2).defaultValue())).isEqualTo("0.0");
        assertThat(c.constraints()).containsExactly(
                new TableConstraint(TableConstraint.Kind.PRIMARY_KEY, "pk", List.of("id", "name"), 185),
                new TableConstraint(TableConstraint.Kind.UNIQUE, null, List.of("name"), 223));
    }

    @Test
    void dropTable() {
        DropTable d = (DropTable) one("drop table if exists a, s.b cascade");
        assertThat(d.ifExists()).isTrue();
        assertThat(d.cascade()).isTrue();
        assertThat(d.names()).extracting(QualifiedName::name).containsExactly("a", "b");
    }

    @Test
    void transactionControl() {
        assertThat(one("begin")).isEqualTo(
                new TransactionControl(TransactionControl.Kind.BEGIN, TransactionModes.NONE, false));
        assertThat(one("start transaction isolation level repeatable read, read only")).isEqualTo(
                new TransactionControl(TransactionControl.Kind.START,
                        new TransactionModes("repeatable read", true, null), false));
        assertThat(one("begin work isolation level serializable read write not deferrable")).isEqualTo(
                new TransactionControl(TransactionControl.Kind.BEGIN,
                        new TransactionModes("serializable", false, false), false));
        assertThat(one("end transaction")).isEqualTo(
                new TransactionControl(TransactionControl.Kind.COMMIT, TransactionModes.NONE, false));
        assertThat(one("commit and chain")).isEqualTo(
                new TransactionControl(TransactionControl.Kind.COMMIT, TransactionModes.NONE, true));
        assertThat(one("abort work and no chain")).isEqualTo(
                new TransactionControl(TransactionControl.Kind.ROLLBACK, TransactionModes.NONE, false));
        assertThat(one("savepoint a")).isEqualTo(new Savepoint(Savepoint.Kind.DEFINE, "a"));
        assertThat(one("release savepoint \"B\"")).isEqualTo(new Savepoint(Savepoint.Kind.RELEASE, "B"));
        assertThat(one("rollback work to c")).isEqualTo(new Savepoint(Savepoint.Kind.ROLLBACK_TO, "c"));
        io.pglitedb.sql.ast.LockedQuery locked = (io.pglitedb.sql.ast.LockedQuery) one(
                "select * from t order by id limit 1 for no key update of t skip locked for share");
        assertThat(locked.clauses()).extracting(io.pglitedb.sql.ast.LockingClause::strength)
                .containsExactly("NO KEY UPDATE", "SHARE");
        assertThat(locked.clauses().get(0).waitPolicy()).isEqualTo("SKIP LOCKED");
        assertThat(locked.clauses().get(0).of()).extracting(QualifiedName::name).containsExactly("t");
    }

    @Test
    void setShowReset() {
        assertThat(one("set search_path to a, 'b'")).isEqualTo(new SetVariable("search_path", List.of("a", "b"), false));
        assertThat(one("set local x.y = -1.5")).isEqualTo(new SetVariable("x.y", List.of("-1.5"), true));
        assertThat(one("set session x = on")).isEqualTo(new SetVariable("x", List.of("on"), false));
        assertThat(one("set x to default")).isEqualTo(new SetVariable("x", List.of(), false));
        assertThat(one("set time zone 'UTC'")).isEqualTo(new SetVariable("timezone", List.of("UTC"), false));
        assertThat(one("set time zone local")).isEqualTo(new SetVariable("timezone", List.of(), false));
        assertThat(one("set names 'utf8'")).isEqualTo(new SetVariable("client_encoding", List.of("utf8"), false));
        assertThat(one("set transaction isolation level read committed"))
                .isEqualTo(new SetTransaction(new TransactionModes("read committed", null, null), false));
        assertThat(one("set session characteristics as transaction read only, deferrable"))
                .isEqualTo(new SetTransaction(new TransactionModes(null, true, true), true));
        assertThat(one("show all")).isEqualTo(new ShowVariable("all"));
        assertThat(one("show time zone")).isEqualTo(new ShowVariable("timezone"));
        assertThat(one("show transaction isolation level")).isEqualTo(new ShowVariable("transaction_isolation"));
        assertThat(one("SHOW Search_Path")).isEqualTo(new ShowVariable("search_path"));
        assertThat(one("reset all")).isEqualTo(new ResetVariable("all"));
        assertThat(one("reset a.b")).isEqualTo(new ResetVariable("a.b"));
    }

    @Test
    void multipleStatementsKeepTheirOwnText() {
        List<Parser.ParsedStatement> list = Parser.parse(" select 1 ;; select ';' ; /* c */ select $$;$$ ;");
        assertThat(list).extracting(Parser.ParsedStatement::text)
                .containsExactly("select 1", "select ';'", "/* c */ select $$;$$");
        assertThat(Parser.parse("")).isEmpty();
        assertThat(Parser.parse(" ; ; ")).isEmpty();
    }
}
