package io.pglitedb.plpgsql;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.parser.Parser;
import io.pglitedb.sql.parser.Token;
import io.pglitedb.sql.parser.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PL/pgSQL's grammar (pl_gram.y) over the SQL scanner's tokens. Like PostgreSQL, expressions and
 * SQL statements are not parsed here: they are cut out as text up to the word that ends them (THEN,
 * LOOP, a semicolon ...) at parenthesis depth 0, and parsed by the SQL parser when first run. A
 * SELECT's (or RETURNING's) INTO clause is cut out of the statement text here.
 */
final class PlParser {
    private static final Set<String> STATEMENT_LIST_END = Set.of("end", "elsif", "elseif", "else", "when",
            "exception");

    private final String source;
    private final List<Token> tokens;
    private final int[] lineStarts;
    private int pos;

    private PlParser(String source) {
        this.source = source;
        this.tokens = Parser.tokenize(source);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Parses a function body (or a DO block).
     *
     * @throws PgException 42601 on a syntax error
     */
    static PlStatement.Block parse(String source) {
        PlParser p = new PlParser(source);
        String label = p.optionalLabel();
        PlStatement.Block block = p.block(label);
        if (p.cur().kind() == TokenKind.SEMICOLON) {
            p.pos++;
        }
        if (p.cur().kind() != TokenKind.EOF) {
            throw p.syntaxError(p.cur());
        }
        return block;
    }

    // ---------------------------------------------------------------- tokens

    private Token cur() {
        return tokens.get(pos);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private int line(Token t) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= t.start()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** True when {@code t} is the unquoted word {@code w} (keyword or identifier). */
    private static boolean isWord(Token t, String w) {
        return t.kind() == TokenKind.IDENT && t.value().equals(w);
    }

    private boolean at(String w) {
        return isWord(cur(), w);
    }

    private boolean accept(String w) {
        if (at(w)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String w) {
        if (!accept(w)) {
            throw syntaxError(cur());
        }
    }

    private void expectSemicolon() {
        if (cur().kind() != TokenKind.SEMICOLON) {
            throw syntaxError(cur());
        }
        pos++;
    }

    private String identifier() {
        Token t = cur();
        if (t.kind() != TokenKind.IDENT && t.kind() != TokenKind.QUOTED_IDENT) {
            throw syntaxError(t);
        }
        pos++;
        return t.value();
    }

    PgException syntaxError(Token t) {
        if (t.kind() == TokenKind.ERROR) {
            return new PgException(SqlState.SYNTAX_ERROR, t.value())
                    .withContext("compilation of PL/pgSQL function near line " + line(t));
        }
        String near = t.kind() == TokenKind.EOF ? "syntax error at end of input"
                : "syntax error at or near \"" + source.substring(t.start(), t.end()) + "\"";
        return new PgException(SqlState.SYNTAX_ERROR, near);
    }

    /** The source text from token {@code from} up to (not including) token {@code to}. */
    private String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return source.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /**
     * Skips to the first token at parenthesis depth 0 that is a semicolon or one of {@code words};
     * returns the index where the scan started.
     */
    private int scanTo(Set<String> words, boolean stopAtSemicolon) {
        int start = pos;
        int depth = 0;
        while (true) {
            Token t = cur();
            switch (t.kind()) {
                case EOF -> throw syntaxError(t);
                case ERROR -> throw syntaxError(t);
                case LPAREN, LBRACKET -> depth++;
                case RPAREN, RBRACKET -> depth--;
                case SEMICOLON -> {
                    if (depth == 0 && stopAtSemicolon) {
                        return start;
                    }
                }
                case IDENT -> {
                    if (depth == 0 && words.contains(t.value())) {
                        return start;
                    }
                }
                default -> {
                }
            }
            pos++;
        }
    }

    /** An expression up to one of {@code words} (or a semicolon); the terminator is not consumed. */
    private PlQuery expression(Set<String> words) {
        int start = scanTo(words, true);
        if (start == pos) {
            throw syntaxError(cur());
        }
        return new PlQuery(text(start, pos), true);
    }

    /** An expression up to a comma or semicolon at depth 0. */
    private PlQuery expressionToComma() {
        int start = pos;
        int depth = 0;
        while (true) {
            Token t = cur();
            if (t.kind() == TokenKind.EOF || t.kind() == TokenKind.ERROR) {
                throw syntaxError(t);
            }
            if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN || t.kind() == TokenKind.RBRACKET) {
                depth--;
            } else if (depth == 0 && (t.kind() == TokenKind.COMMA || t.kind() == TokenKind.SEMICOLON)) {
                break;
            }
            pos++;
        }
        if (start == pos) {
            throw syntaxError(cur());
        }
        return new PlQuery(text(start, pos), true);
    }

    private PlQuery expressionToSemicolon() {
        PlQuery q = expression(Set.of());
        expectSemicolon();
        return q;
    }

    // ---------------------------------------------------------------- blocks

    private String optionalLabel() {
        if (cur().isOperator("<<")) {
            pos++;
            String label = identifier();
            if (!cur().isOperator(">>")) {
                throw syntaxError(cur());
            }
            pos++;
            return label;
        }
        return null;
    }

    private PlStatement.Block block(String label) {
        int line = line(cur());
        List<Declaration> declarations = new ArrayList<>();
        if (accept("declare")) {
            while (!at("begin")) {
                if (at("declare")) {
                    pos++;
                    continue;
                }
                declarations.add(declaration());
            }
        }
        if (!at("begin")) {
            throw syntaxError(cur());
        }
        line = line(cur());
        pos++;
        List<PlStatement> body = statements();
        List<PlStatement.Handler> handlers = new ArrayList<>();
        if (accept("exception")) {
            while (accept("when")) {
                List<String> conditions = new ArrayList<>();
                do {
                    if (accept("sqlstate")) {
                        Token code = cur();
                        if (code.kind() != TokenKind.STRING) {
                            throw syntaxError(code);
                        }
                        pos++;
                        conditions.add(code.value());
                    } else {
                        conditions.add(identifier().toLowerCase(Locale.ROOT));
                    }
                } while (accept("or"));
                expect("then");
                handlers.add(new PlStatement.Handler(conditions, statements()));
            }
        }
        expect("end");
        if (cur().kind() == TokenKind.IDENT && !isWord(cur(), "end")) {
            String endLabel = identifier();
            if (label == null || !label.equals(endLabel)) {
                throw syntaxError(tokens.get(pos - 1));
            }
        }
        return new PlStatement.Block(line, label, declarations, body, handlers);
    }

    private Declaration declaration() {
        int line = line(cur());
        String name = identifier();
        if (accept("alias")) {
            expect("for");
            Token t = cur();
            String target = t.kind() == TokenKind.PARAM ? "$" + t.value() : identifier();
            if (t.kind() == TokenKind.PARAM) {
                pos++;
            }
            expectSemicolon();
            return new Declaration(name, null, false, false, null, target, line);
        }
        boolean constant = accept("constant");
        if (at("cursor") || at("scroll") || (at("no") && isWord(peek(1), "scroll"))) {
            scanTo(Set.of(), true);
            pos++;
            return new Declaration(name, "refcursor", false, false, null, null, line);
        }
        int start = pos;
        int depth = 0;
        while (true) {
            Token t = cur();
            if (t.kind() == TokenKind.EOF || t.kind() == TokenKind.ERROR) {
                throw syntaxError(t);
            }
            if (t.kind() == TokenKind.LPAREN) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN) {
                depth--;
            } else if (depth == 0 && (t.kind() == TokenKind.SEMICOLON || t.kind() == TokenKind.COLON_EQUALS
                    || t.isOperator("=") || isWord(t, "default") || isWord(t, "not") || isWord(t, "collate"))) {
                break;
            }
            pos++;
        }
        if (start == pos) {
            throw syntaxError(cur());
        }
        String type = text(start, pos);
        if (accept("collate")) {
            identifier();
            while (cur().kind() == TokenKind.DOT) {
                pos++;
                identifier();
            }
        }
        boolean notNull = false;
        if (accept("not")) {
            expect("null");
            notNull = true;
        }
        PlQuery initial = null;
        if (cur().kind() == TokenKind.COLON_EQUALS || cur().isOperator("=") || at("default")) {
            pos++;
            initial = expression(Set.of());
        }
        expectSemicolon();
        return new Declaration(name, type, constant, notNull, initial, null, line);
    }

    // ---------------------------------------------------------------- statements

    private List<PlStatement> statements() {
        List<PlStatement> list = new ArrayList<>();
        while (true) {
            Token t = cur();
            if (t.kind() == TokenKind.EOF) {
                throw syntaxError(t);
            }
            if (t.kind() == TokenKind.IDENT && STATEMENT_LIST_END.contains(t.value())) {
                return list;
            }
            if (t.kind() == TokenKind.SEMICOLON) {
                pos++;
                continue;
            }
            list.add(statement());
        }
    }

    private PlStatement statement() {
        String label = optionalLabel();
        Token t = cur();
        int line = line(t);
        if (t.kind() == TokenKind.IDENT) {
            switch (t.value()) {
                case "declare", "begin" -> {
                    PlStatement.Block b = block(label);
                    expectSemicolon();
                    return b;
                }
                case "loop" -> {
                    pos++;
                    return new PlStatement.Loop(line, label, loopBody(label));
                }
                case "while" -> {
                    pos++;
                    PlQuery condition = expression(Set.of("loop"));
                    expect("loop");
                    return new PlStatement.While(line, label, condition, loopBody(label));
                }
                case "for" -> {
                    pos++;
                    return forLoop(line, label);
                }
                case "foreach" -> {
                    pos++;
                    return forEach(line, label);
                }
                default -> {
                }
            }
        }
        if (label != null) {
            throw syntaxError(t);
        }
        if (t.kind() == TokenKind.IDENT) {
            switch (t.value()) {
                case "if" -> {
                    pos++;
                    return ifStatement(line);
                }
                case "case" -> {
                    pos++;
                    return caseStatement(line);
                }
                case "exit", "continue" -> {
                    pos++;
                    String target = null;
                    if (cur().kind() == TokenKind.IDENT && !at("when") || cur().kind() == TokenKind.QUOTED_IDENT) {
                        target = identifier();
                    }
                    PlQuery condition = null;
                    if (accept("when")) {
                        condition = expression(Set.of());
                    }
                    expectSemicolon();
                    return new PlStatement.Exit(line, t.value().equals("continue"), target, condition);
                }
                case "return" -> {
                    pos++;
                    return returnStatement(line);
                }
                case "raise" -> {
                    pos++;
                    return raise(line);
                }
                case "assert" -> {
                    pos++;
                    PlQuery condition = expressionToComma();
                    PlQuery message = null;
                    if (cur().kind() == TokenKind.COMMA) {
                        pos++;
                        message = expression(Set.of());
                    }
                    expectSemicolon();
                    return new PlStatement.Assert(line, condition, message);
                }
                case "perform" -> {
                    pos++;
                    int start = scanTo(Set.of(), true);
                    String rest = text(start, pos);
                    expectSemicolon();
                    return new PlStatement.Perform(line, new PlQuery("SELECT " + rest, false));
                }
                case "execute" -> {
                    pos++;
                    return execute(line);
                }
                case "get" -> {
                    if (isWord(peek(1), "diagnostics") || isWord(peek(1), "current") || isWord(peek(1), "stacked")) {
                        pos++;
                        return diagnostics(line);
                    }
                }
                case "null" -> {
                    if (peek(1).kind() == TokenKind.SEMICOLON) {
                        pos += 2;
                        return new PlStatement.Null(line);
                    }
                }
                case "open", "fetch", "close", "move", "commit", "rollback" -> {
                    if (!t.value().equals("fetch") && !t.value().equals("move")
                            || peek(1).kind() != TokenKind.IDENT || !isWord(peek(1), "all")) {
                        scanTo(Set.of(), true);
                        pos++;
                        return new PlStatement.Unsupported(line, t.value().toUpperCase(Locale.ROOT));
                    }
                }
                default -> {
                }
            }
        }
        if (isAssignment()) {
            return assignment(line);
        }
        return sql(line);
    }

    /** name := / name = / name.field := / name[i] := */
    private boolean isAssignment() {
        Token t = cur();
        if (t.kind() != TokenKind.IDENT && t.kind() != TokenKind.QUOTED_IDENT && t.kind() != TokenKind.PARAM) {
            return false;
        }
        int i = 1;
        if (peek(i).kind() == TokenKind.DOT && (peek(i + 1).kind() == TokenKind.IDENT
                || peek(i + 1).kind() == TokenKind.QUOTED_IDENT)) {
            i += 2;
        } else if (peek(i).kind() == TokenKind.LBRACKET) {
            int depth = 0;
            while (true) {
                Token x = peek(i);
                if (x.kind() == TokenKind.EOF || x.kind() == TokenKind.SEMICOLON) {
                    return false;
                }
                if (x.kind() == TokenKind.LBRACKET) {
                    depth++;
                } else if (x.kind() == TokenKind.RBRACKET && --depth == 0) {
                    i++;
                    break;
                }
                i++;
            }
        }
        Token op = peek(i);
        return op.kind() == TokenKind.COLON_EQUALS || op.isOperator("=");
    }

    private PlStatement assignment(int line) {
        int targetStart = pos;
        Token t = cur();
        String target = t.kind() == TokenKind.PARAM ? "$" + t.value() : t.value();
        pos++;
        String field = null;
        PlQuery subscript = null;
        if (cur().kind() == TokenKind.DOT) {
            pos++;
            field = identifier();
        } else if (cur().kind() == TokenKind.LBRACKET) {
            pos++;
            int start = pos;
            int depth = 1;
            while (true) {
                Token x = cur();
                if (x.kind() == TokenKind.LBRACKET) {
                    depth++;
                } else if (x.kind() == TokenKind.RBRACKET && --depth == 0) {
                    break;
                }
                pos++;
            }
            subscript = new PlQuery(text(start, pos), true);
            pos++;
        }
        pos++; // := or =
        int exprStart = pos;
        PlQuery value = expression(Set.of());
        String whole = text(targetStart, pos);
        expectSemicolon();
        String exprText = text(exprStart, pos - 1);
        value = new PlQuery(exprText, true, whole);
        return new PlStatement.Assign(line, target, field, subscript, value);
    }

    private List<PlStatement> loopBody(String label) {
        List<PlStatement> body = statements();
        expect("end");
        expect("loop");
        if (cur().kind() == TokenKind.IDENT || cur().kind() == TokenKind.QUOTED_IDENT) {
            String endLabel = identifier();
            if (!endLabel.equals(label)) {
                throw syntaxError(tokens.get(pos - 1));
            }
        }
        expectSemicolon();
        return body;
    }

    private List<String> targets() {
        List<String> targets = new ArrayList<>();
        do {
            String name = identifier();
            if (cur().kind() == TokenKind.DOT) {
                pos++;
                name = name + "." + identifier();
            }
            targets.add(name);
        } while (cur().kind() == TokenKind.COMMA && pos++ >= 0);
        return targets;
    }

    private PlStatement forLoop(int line, String label) {
        List<String> targets = targets();
        expect("in");
        boolean reverse = accept("reverse");
        if (at("execute")) {
            pos++;
            PlQuery command = expression(Set.of("loop", "using"));
            List<PlQuery> using = using(Set.of("loop"));
            expect("loop");
            return new PlStatement.ForQuery(line, label, targets, null, command, using, loopBody(label));
        }
        int start = pos;
        int depth = 0;
        int dots = -1;
        int by = -1;
        while (true) {
            Token t = cur();
            if (t.kind() == TokenKind.EOF || t.kind() == TokenKind.ERROR) {
                throw syntaxError(t);
            }
            if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN || t.kind() == TokenKind.RBRACKET) {
                depth--;
            } else if (depth == 0 && t.kind() == TokenKind.DOT_DOT && dots < 0) {
                dots = pos;
            } else if (depth == 0 && dots >= 0 && isWord(t, "by")) {
                by = pos;
            } else if (depth == 0 && isWord(t, "loop")) {
                break;
            }
            pos++;
        }
        int end = pos;
        pos++;
        if (dots >= 0) {
            if (targets.size() != 1) {
                throw new PgException(SqlState.SYNTAX_ERROR, "integer FOR loop must have only one target variable");
            }
            PlQuery lower = new PlQuery(text(start, dots), true);
            PlQuery upper = new PlQuery(text(dots + 1, by >= 0 ? by : end), true);
            PlQuery step = by >= 0 ? new PlQuery(text(by + 1, end), true) : null;
            return new PlStatement.ForInteger(line, label, targets.get(0), reverse, lower, upper, step,
                    loopBody(label));
        }
        PlQuery query = new PlQuery(text(start, end), false);
        return new PlStatement.ForQuery(line, label, targets, query, null, List.of(), loopBody(label));
    }

    private PlStatement forEach(int line, String label) {
        List<String> targets = targets();
        int slice = 0;
        if (accept("slice")) {
            slice = Integer.parseInt(cur().value());
            pos++;
        }
        expect("in");
        expect("array");
        PlQuery array = expression(Set.of("loop"));
        expect("loop");
        return new PlStatement.ForEach(line, label, targets, slice, array, loopBody(label));
    }

    private List<PlQuery> using(Set<String> end) {
        List<PlQuery> using = new ArrayList<>();
        if (accept("using")) {
            java.util.HashSet<String> words = new java.util.HashSet<>(end);
            do {
                int start = pos;
                int depth = 0;
                while (true) {
                    Token t = cur();
                    if (t.kind() == TokenKind.EOF || t.kind() == TokenKind.ERROR) {
                        throw syntaxError(t);
                    }
                    if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET) {
                        depth++;
                    } else if (t.kind() == TokenKind.RPAREN || t.kind() == TokenKind.RBRACKET) {
                        depth--;
                    } else if (depth == 0 && (t.kind() == TokenKind.COMMA || t.kind() == TokenKind.SEMICOLON
                            || t.kind() == TokenKind.IDENT && words.contains(t.value()))) {
                        break;
                    }
                    pos++;
                }
                using.add(new PlQuery(text(start, pos), true));
            } while (cur().kind() == TokenKind.COMMA && pos++ >= 0);
        }
        return using;
    }

    private PlStatement ifStatement(int line) {
        List<PlQuery> conditions = new ArrayList<>();
        List<List<PlStatement>> branches = new ArrayList<>();
        conditions.add(expression(Set.of("then")));
        expect("then");
        branches.add(statements());
        List<PlStatement> otherwise = List.of();
        while (true) {
            if (accept("elsif") || accept("elseif")) {
                conditions.add(expression(Set.of("then")));
                expect("then");
                branches.add(statements());
            } else if (accept("else")) {
                otherwise = statements();
            } else {
                break;
            }
        }
        expect("end");
        expect("if");
        expectSemicolon();
        return new PlStatement.If(line, conditions, branches, otherwise);
    }

    private PlStatement caseStatement(int line) {
        PlQuery selector = null;
        if (!at("when")) {
            selector = expression(Set.of("when"));
        }
        List<PlQuery> whens = new ArrayList<>();
        List<List<PlStatement>> branches = new ArrayList<>();
        List<PlStatement> otherwise = null;
        while (accept("when")) {
            whens.add(expression(Set.of("then")));
            expect("then");
            branches.add(statements());
        }
        if (accept("else")) {
            otherwise = statements();
        }
        expect("end");
        expect("case");
        expectSemicolon();
        return new PlStatement.Case(line, selector, whens, branches, otherwise);
    }

    private PlStatement returnStatement(int line) {
        if (accept("next")) {
            if (cur().kind() == TokenKind.SEMICOLON) {
                pos++;
                return new PlStatement.ReturnNext(line, null);
            }
            return new PlStatement.ReturnNext(line, expressionToSemicolon());
        }
        if (accept("query")) {
            if (accept("execute")) {
                PlQuery command = expression(Set.of("using"));
                List<PlQuery> using = using(Set.of());
                expectSemicolon();
                return new PlStatement.ReturnQuery(line, null, command, using);
            }
            int start = scanTo(Set.of(), true);
            String text = text(start, pos);
            expectSemicolon();
            return new PlStatement.ReturnQuery(line, new PlQuery(text, false), null, List.of());
        }
        if (cur().kind() == TokenKind.SEMICOLON) {
            pos++;
            return new PlStatement.Return(line, null);
        }
        return new PlStatement.Return(line, expressionToSemicolon());
    }

    private static final Set<String> LEVELS = Set.of("debug", "log", "info", "notice", "warning", "exception");

    private PlStatement raise(int line) {
        if (cur().kind() == TokenKind.SEMICOLON) {
            pos++;
            return new PlStatement.Raise(line, null, null, null, List.of(), List.of(), List.of());
        }
        String level = "exception";
        if (cur().kind() == TokenKind.IDENT && LEVELS.contains(cur().value())) {
            level = cur().value();
            pos++;
        }
        String condition = null;
        String format = null;
        List<PlQuery> arguments = new ArrayList<>();
        if (cur().kind() == TokenKind.STRING) {
            format = cur().value();
            pos++;
            while (cur().kind() == TokenKind.COMMA) {
                pos++;
                int start = pos;
                int depth = 0;
                while (true) {
                    Token t = cur();
                    if (t.kind() == TokenKind.EOF || t.kind() == TokenKind.ERROR) {
                        throw syntaxError(t);
                    }
                    if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET) {
                        depth++;
                    } else if (t.kind() == TokenKind.RPAREN || t.kind() == TokenKind.RBRACKET) {
                        depth--;
                    } else if (depth == 0 && (t.kind() == TokenKind.COMMA || t.kind() == TokenKind.SEMICOLON
                            || isWord(t, "using"))) {
                        break;
                    }
                    pos++;
                }
                if (start == pos) {
                    throw syntaxError(cur());
                }
                arguments.add(new PlQuery(text(start, pos), true));
            }
        } else if (accept("sqlstate")) {
            Token code = cur();
            if (code.kind() != TokenKind.STRING) {
                throw syntaxError(code);
            }
            pos++;
            condition = "sqlstate:" + code.value();
        } else if (cur().kind() == TokenKind.IDENT && !at("using")) {
            condition = identifier();
        }
        List<String> optionNames = new ArrayList<>();
        List<PlQuery> optionValues = new ArrayList<>();
        if (accept("using")) {
            do {
                optionNames.add(identifier().toLowerCase(Locale.ROOT));
                if (cur().kind() != TokenKind.COLON_EQUALS && !cur().isOperator("=")) {
                    throw syntaxError(cur());
                }
                pos++;
                int start = pos;
                int depth = 0;
                while (true) {
                    Token t = cur();
                    if (t.kind() == TokenKind.EOF || t.kind() == TokenKind.ERROR) {
                        throw syntaxError(t);
                    }
                    if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET) {
                        depth++;
                    } else if (t.kind() == TokenKind.RPAREN || t.kind() == TokenKind.RBRACKET) {
                        depth--;
                    } else if (depth == 0 && (t.kind() == TokenKind.COMMA || t.kind() == TokenKind.SEMICOLON)) {
                        break;
                    }
                    pos++;
                }
                optionValues.add(new PlQuery(text(start, pos), true));
            } while (cur().kind() == TokenKind.COMMA && pos++ >= 0);
        }
        expectSemicolon();
        return new PlStatement.Raise(line, level, condition, format, arguments, optionNames, optionValues);
    }

    private PlStatement execute(int line) {
        PlQuery command = expression(Set.of("into", "using"));
        List<String> into = List.of();
        boolean strict = false;
        List<PlQuery> using = List.of();
        for (int i = 0; i < 2; i++) {
            if (accept("into")) {
                strict = accept("strict");
                into = targets();
            } else if (at("using")) {
                using = using(Set.of("into"));
            }
        }
        expectSemicolon();
        return new PlStatement.Execute(line, command, into, strict, using);
    }

    private PlStatement diagnostics(int line) {
        boolean stacked = false;
        if (accept("stacked")) {
            stacked = true;
        } else {
            accept("current");
        }
        expect("diagnostics");
        List<String> targets = new ArrayList<>();
        List<String> items = new ArrayList<>();
        do {
            targets.add(identifier());
            if (cur().kind() != TokenKind.COLON_EQUALS && !cur().isOperator("=")) {
                throw syntaxError(cur());
            }
            pos++;
            items.add(identifier().toLowerCase(Locale.ROOT));
        } while (cur().kind() == TokenKind.COMMA && pos++ >= 0);
        expectSemicolon();
        return new PlStatement.GetDiagnostics(line, stacked, targets, items);
    }

    /** A SQL statement up to its semicolon, its INTO [STRICT] targets cut out of the text. */
    private PlStatement sql(int line) {
        int start = pos;
        String verb = cur().kind() == TokenKind.IDENT ? cur().value() : "";
        int depth = 0;
        int intoAt = -1;
        int intoEnd = -1;
        boolean strict = false;
        List<String> into = List.of();
        boolean skipFirstInto = verb.equals("insert") || verb.equals("merge");
        while (true) {
            Token t = cur();
            if (t.kind() == TokenKind.EOF || t.kind() == TokenKind.ERROR) {
                throw syntaxError(t);
            }
            if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN || t.kind() == TokenKind.RBRACKET) {
                depth--;
            } else if (t.kind() == TokenKind.SEMICOLON && depth == 0) {
                break;
            } else if (depth == 0 && isWord(t, "into") && intoAt < 0) {
                if (skipFirstInto) {
                    skipFirstInto = false;
                } else if (!verb.equals("import")) {
                    intoAt = pos;
                    pos++;
                    strict = accept("strict");
                    into = targets();
                    intoEnd = pos;
                    continue;
                }
            }
            pos++;
        }
        String text;
        if (intoAt >= 0) {
            String before = text(start, intoAt);
            String after = text(intoEnd, pos);
            text = after.isEmpty() ? before : before + " " + after;
        } else {
            text = text(start, pos);
        }
        pos++;
        return new PlStatement.Sql(line, new PlQuery(text, false), into, strict, verb);
    }
}
