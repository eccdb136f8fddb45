package io.pglitedb.sql.parser;

import io.pglitedb.sql.ast.CreateAggregate;
import io.pglitedb.sql.ast.DropFunction;
import io.pglitedb.sql.ast.FunctionParameter;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * User-defined aggregates (gram.y's DefineStmt for AGGREGATE, aggr_args, aggregate_with_argtypes):
 * {@code CREATE [OR REPLACE] AGGREGATE} in its current and its old (BASETYPE) form, and the
 * aggregate signatures DROP AGGREGATE and COMMENT ON AGGREGATE name.
 */
abstract class AggregateStatementParser extends RoutineParser {
    AggregateStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** After CREATE [OR REPLACE], at AGGREGATE. */
    final CreateAggregate createAggregate(boolean orReplace) {
        expect(Keyword.AGGREGATE);
        QualifiedName name = qualifiedName();
        if (at(TokenKind.LPAREN) && isDefinitionStart(la(1))) {
            // old style: CREATE AGGREGATE name (BASETYPE = ..., SFUNC = ...)
            return new CreateAggregate(name, orReplace, null, null, definition());
        }
        List<List<FunctionParameter>> args = aggregateArguments();
        List<FunctionParameter> aggregated = mergesVariadic(args.get(0), args.get(1)) ? List.of() : args.get(1);
        return new CreateAggregate(name, orReplace, aggregated, args.get(0), definition());
    }

    /** True at {@code word =}: a definition list, not an argument list. */
    private boolean isDefinitionStart(Token t) {
        if (t.kind() != TokenKind.IDENT && t.kind() != TokenKind.QUOTED_IDENT) {
            return false;
        }
        return la(2).isOperator("=");
    }

    /**
     * aggr_args: {@code (*)}, {@code (args)}, {@code (ORDER BY args)} or {@code (direct ORDER BY args)}.
     *
     * @return the direct arguments (null unless ORDER BY was written) and the aggregated ones
     */
    private List<List<FunctionParameter>> aggregateArguments() {
        expect(TokenKind.LPAREN);
        List<FunctionParameter> direct = null;
        List<FunctionParameter> aggregated = new ArrayList<>();
        if (at(TokenKind.OPERATOR) && text(cur()).equals("*")) {
            advance();
        } else if (at(Keyword.ORDER)) {
            advance();
            expect(Keyword.BY);
            direct = new ArrayList<>();
            parameters(aggregated);
        } else {
            parameters(aggregated);
            if (accept(Keyword.ORDER)) {
                expect(Keyword.BY);
                direct = aggregated;
                aggregated = new ArrayList<>();
                parameters(aggregated);
            }
        }
        expect(TokenKind.RPAREN);
        List<List<FunctionParameter>> out = new ArrayList<>(2);
        out.add(direct);
        out.add(aggregated);
        return out;
    }

    /**
     * gram.y's makeOrderedSetArgs: {@code (VARIADIC t ORDER BY VARIADIC t)} is one VARIADIC argument
     * that covers both the direct and the aggregated arguments.
     */
    static boolean mergesVariadic(List<FunctionParameter> direct, List<FunctionParameter> aggregated) {
        if (direct == null || direct.isEmpty() || aggregated.size() != 1) {
            return false;
        }
        FunctionParameter last = direct.get(direct.size() - 1);
        FunctionParameter only = aggregated.get(0);
        return last.mode().equals("v") && only.mode().equals("v") && last.type().name().equals(only.type().name())
                && last.type().arrayDimensions() == only.type().arrayDimensions();
    }

    private void parameters(List<FunctionParameter> out) {
        do {
            out.add(parameter(false));
        } while (accept(TokenKind.COMMA));
    }

    /** aggregate_with_argtypes (DROP AGGREGATE, COMMENT ON AGGREGATE): the name and all argument types. */
    final DropFunction.Item aggregateSignature() {
        int position = cur().start();
        QualifiedName name = qualifiedName();
        List<List<FunctionParameter>> args = aggregateArguments();
        List<TypeName> types = new ArrayList<>();
        List<FunctionParameter> direct = args.get(0);
        List<FunctionParameter> aggregated = args.get(1);
        if (direct != null) {
            for (FunctionParameter p : direct) {
                types.add(p.type());
            }
            if (mergesVariadic(direct, aggregated)) {
                return new DropFunction.Item(name, types, position);
            }
        }
        for (FunctionParameter p : aggregated) {
            types.add(p.type());
        }
        return new DropFunction.Item(name, types, position);
    }

    /** After DROP, at AGGREGATE: {@code DROP AGGREGATE [IF EXISTS] name (args) [, ...] [CASCADE | RESTRICT]}. */
    final DropFunction dropAggregate() {
        expect(Keyword.AGGREGATE);
        return dropRoutines("AGGREGATE", this::aggregateSignature);
    }

    /** After ALTER, at AGGREGATE: {@code ALTER AGGREGATE name (args) RENAME TO new}; other forms are not supported yet. */
    final io.pglitedb.sql.ast.Statement alterAggregate(Token alter) {
        expect(Keyword.AGGREGATE);
        DropFunction.Item aggregate = aggregateSignature();
        if (at(Keyword.RENAME) && la(1).is(Keyword.TO)) {
            advance();
            advance();
            return new io.pglitedb.sql.ast.RenameAggregate(aggregate, colId());
        }
        throw unsupported("ALTER AGGREGATE", alter);
    }

    /** definition: {@code ( def_elem [, ...] )}. */
    private List<CreateAggregate.Definition> definition() {
        expect(TokenKind.LPAREN);
        List<CreateAggregate.Definition> out = new ArrayList<>();
        do {
            Token nameToken = cur();
            String name = colLabel();
            if (!acceptOperator("=")) {
                out.add(new CreateAggregate.Definition(name, null, null, nameToken.start()));
                continue;
            }
            out.add(definitionValue(name, nameToken.start()));
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return out;
    }

    private boolean acceptOperator(String op) {
        if (atOperator(op)) {
            advance();
            return true;
        }
        return false;
    }

    /** def_arg: a type or function name, a keyword, a number or a string. */
    private CreateAggregate.Definition definitionValue(String name, int position) {
        Token t = cur();
        if (t.kind() == TokenKind.STRING) {
            advance();
            return new CreateAggregate.Definition(name, t.value(), null, position);
        }
        boolean minus = t.isOperator("-");
        if (minus || t.kind() == TokenKind.INTEGER || t.kind() == TokenKind.DECIMAL) {
            if (minus) {
                advance();
            }
            Token number = expectNumber();
            return new CreateAggregate.Definition(name, (minus ? "-" : "") + text(number), null, position);
        }
        if (t.kind() == TokenKind.IDENT && t.keyword() != null && !isColId(t)
                && !TypeNameParser.isStandardTypeKeyword(t.keyword())) {
            advance(); // a reserved word: true, false, ...
            return new CreateAggregate.Definition(name, t.value(), null, position);
        }
        if ((t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT)
                && !TypeNameParser.isStandardTypeKeyword(t.keyword())) {
            // a (qualified) function name, maybe with its argument types: SFUNC = f(int8, int4)
            int save = index;
            List<String> parts = new ArrayList<>();
            parts.add(colLabel());
            while (accept(TokenKind.DOT)) {
                parts.add(colLabel());
            }
            if (at(TokenKind.LPAREN)) {
                skipParenthesized();
                return new CreateAggregate.Definition(name, String.join(".", parts), null, position);
            }
            index = save;
        }
        TypeName type = typeName();
        return new CreateAggregate.Definition(name, type.name(), type, position);
    }

    private Token expectNumber() {
        Token t = cur();
        if (t.kind() != TokenKind.INTEGER && t.kind() != TokenKind.DECIMAL) {
            throw syntaxError(t);
        }
        advance();
        return t;
    }
}
