package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterType;
import io.pglitedb.sql.ast.CreateEnumType;
import io.pglitedb.sql.ast.DropType;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * User-defined type statements (gram.y's DefineStmt for enums, AlterEnumStmt, RenameStmt /
 * AlterObjectSchemaStmt / AlterOwnerStmt for types, DropStmt for types): {@code CREATE TYPE name
 * AS ENUM (...)}, {@code ALTER TYPE}, {@code DROP TYPE}. Other CREATE TYPE forms (composite,
 * range, base types) are reported as not supported yet.
 */
abstract class TypeStatementParser extends PolicyStatementParser {
    TypeStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** After CREATE, at TYPE. */
    final Statement createType() {
        expect(Keyword.TYPE);
        QualifiedName name = qualifiedName();
        if (!(at(Keyword.AS) && la(1).is(Keyword.ENUM))) {
            return unsupported("CREATE TYPE");
        }
        advance();
        advance();
        expect(TokenKind.LPAREN);
        List<String> labels = new ArrayList<>();
        if (!at(TokenKind.RPAREN)) {
            do {
                labels.add(string());
            } while (accept(TokenKind.COMMA));
        }
        expect(TokenKind.RPAREN);
        return new CreateEnumType(name, labels);
    }

    /** After ALTER, at TYPE. */
    final Statement alterType() {
        expect(Keyword.TYPE);
        QualifiedName name = qualifiedName();
        AlterType.Action action;
        if (accept(Keyword.ADD)) {
            if (!accept(Keyword.VALUE)) {
                return unsupported("ALTER TYPE");
            }
            boolean ifNotExists = false;
            if (at(Keyword.IF)) {
                advance();
                expect(Keyword.NOT);
                expect(Keyword.EXISTS);
                ifNotExists = true;
            }
            String label = string();
            String neighbor = null;
            boolean before = false;
            if (at(Keyword.BEFORE) || at(Keyword.AFTER)) {
                before = take().is(Keyword.BEFORE);
                neighbor = string();
            }
            action = new AlterType.AddValue(label, ifNotExists, neighbor, before);
        } else if (accept(Keyword.RENAME)) {
            if (accept(Keyword.VALUE)) {
                String from = string();
                expect(Keyword.TO);
                action = new AlterType.RenameValue(from, string());
            } else if (accept(Keyword.TO)) {
                action = new AlterType.Rename(colId());
            } else {
                return unsupported("ALTER TYPE");
            }
        } else if (at(Keyword.SET) && la(1).is(Keyword.SCHEMA)) {
            advance();
            advance();
            action = new AlterType.SetSchema(colId());
        } else if (at(Keyword.OWNER) && la(1).is(Keyword.TO)) {
            advance();
            advance();
            action = new AlterType.OwnerTo(roleSpec());
        } else {
            return unsupported("ALTER TYPE");
        }
        return new AlterType(name, action);
    }

    /** After DROP, at TYPE. */
    final Statement dropType() {
        expect(Keyword.TYPE);
        boolean ifExists = false;
        if (at(Keyword.IF)) {
            advance();
            expect(Keyword.EXISTS);
            ifExists = true;
        }
        List<QualifiedName> names = new ArrayList<>(1);
        do {
            names.add(qualifiedName());
        } while (accept(TokenKind.COMMA));
        boolean cascade = accept(Keyword.CASCADE);
        if (!cascade) {
            accept(Keyword.RESTRICT);
        }
        return new DropType(names, ifExists, cascade);
    }

    /** A string constant (an enum label). */
    private String string() {
        Token t = cur();
        if (t.kind() != TokenKind.STRING) {
            throw syntaxError(t);
        }
        advance();
        return t.value();
    }

    private Statement unsupported(String what) {
        deferSemanticError(new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported yet"));
        skipToStatementEnd();
        return null;
    }
}
