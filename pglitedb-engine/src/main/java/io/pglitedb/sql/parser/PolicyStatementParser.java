package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterPolicy;
import io.pglitedb.sql.ast.CreatePolicy;
import io.pglitedb.sql.ast.DropPolicy;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.RoleSpec;
import io.pglitedb.sql.ast.RowSecurityAction;
import io.pglitedb.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER DEFAULT PRIVILEGES (gram.y's AlterDefaultPrivilegesStmt), and row-level security statements (gram.y's CreatePolicyStmt, AlterPolicyStmt, DropStmt for
 * policies) and ALTER TABLE's [NO] FORCE / ENABLE / DISABLE ROW LEVEL SECURITY. The CREATE /
 * ALTER / DROP keyword has been consumed by the caller, POLICY not yet.
 */
abstract class PolicyStatementParser extends AggregateStatementParser {
    PolicyStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** After ALTER, at DEFAULT PRIVILEGES. */
    final Statement alterDefaultPrivileges() {
        expect(Keyword.DEFAULT);
        expect(Keyword.PRIVILEGES);
        List<RoleSpec> forRoles = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        while (true) {
            if (at(Keyword.FOR) && (la(1).is(Keyword.ROLE) || la(1).is(Keyword.USER))) {
                advance();
                advance();
                forRoles.addAll(roleSpecList());
            } else if (at(Keyword.IN) && la(1).is(Keyword.SCHEMA)) {
                advance();
                advance();
                do {
                    schemas.add(colId());
                } while (accept(TokenKind.COMMA));
            } else {
                break;
            }
        }
        Token verb = cur();
        if (!verb.is(Keyword.GRANT) && !verb.is(Keyword.REVOKE)) {
            throw syntaxError(verb);
        }
        advance();
        boolean revoke = verb.is(Keyword.REVOKE);
        boolean grantOption = false;
        if (revoke && at(Keyword.GRANT) && la(1).is(Keyword.OPTION)) {
            advance();
            advance();
            expect(Keyword.FOR);
            grantOption = true;
        }
        List<io.pglitedb.sql.ast.GrantPrivileges.Privilege> privileges = null;
        if (accept(Keyword.ALL)) {
            accept(Keyword.PRIVILEGES);
        } else {
            privileges = new ArrayList<>();
            do {
                Token t = cur();
                if (t.kind() != TokenKind.IDENT && t.kind() != TokenKind.QUOTED_IDENT) {
                    throw syntaxError(t);
                }
                advance();
                privileges.add(new io.pglitedb.sql.ast.GrantPrivileges.Privilege(t.value(), List.of(), t.start()));
            } while (accept(TokenKind.COMMA));
        }
        expect(Keyword.ON);
        Token type = take();
        char objectType = type.is(Keyword.TABLES) ? 'r' : type.is(Keyword.SEQUENCES) ? 'S'
                : type.is(Keyword.FUNCTIONS) || type.is(Keyword.ROUTINES) ? 'f' : type.is(Keyword.TYPES) ? 'T'
                : type.is(Keyword.SCHEMAS) ? 'n' : 0;
        if (objectType == 0) {
            throw syntaxError(type);
        }
        expect(revoke ? Keyword.FROM : Keyword.TO);
        List<RoleSpec> grantees = new ArrayList<>();
        do {
            accept(Keyword.GROUP);
            grantees.add(roleSpec());
        } while (accept(TokenKind.COMMA));
        if (!revoke && at(Keyword.WITH)) {
            advance();
            expect(Keyword.GRANT);
            expect(Keyword.OPTION);
            grantOption = true;
        }
        boolean cascade = false;
        if (revoke) {
            cascade = accept(Keyword.CASCADE);
            if (!cascade) {
                accept(Keyword.RESTRICT);
            }
        }
        return new io.pglitedb.sql.ast.AlterDefaultPrivileges(forRoles, schemas, revoke, privileges, objectType,
                grantees, grantOption, cascade);
    }

    final Statement createPolicy() {
        expect(Keyword.POLICY);
        String name = colId();
        expect(Keyword.ON);
        QualifiedName table = qualifiedName();
        boolean permissive = true;
        if (accept(Keyword.AS)) {
            Token kind = cur();
            String word = colId();
            switch (word) {
                case "permissive" -> permissive = true;
                case "restrictive" -> permissive = false;
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized row security option \"%s\"", word)
                        .withHint("Only PERMISSIVE or RESTRICTIVE policies are supported currently.")
                        .withPosition(kind.start() + 1);
            }
        }
        char command = '*';
        if (accept(Keyword.FOR)) {
            Token t = take();
            command = t.is(Keyword.ALL) ? '*' : t.is(Keyword.SELECT) ? 'r' : t.is(Keyword.INSERT) ? 'a'
                    : t.is(Keyword.UPDATE) ? 'w' : t.is(Keyword.DELETE) ? 'd' : 0;
            if (command == 0) {
                throw syntaxError(t);
            }
        }
        List<RoleSpec> roles = accept(Keyword.TO) ? roleSpecList() : List.of();
        String[] text = new String[2];
        Expr using = usingClause(text);
        Expr check = withCheckClause(text);
        return new CreatePolicy(name, table, permissive, command, roles, using, check, text[0], text[1]);
    }

    final Statement alterPolicy() {
        expect(Keyword.POLICY);
        String name = colId();
        expect(Keyword.ON);
        QualifiedName table = qualifiedName();
        if (accept(Keyword.RENAME)) {
            expect(Keyword.TO);
            return new AlterPolicy(name, table, colId(), null, null, null, null, null);
        }
        List<RoleSpec> roles = accept(Keyword.TO) ? roleSpecList() : null;
        String[] text = new String[2];
        Expr using = usingClause(text);
        Expr check = withCheckClause(text);
        return new AlterPolicy(name, table, null, roles, using, check, text[0], text[1]);
    }

    final Statement dropPolicy() {
        expect(Keyword.POLICY);
        boolean ifExists = ifExists();
        String name = colId();
        expect(Keyword.ON);
        QualifiedName table = qualifiedName();
        if (!accept(Keyword.CASCADE)) {
            accept(Keyword.RESTRICT);
        }
        return new DropPolicy(name, table, ifExists);
    }

    /** After ENABLE / DISABLE / FORCE / NO [FORCE]: the ROW LEVEL SECURITY action, or null for another one. */
    final RowSecurityAction rowSecurityAction() {
        int i = at(Keyword.NO) ? 2 : 1;
        if (!(la(i).is(Keyword.ROW) && la(i + 1).is(Keyword.LEVEL) && la(i + 2).is(Keyword.SECURITY))) {
            return null;
        }
        if (i == 2 && !la(1).is(Keyword.FORCE)) {
            return null;
        }
        Token t = take();
        RowSecurityAction.Kind kind = t.is(Keyword.ENABLE) ? RowSecurityAction.Kind.ENABLE
                : t.is(Keyword.DISABLE) ? RowSecurityAction.Kind.DISABLE
                : t.is(Keyword.FORCE) ? RowSecurityAction.Kind.FORCE : RowSecurityAction.Kind.NO_FORCE;
        if (kind == RowSecurityAction.Kind.NO_FORCE) {
            advance(); // FORCE
        }
        advance();
        advance();
        advance();
        return new RowSecurityAction(kind);
    }

    /** USING (expr); its source text goes to text[0]. */
    private Expr usingClause(String[] text) {
        if (!accept(Keyword.USING)) {
            return null;
        }
        return condition(text, 0);
    }

    /** WITH CHECK (expr); its source text goes to text[1]. */
    private Expr withCheckClause(String[] text) {
        if (!(at(Keyword.WITH) && la(1).is(Keyword.CHECK))) {
            return null;
        }
        advance();
        advance();
        return condition(text, 1);
    }

    private Expr condition(String[] text, int slot) {
        expect(TokenKind.LPAREN);
        int from = cur().start();
        Expr e = expr();
        text[slot] = sql.substring(from, cur().start()).strip();
        expect(TokenKind.RPAREN);
        return e;
    }
}
