package io.pglitedb.bench;

import io.pglitedb.sql.parser.Parser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing the statements of pgbench's tpcb-like script as {@code pgbench -M simple} sends them:
 * variables already replaced by literals, one statement per query string.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ParseBenchmark {
    /** The tpcb-like script's statements, in the order pgbench sends them. */
    static final String[] TPCB_STATEMENTS = {
        "UPDATE pgbench_accounts SET abalance = abalance + -2431 WHERE aid = 71361;",
        "SELECT abalance FROM pgbench_accounts WHERE aid = 71361;",
        "UPDATE pgbench_tellers SET tbalance = tbalance + -2431 WHERE tid = 7;",
        "UPDATE pgbench_branches SET bbalance = bbalance + -2431 WHERE bid = 1;",
        "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (7, 1, 71361, -2431, CURRENT_TIMESTAMP);",
    };

    @Param({"update_accounts", "select_abalance", "update_tellers", "update_branches", "insert_history"})
    public String statement;

    private String sql;

    @Setup
    public void setUp() {
        sql = switch (statement) {
            case "update_accounts" -> TPCB_STATEMENTS[0];
            case "select_abalance" -> TPCB_STATEMENTS[1];
            case "update_tellers" -> TPCB_STATEMENTS[2];
            case "update_branches" -> TPCB_STATEMENTS[3];
            case "insert_history" -> TPCB_STATEMENTS[4];
            default -> throw new IllegalArgumentException(statement);
        };
        if (Parser.parse(sql).size() != 1) {
            throw new IllegalStateException("expected one statement: " + sql);
        }
    }

    @Benchmark
    public List<Parser.ParsedStatement> parse() {
        return Parser.parse(sql);
    }
}
