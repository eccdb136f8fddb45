package io.pglitedb.isolation;

import io.pglitedb.isolation.TestSession.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a scripted interleaving of 2–3 sessions and writes down what each step observed, so that
 * the same script can be run against our server and the reference PostgreSQL and the two lists
 * compared. A script is one step per line:
 * <ul>
 * <li>{@code N: SQL} runs SQL in session N (1–3); {@code N: BEGIN} becomes
 * {@code BEGIN ISOLATION LEVEL <level>}; {@code ${pidN}} is replaced by session N's backend pid;</li>
 * <li>{@code N: wait} waits for session N's blocked statement and records what it returned
 * (or that nothing was blocked: some levels do not block where others do).</li>
 * </ul>
 * A step is observed as its outcome ({@link TestSession}'s text form: rows, {@code count N} or
 * {@code ERROR sqlstate: message}) or as {@code blocked}. At the end every statement still
 * pending is waited for, and the table's final contents are read in a new session.
 */
final class Interleaving {
    private Interleaving() {
    }

    static final String SETUP_TABLE = "CREATE TABLE test (id integer PRIMARY KEY, value integer)";
    static final String SETUP_ROWS = "INSERT INTO test (id, value) VALUES (1, 10), (2, 20)";

    static List<String> run(IsolationServer server, String script, String level) throws Exception {
        server.setup("DROP TABLE IF EXISTS test", SETUP_TABLE, SETUP_ROWS);
        Map<Integer, TestSession> sessions = new HashMap<>();
        Map<Integer, Step> pending = new HashMap<>();
        List<String> observed = new ArrayList<>();
        List<String> lines = script.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String line : lines) {
            int colon = line.indexOf(':');
            int n = Integer.parseInt(line.substring(0, colon).strip());
            String sql = line.substring(colon + 1).strip();
            TestSession session = sessions.get(n);
            if (session == null) {
                session = server.session("s" + n);
                sessions.put(n, session);
            }
            if (sql.equals("wait")) {
                Step step = pending.remove(n);
                if (step == null) {
                    observed.add(n + ": (nothing was blocked)");
                    continue;
                }
                observed.add(n + ": (released) " + step.sql() + " -> " + outcome(step));
                continue;
            }
            if (pending.containsKey(n)) {
                throw new IllegalStateException("s" + n + " is still blocked: " + line);
            }
            String text = sql.equalsIgnoreCase("BEGIN") ? "BEGIN ISOLATION LEVEL " + level : sql;
            String executed = text;
            for (var e : sessions.entrySet()) {
                executed = executed.replace("${pid" + e.getKey() + "}", Integer.toString(e.getValue().pid()));
            }
            Step step = session.run(executed);
            if (step.blocked()) {
                pending.put(n, new Step(step.session(), text, step.future(), true));
                observed.add(n + ": " + text + " -> blocked");
            } else {
                observed.add(n + ": " + text + " -> " + outcome(step));
            }
        }
        for (var e : pending.entrySet()) {
            observed.add(e.getKey() + ": (released at end) " + e.getValue().sql() + " -> " + outcome(e.getValue()));
        }
        for (TestSession session : sessions.values()) {
            session.close();
        }
        TestSession reader = server.session("final");
        observed.add("final: " + reader.exec("SELECT id, value FROM test ORDER BY id"));
        return observed;
    }

    /** The step's outcome; an error's DETAIL (SSI's reason codes) is part of it. */
    private static String outcome(Step step) {
        String result = step.result();
        String detail = step.session().lastErrorDetail;
        return result.startsWith("ERROR ") && detail != null ? result + " DETAIL: " + detail : result;
    }
}
