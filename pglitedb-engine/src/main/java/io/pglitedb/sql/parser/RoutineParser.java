package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.CallProcedure;
import io.pglitedb.sql.ast.CreateFunction;
import io.pglitedb.sql.ast.DropFunction;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.FunctionParameter;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CREATE [OR REPLACE] FUNCTION / PROCEDURE, DROP FUNCTION / PROCEDURE / ROUTINE and CALL. */
abstract class RoutineParser extends SchemaStatementParser {
    RoutineParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** After CREATE [OR REPLACE], at FUNCTION or PROCEDURE. */
    final CreateFunction createFunction(boolean orReplace) {
        boolean procedure = take().is(Keyword.PROCEDURE);
        QualifiedName name = qualifiedName();
        expect(TokenKind.LPAREN);
        List<FunctionParameter> parameters = new ArrayList<>();
        if (!at(TokenKind.RPAREN)) {
            do {
                parameters.add(parameter(true));
            } while (accept(TokenKind.COMMA));
        }
        expect(TokenKind.RPAREN);
        TypeName returnType = null;
        boolean returnsSet = false;
        List<FunctionParameter> tableColumns = new ArrayList<>();
        if (!procedure && accept(Keyword.RETURNS)) {
            if (at(Keyword.TABLE)) {
                advance();
                expect(TokenKind.LPAREN);
                do {
                    String column = colId();
                    tableColumns.add(new FunctionParameter("t", column, functionType(), null, null));
                } while (accept(TokenKind.COMMA));
                expect(TokenKind.RPAREN);
                returnsSet = true;
            } else {
                returnsSet = accept(Keyword.SETOF);
                returnType = functionType();
            }
        }
        String language = null;
        String body = null;
        boolean standardBody = false;
        char volatility = 'v';
        boolean strict = false;
        boolean securityDefiner = false;
        char parallel = 'u';
        float cost = 100;
        float rows = returnsSet ? 1000 : 0;
        while (!atStatementEnd() && !at(TokenKind.RPAREN)) {
            Token t = cur();
            if (accept(Keyword.LANGUAGE)) {
                Token lang = take();
                language = (lang.kind() == TokenKind.STRING ? lang.value() : lang.value()).toLowerCase(Locale.ROOT);
            } else if (accept(Keyword.IMMUTABLE)) {
                volatility = 'i';
            } else if (accept(Keyword.STABLE)) {
                volatility = 's';
            } else if (accept(Keyword.VOLATILE)) {
                volatility = 'v';
            } else if (accept(Keyword.STRICT)) {
                strict = true;
            } else if (accept(Keyword.CALLED)) {
                expect(Keyword.ON);
                expect(Keyword.NULL);
                expect(Keyword.INPUT);
                strict = false;
            } else if (t.is(Keyword.RETURNS) && la(1).is(Keyword.NULL)) {
                advance();
                advance();
                expect(Keyword.ON);
                expect(Keyword.NULL);
                expect(Keyword.INPUT);
                strict = true;
            } else if (accept(Keyword.EXTERNAL) || at(Keyword.SECURITY)) {
                expect(Keyword.SECURITY);
                securityDefiner = take().is(Keyword.DEFINER);
            } else if (accept(Keyword.PARALLEL)) {
                String mode = text(take()).toLowerCase(Locale.ROOT);
                parallel = switch (mode) {
                    case "safe" -> 's';
                    case "restricted" -> 'r';
                    case "unsafe" -> 'u';
                    default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE").withPosition(t.start() + 1);
                };
            } else if (accept(Keyword.COST)) {
                cost = Float.parseFloat(routineNumber(take()));
            } else if (accept(Keyword.ROWS)) {
                rows = Float.parseFloat(routineNumber(take()));
            } else if (at(Keyword.NOT) && la(1).is(Keyword.LEAKPROOF)) {
                advance();
                advance();
            } else if (accept(Keyword.LEAKPROOF) || accept(Keyword.WINDOW)) {
                // accepted, no effect here
            } else if (accept(Keyword.SUPPORT)) {
                qualifiedName();
            } else if (at(Keyword.SET)) {
                // SET configuration_parameter { TO | = } value | FROM CURRENT: accepted, not applied
                advance();
                while (!atStatementEnd() && !at(Keyword.LANGUAGE) && !at(Keyword.AS) && !at(Keyword.RETURN)
                        && !(at(Keyword.BEGIN) && la(1).is(Keyword.ATOMIC))) {
                    advance();
                }
            } else if (accept(Keyword.AS)) {
                Token b = expect(TokenKind.STRING);
                body = b.value();
                if (accept(TokenKind.COMMA)) {
                    Token symbol = expect(TokenKind.STRING);
                    body = symbol.value();
                }
            } else if (at(Keyword.RETURN)) {
                advance();
                int from = cur().start();
                Expr e = expr();
                body = "SELECT " + sql.substring(from, previousEnd());
                standardBody = true;
                if (language == null) {
                    language = "sql";
                }
                if (e == null) {
                    throw syntaxError();
                }
            } else if (at(Keyword.BEGIN) && la(1).is(Keyword.ATOMIC)) {
                advance();
                advance();
                int from = cur().start();
                int depth = 0;
                while (true) {
                    Token x = cur();
                    if (x.kind() == TokenKind.EOF) {
                        throw syntaxError(x);
                    }
                    if (x.is(Keyword.CASE)) {
                        depth++;
                    } else if (x.is(Keyword.END)) {
                        if (depth == 0) {
                            break;
                        }
                        depth--;
                    }
                    advance();
                }
                body = sql.substring(from, cur().start()).strip();
                advance(); // END
                standardBody = true;
                if (language == null) {
                    language = "sql";
                }
            } else if (at(Keyword.TRANSFORM)) {
                advance();
                skipToStatementEnd();
            } else {
                throw syntaxError(t);
            }
        }
        if (body == null) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "no function body specified");
        }
        if (language == null) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "no language specified");
        }
        return new CreateFunction(name, orReplace, procedure, parameters, returnType, returnsSet, tableColumns,
                language, body, standardBody, volatility, strict, securityDefiner, parallel, cost, rows);
    }

    private int previousEnd() {
        return la(-1).end();
    }

    /** {@code [mode] [name] type [DEFAULT expr | = expr]}; in DROP, only types matter. */
    final FunctionParameter parameter(boolean defaults) {
        String mode = "i";
        if (at(Keyword.IN) && !isTypeEnd(la(1))) {
            advance();
            if (accept(Keyword.OUT)) {
                mode = "b";
            }
        } else if (at(Keyword.OUT) && !isTypeEnd(la(1))) {
            advance();
            mode = "o";
        } else if (at(Keyword.INOUT) && !isTypeEnd(la(1))) {
            advance();
            mode = "b";
        } else if (at(Keyword.VARIADIC)) {
            advance();
            mode = "v";
        }
        String name = null;
        Token t = cur();
        Token next = la(1);
        boolean named = (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT)
                && !isTypeEnd(next) && next.kind() != TokenKind.DOT && next.kind() != TokenKind.LPAREN
                && next.kind() != TokenKind.LBRACKET && !next.is(Keyword.ARRAY) && next.kind() != TokenKind.OPERATOR
                && !(t.kind() == TokenKind.IDENT && isMultiWordType(t));
        if (named) {
            name = colId();
        }
        TypeName type = functionType();
        Expr defaultValue = null;
        String defaultText = null;
        if (defaults && (at(Keyword.DEFAULT) || atOperator("="))) {
            advance();
            int from = cur().start();
            defaultValue = expr();
            defaultText = sql.substring(from, previousEnd());
        }
        return new FunctionParameter(mode, name, type, defaultValue, defaultText);
    }

    private static boolean isTypeEnd(Token t) {
        return t.kind() == TokenKind.COMMA || t.kind() == TokenKind.RPAREN || t.is(Keyword.DEFAULT)
                || t.isOperator("=") || t.is(Keyword.ORDER); // ORDER: aggregate arguments (a ORDER BY b)
    }

    private boolean isMultiWordType(Token t) {
        String word = text(t).toLowerCase(Locale.ROOT);
        return switch (word) {
            case "double", "character", "char", "bit", "time", "timestamp", "interval", "national", "varchar",
                 "nchar", "dec", "decimal", "numeric", "float" -> true;
            default -> false;
        };
    }

    /** A parameter or result type: a type name or {@code table.column%TYPE} (resolved later as text here). */
    private TypeName functionType() {
        TypeName type = typeName();
        if (atOperator("%") && la(1).kind() == TokenKind.IDENT && text(la(1)).equalsIgnoreCase("type")) {
            advance();
            advance();
            return new TypeName(type.name() + "%type", List.of(), 0, type.position());
        }
        return type;
    }

    /** After DROP, at FUNCTION, PROCEDURE or ROUTINE. */
    final DropFunction dropFunction() {
        return dropRoutines(text(take()).toUpperCase(Locale.ROOT), this::functionSignature);
    }

    /**
     * After DROP and its object keyword ({@code kind}):
     * {@code [IF EXISTS] signature [, ...] [CASCADE | RESTRICT]}.
     */
    final DropFunction dropRoutines(String kind, java.util.function.Supplier<DropFunction.Item> signature) {
        boolean ifExists = false;
        if (at(Keyword.IF)) {
            advance();
            expect(Keyword.EXISTS);
            ifExists = true;
        }
        List<DropFunction.Item> items = new ArrayList<>();
        do {
            items.add(signature.get());
        } while (accept(TokenKind.COMMA));
        boolean cascade = accept(Keyword.CASCADE);
        if (!cascade) {
            accept(Keyword.RESTRICT);
        }
        return new DropFunction(kind, items, ifExists, cascade);
    }

    /** function_with_argtypes (DROP, GRANT): {@code name [([mode] [name] type, ...)]}; OUT arguments are left out. */
    @Override
    final DropFunction.Item functionSignature() {
        int position = cur().start();
        QualifiedName name = qualifiedName();
        List<TypeName> types = null;
        if (accept(TokenKind.LPAREN)) {
            types = new ArrayList<>();
            if (!at(TokenKind.RPAREN)) {
                do {
                    FunctionParameter p = parameter(false);
                    if (!p.mode().equals("o")) {
                        types.add(p.type());
                    }
                } while (accept(TokenKind.COMMA));
            }
            expect(TokenKind.RPAREN);
        }
        return new DropFunction.Item(name, types, position);
    }

    /** At CALL. */
    /** At [CONSTRAINT] TRIGGER (after CREATE [OR REPLACE]). */
    final Statement createTrigger(boolean orReplace) {
        int position = cur().start();
        boolean constraint = accept(Keyword.CONSTRAINT);
        expect(Keyword.TRIGGER);
        String name = colId();
        String timing;
        if (accept(Keyword.BEFORE)) {
            timing = "BEFORE";
        } else if (accept(Keyword.AFTER)) {
            timing = "AFTER";
        } else if (accept(Keyword.INSTEAD)) {
            expect(Keyword.OF);
            timing = "INSTEAD OF";
        } else {
            throw syntaxError(cur());
        }
        int events = 0;
        List<String> columns = new ArrayList<>();
        do {
            Token e = take();
            int bit;
            if (e.is(Keyword.INSERT)) {
                bit = io.pglitedb.catalog.TriggerDescriptor.INSERT;
            } else if (e.is(Keyword.DELETE)) {
                bit = io.pglitedb.catalog.TriggerDescriptor.DELETE;
            } else if (e.is(Keyword.TRUNCATE)) {
                bit = io.pglitedb.catalog.TriggerDescriptor.TRUNCATE;
            } else if (e.is(Keyword.UPDATE)) {
                bit = io.pglitedb.catalog.TriggerDescriptor.UPDATE;
                if (accept(Keyword.OF)) {
                    do {
                        columns.add(colId());
                    } while (accept(TokenKind.COMMA));
                }
            } else {
                throw syntaxError(e);
            }
            if ((events & bit) != 0) {
                throw syntaxError(e);
            }
            events |= bit;
        } while (accept(Keyword.OR));
        expect(Keyword.ON);
        QualifiedName table = qualifiedName();
        if (accept(Keyword.FROM)) {
            qualifiedName();
        }
        while (true) {
            if (at(Keyword.NOT) && la(1).is(Keyword.DEFERRABLE)) {
                advance();
                advance();
            } else if (accept(Keyword.DEFERRABLE)) {
                // constraint triggers fire at the end of the statement here
            } else if (accept(Keyword.INITIALLY)) {
                take();
            } else {
                break;
            }
        }
        boolean transitionTables = false;
        if (accept(Keyword.REFERENCING)) {
            while (at(Keyword.OLD) || at(Keyword.NEW)) {
                advance();
                expect(Keyword.TABLE);
                accept(Keyword.AS);
                colId();
                transitionTables = true;
            }
        }
        boolean forEachRow = false;
        if (accept(Keyword.FOR)) {
            accept(Keyword.EACH);
            if (accept(Keyword.ROW)) {
                forEachRow = true;
            } else {
                expect(Keyword.STATEMENT);
            }
        }
        Expr when = null;
        String whenText = null;
        if (accept(Keyword.WHEN)) {
            expect(TokenKind.LPAREN);
            int start = cur().start();
            when = expr();
            whenText = sql.substring(start, cur().start()).strip();
            expect(TokenKind.RPAREN);
        }
        expect(Keyword.EXECUTE);
        if (!accept(Keyword.FUNCTION)) {
            expect(Keyword.PROCEDURE);
        }
        QualifiedName function = qualifiedName();
        expect(TokenKind.LPAREN);
        List<String> arguments = new ArrayList<>();
        if (!at(TokenKind.RPAREN)) {
            do {
                Token a = take();
                switch (a.kind()) {
                    case STRING, INTEGER, DECIMAL, IDENT, QUOTED_IDENT -> arguments.add(a.value());
                    case OPERATOR -> {
                        if (!a.value().equals("-") || !(at(TokenKind.INTEGER) || at(TokenKind.DECIMAL))) {
                            throw syntaxError(a);
                        }
                        arguments.add("-" + take().value());
                    }
                    default -> throw syntaxError(a);
                }
            } while (accept(TokenKind.COMMA));
        }
        expect(TokenKind.RPAREN);
        return new io.pglitedb.sql.ast.CreateTrigger(name, orReplace, constraint, timing, events, columns, table,
                forEachRow, when, whenText, function, arguments, transitionTables, position);
    }

    /** At TRIGGER after DROP. */
    final Statement dropTrigger() {
        expect(Keyword.TRIGGER);
        boolean ifExists = false;
        if (accept(Keyword.IF)) {
            expect(Keyword.EXISTS);
            ifExists = true;
        }
        String name = colId();
        expect(Keyword.ON);
        QualifiedName table = qualifiedName();
        if (!accept(Keyword.CASCADE)) {
            accept(Keyword.RESTRICT);
        }
        return new io.pglitedb.sql.ast.DropTrigger(name, table, ifExists);
    }

    /** COST / ROWS: a number, maybe signed. */
    private String routineNumber(Token t) {
        if (t.kind() == TokenKind.INTEGER || t.kind() == TokenKind.DECIMAL) {
            return t.value();
        }
        return signedNumber(t);
    }

    /** DO [LANGUAGE lang] 'code' [LANGUAGE lang]. */
    final Statement doBlock() {
        take();
        String code = null;
        String language = "plpgsql";
        while (true) {
            if (at(TokenKind.STRING) && code == null) {
                code = take().value();
            } else if (at(Keyword.LANGUAGE)) {
                take();
                Token lang = take();
                language = lang.value().toLowerCase(Locale.ROOT);
            } else {
                break;
            }
        }
        if (code == null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "no inline code specified");
        }
        return new io.pglitedb.sql.ast.DoBlock(code, language);
    }

    final Statement call() {
        Token callTok = take();
        Expr e = expr();
        if (!(e instanceof FuncCall f)) {
            throw syntaxError(callTok);
        }
        return new CallProcedure(f);
    }
}
