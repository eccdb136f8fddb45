package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterDatabase;
import io.pglitedb.sql.ast.AlterSetting;
import io.pglitedb.sql.ast.CreateDatabase;
import io.pglitedb.sql.ast.DatabaseOption;
import io.pglitedb.sql.ast.DropDatabase;
import io.pglitedb.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Database statements (gram.y's CreatedbStmt, AlterDatabaseStmt, RenameStmt for databases,
 * DropdbStmt). The CREATE/ALTER/DROP keyword has been consumed by the caller, DATABASE not yet.
 */
abstract class DatabaseStatementParser extends UtilityStatementParser {

    DatabaseStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    final Statement createDatabase() {
        expect(Keyword.DATABASE);
        String name = colId();
        return new CreateDatabase(name, databaseOptions());
    }

    final Statement alterDatabase() {
        Token alterDatabase = cur();
        expect(Keyword.DATABASE);
        String name = colId();
        if (accept(Keyword.RENAME)) {
            expect(Keyword.TO);
            return new AlterDatabase(name, colId(), null, List.of());
        }
        if (accept(Keyword.OWNER)) {
            expect(Keyword.TO);
            Token owner = cur();
            if (owner.is(Keyword.CURRENT_USER) || owner.is(Keyword.SESSION_USER) || owner.is(Keyword.CURRENT_ROLE)) {
                advance();
                return new AlterDatabase(name, null, owner.keyword().name().toLowerCase(Locale.ROOT), List.of());
            }
            return new AlterDatabase(name, null, colId(), List.of());
        }
        if (at(Keyword.SET) && !la(1).is(Keyword.TABLESPACE) || at(Keyword.RESET)) {
            return new AlterSetting(name, null, false, false, setResetClause());
        }
        if (at(Keyword.SET) || at(Keyword.REFRESH)) {
            throw unsupported("ALTER DATABASE " + text(cur()).toUpperCase(Locale.ROOT), alterDatabase);
        }
        return new AlterDatabase(name, null, null, databaseOptions());
    }

    /**
     * gram.y's SetResetClause after ALTER DATABASE / ALTER ROLE: {@code SET ...} as the SET
     * statement takes it, or {@code RESET name | ALL}; gives a SetVariable or ResetVariable.
     */
    abstract Statement setResetClause();

    final Statement dropDatabase() {
        expect(Keyword.DATABASE);
        boolean ifExists = false;
        if (at(Keyword.IF)) {
            advance();
            expect(Keyword.EXISTS);
            ifExists = true;
        }
        String name = colId();
        boolean force = false;
        if (at(Keyword.WITH) || at(TokenKind.LPAREN)) {
            accept(Keyword.WITH);
            expect(TokenKind.LPAREN);
            do {
                Token option = cur();
                if (!option.is(Keyword.FORCE)) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized DROP DATABASE option \"%s\"",
                            text(option)).withPosition(option.start() + 1);
                }
                advance();
                force = true;
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        return new DropDatabase(name, ifExists, force);
    }

    /** [WITH] createdb_opt_item ... up to the end of the statement. */
    private List<DatabaseOption> databaseOptions() {
        accept(Keyword.WITH);
        List<DatabaseOption> options = new ArrayList<>();
        while (!atStatementEnd()) {
            Token t = cur();
            String name;
            if (t.is(Keyword.CONNECTION)) {
                advance();
                expect(Keyword.LIMIT);
                name = "connection_limit";
            } else if (t.kind() == TokenKind.IDENT) {
                advance();
                name = t.value();
            } else {
                throw syntaxError(t);
            }
            if (atOperator("=")) {
                advance();
            }
            Token v = cur();
            Object value;
            if (v.is(Keyword.DEFAULT)) {
                advance();
                value = null;
            } else if (v.kind() == TokenKind.INTEGER || v.kind() == TokenKind.OPERATOR) {
                String digits = v.kind() == TokenKind.OPERATOR ? signedNumber(v) : take().value();
                try {
                    value = Integer.valueOf(digits);
                } catch (NumberFormatException e) {
                    throw syntaxError(v);
                }
            } else if (v.kind() == TokenKind.STRING || v.kind() == TokenKind.IDENT || v.kind() == TokenKind.QUOTED_IDENT) {
                advance();
                value = v.value();
            } else {
                throw syntaxError(v);
            }
            options.add(new DatabaseOption(name, value, t.start()));
        }
        return options;
    }
}
