package io.pglitedb.plpgsql;

import java.util.List;

/**
 * The statements of a PL/pgSQL body (PostgreSQL's PLpgSQL_stmt_* nodes), as {@link PlParser}
 * makes them. Expressions and SQL statements stay text ({@link PlQuery}), planned when first run.
 * {@code line} is the statement's line in the function body (CONTEXT lines name it).
 */
sealed interface PlStatement {
    int line();

    /** What {@code CONTEXT: ... line N at KIND} names the statement as. */
    String kind();

    /** [<<label>>] [DECLARE ...] BEGIN ... [EXCEPTION WHEN ... THEN ...] END. */
    record Block(int line, String label, List<Declaration> declarations, List<PlStatement> body,
            List<Handler> handlers) implements PlStatement {
        public String kind() {
            return "statement block";
        }
    }

    /** One WHEN branch of an exception block: condition names or SQLSTATE codes (lower case). */
    record Handler(List<String> conditions, List<PlStatement> body) {
    }

    /** {@code target := expr}; {@code field} is set for {@code record.field := expr}, {@code subscript} for {@code a[i] := expr}. */
    record Assign(int line, String target, String field, PlQuery subscript, PlQuery value) implements PlStatement {
        public String kind() {
            return "assignment";
        }
    }

    record If(int line, List<PlQuery> conditions, List<List<PlStatement>> branches, List<PlStatement> otherwise)
            implements PlStatement {
        public String kind() {
            return "IF";
        }
    }

    /** CASE [selector] WHEN ... THEN ... [ELSE ...] END CASE; without ELSE a miss is 20000. */
    record Case(int line, PlQuery selector, List<PlQuery> whens, List<List<PlStatement>> branches,
            List<PlStatement> otherwise) implements PlStatement {
        public String kind() {
            return "CASE";
        }
    }

    record Loop(int line, String label, List<PlStatement> body) implements PlStatement {
        public String kind() {
            return "LOOP";
        }
    }

    record While(int line, String label, PlQuery condition, List<PlStatement> body) implements PlStatement {
        public String kind() {
            return "WHILE";
        }
    }

    /** FOR i IN [REVERSE] lower .. upper [BY step] LOOP. */
    record ForInteger(int line, String label, String variable, boolean reverse, PlQuery lower, PlQuery upper,
            PlQuery step, List<PlStatement> body) implements PlStatement {
        public String kind() {
            return "FOR with integer loop variable";
        }
    }

    /** FOR targets IN query LOOP, or FOR targets IN EXECUTE expr [USING ...] LOOP ({@code dynamic}). */
    record ForQuery(int line, String label, List<String> targets, PlQuery query, PlQuery dynamic,
            List<PlQuery> using, List<PlStatement> body) implements PlStatement {
        public String kind() {
            return dynamic != null ? "FOR over EXECUTE statement" : "FOR over SELECT rows";
        }
    }

    /** FOREACH target [SLICE n] IN ARRAY expr LOOP. */
    record ForEach(int line, String label, List<String> targets, int slice, PlQuery array, List<PlStatement> body)
            implements PlStatement {
        public String kind() {
            return "FOREACH over array";
        }
    }

    /** EXIT or CONTINUE [label] [WHEN cond]. */
    record Exit(int line, boolean isContinue, String label, PlQuery condition) implements PlStatement {
        public String kind() {
            return isContinue ? "CONTINUE" : "EXIT";
        }
    }

    /** RETURN [expr]. */
    record Return(int line, PlQuery value) implements PlStatement {
        public String kind() {
            return "RETURN";
        }
    }

    record ReturnNext(int line, PlQuery value) implements PlStatement {
        public String kind() {
            return "RETURN NEXT";
        }
    }

    /** RETURN QUERY query, or RETURN QUERY EXECUTE expr [USING ...]. */
    record ReturnQuery(int line, PlQuery query, PlQuery dynamic, List<PlQuery> using) implements PlStatement {
        public String kind() {
            return "RETURN QUERY";
        }
    }

    /**
     * RAISE [level] ['format' [, expr ...]] [USING option = expr, ...], or RAISE [level]
     * condition_name / SQLSTATE 'xxxxx', or a bare RAISE (re-throw in a handler).
     */
    record Raise(int line, String level, String condition, String format, List<PlQuery> arguments,
            List<String> optionNames, List<PlQuery> optionValues) implements PlStatement {
        public String kind() {
            return "RAISE";
        }
    }

    record Assert(int line, PlQuery condition, PlQuery message) implements PlStatement {
        public String kind() {
            return "ASSERT";
        }
    }

    /** PERFORM query: the query is {@code SELECT} plus the text after PERFORM. */
    record Perform(int line, PlQuery query) implements PlStatement {
        public String kind() {
            return "PERFORM";
        }
    }

    /** A SQL statement, with its INTO targets (empty when none). */
    record Sql(int line, PlQuery statement, List<String> into, boolean strict, String verb) implements PlStatement {
        public String kind() {
            return "SQL statement";
        }
    }

    /** EXECUTE expr [INTO [STRICT] targets] [USING expr, ...]. */
    record Execute(int line, PlQuery command, List<String> into, boolean strict, List<PlQuery> using)
            implements PlStatement {
        public String kind() {
            return "EXECUTE";
        }
    }

    /** GET [CURRENT | STACKED] DIAGNOSTICS target = item, ... */
    record GetDiagnostics(int line, boolean stacked, List<String> targets, List<String> items)
            implements PlStatement {
        public String kind() {
            return "GET DIAGNOSTICS";
        }
    }

    record Null(int line) implements PlStatement {
        public String kind() {
            return "NULL";
        }
    }

    /** A statement this interpreter parses but cannot run yet (cursors, COMMIT ...): 0A000 when reached. */
    record Unsupported(int line, String what) implements PlStatement {
        public String kind() {
            return what;
        }
    }
}
