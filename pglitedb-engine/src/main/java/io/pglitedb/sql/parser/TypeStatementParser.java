package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterDomain;
import io.pglitedb.sql.ast.AlterType;
import io.pglitedb.sql.ast.CreateCompositeType;
import io.pglitedb.sql.ast.CreateDomain;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.sql.ast.CreateEnumType;
import io.pglitedb.sql.ast.CreateRangeType;
import io.pglitedb.sql.ast.DropType;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * User-defined type statements (gram.y's DefineStmt for enums, AlterEnumStmt, RenameStmt /
 * AlterObjectSchemaStmt / AlterOwnerStmt for types, DropStmt for types): {@code CREATE TYPE name
 * AS ENUM (...)}, {@code CREATE TYPE name AS RANGE (...)}, {@code ALTER TYPE}, {@code DROP TYPE}. Base
 * and shell types are reported as not supported yet; composite types are {@code CREATE TYPE name AS (...)}.
 */
abstract class TypeStatementParser extends PolicyStatementParser {
    TypeStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** After CREATE, at TYPE. */
    final Statement createType() {
        expect(Keyword.TYPE);
        QualifiedName name = qualifiedName();
        if (at(Keyword.AS) && la(1).kind() == TokenKind.LPAREN) {
            advance();
            return compositeType(name);
        }
        if (at(Keyword.AS) && la(1).is(Keyword.RANGE)) {
            advance();
            advance();
            return rangeType(name);
        }
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

    /** At the ( of {@code CREATE TYPE name AS (attribute type [COLLATE c], ...)}. */
    private Statement compositeType(QualifiedName name) {
        expect(TokenKind.LPAREN);
        List<CreateCompositeType.Attribute> attributes = new ArrayList<>();
        if (!at(TokenKind.RPAREN)) {
            do {
                int position = cur().start();
                String attribute = colId();
                TypeName type = typeName();
                if (accept(Keyword.COLLATE)) {
                    collation(null);
                }
                attributes.add(new CreateCompositeType.Attribute(attribute, type, position));
            } while (accept(TokenKind.COMMA));
        }
        expect(TokenKind.RPAREN);
        return new CreateCompositeType(name, attributes);
    }

    /** At the ( of {@code CREATE TYPE name AS RANGE (attribute = value, ...)}. */
    private Statement rangeType(QualifiedName name) {
        expect(TokenKind.LPAREN);
        List<CreateRangeType.Option> options = new ArrayList<>();
        do {
            int position = cur().start();
            String option = colLabel();
            expectOperator("=");
            if (option.equals("subtype")) {
                options.add(new CreateRangeType.Option(option, typeName(), null, position));
            } else if (at(TokenKind.STRING)) {
                int at = cur().start();
                options.add(new CreateRangeType.Option(option, null, new QualifiedName(null, string(), at), position));
            } else {
                options.add(new CreateRangeType.Option(option, null, qualifiedName(), position));
            }
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return new CreateRangeType(name, options);
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

    /** After CREATE, at DOMAIN (gram.y's CreateDomainStmt). */
    final Statement createDomain() {
        expect(Keyword.DOMAIN);
        QualifiedName name = qualifiedName();
        accept(Keyword.AS);
        TypeName type = typeName();
        Expr defaultValue = null;
        boolean notNull = false;
        List<CreateDomain.Check> checks = new ArrayList<>();
        while (true) {
            if (accept(Keyword.COLLATE)) {
                collation(null);
                continue;
            }
            if (accept(Keyword.DEFAULT)) {
                defaultValue = expr();
                continue;
            }
            String constraintName = accept(Keyword.CONSTRAINT) ? colId() : null;
            if (at(Keyword.NOT) && la(1).is(Keyword.NULL)) {
                advance();
                advance();
                notNull = true;
            } else if (accept(Keyword.NULL)) {
                notNull = false;
            } else if (at(Keyword.CHECK)) {
                checks.add(domainCheck(constraintName));
            } else if (constraintName != null) {
                throw syntaxError(cur());
            } else {
                break;
            }
        }
        return new CreateDomain(name, type, defaultValue, notNull, checks);
    }

    /** At CHECK: {@code CHECK (condition) [NOT VALID]}. */
    private CreateDomain.Check domainCheck(String constraintName) {
        int position = cur().start();
        expect(Keyword.CHECK);
        expect(TokenKind.LPAREN);
        Expr condition = expr();
        expect(TokenKind.RPAREN);
        boolean notValid = false;
        if (at(Keyword.NOT) && la(1).is(Keyword.VALID)) {
            advance();
            advance();
            notValid = true;
        }
        return new CreateDomain.Check(constraintName, condition, notValid, position);
    }

    /** After ALTER, at DOMAIN (gram.y's AlterDomainStmt and the naming statements for domains). */
    final Statement alterDomain() {
        expect(Keyword.DOMAIN);
        QualifiedName name = qualifiedName();
        AlterDomain.Action action;
        if (at(Keyword.SET) && la(1).is(Keyword.DEFAULT)) {
            advance();
            advance();
            action = new AlterDomain.SetDefault(expr());
        } else if (at(Keyword.DROP) && la(1).is(Keyword.DEFAULT)) {
            advance();
            advance();
            action = new AlterDomain.SetDefault(null);
        } else if ((at(Keyword.SET) || at(Keyword.DROP)) && la(1).is(Keyword.NOT) && la(2).is(Keyword.NULL)) {
            boolean set = take().is(Keyword.SET);
            advance();
            advance();
            action = new AlterDomain.SetNotNull(set);
        } else if (accept(Keyword.ADD)) {
            String constraintName = accept(Keyword.CONSTRAINT) ? colId() : null;
            if (at(Keyword.NOT) && la(1).is(Keyword.NULL)) {
                advance();
                advance();
                action = new AlterDomain.SetNotNull(true);
            } else {
                action = new AlterDomain.AddCheck(domainCheck(constraintName));
            }
        } else if (at(Keyword.DROP) && la(1).is(Keyword.CONSTRAINT)) {
            advance();
            advance();
            boolean ifExists = false;
            if (at(Keyword.IF)) {
                advance();
                expect(Keyword.EXISTS);
                ifExists = true;
            }
            String constraint = colId();
            if (!accept(Keyword.CASCADE)) {
                accept(Keyword.RESTRICT);
            }
            action = new AlterDomain.DropConstraint(constraint, ifExists);
        } else if (at(Keyword.VALIDATE) && la(1).is(Keyword.CONSTRAINT)) {
            advance();
            advance();
            action = new AlterDomain.ValidateConstraint(colId());
        } else if (accept(Keyword.RENAME)) {
            if (accept(Keyword.CONSTRAINT)) {
                String from = colId();
                expect(Keyword.TO);
                action = new AlterDomain.RenameConstraint(from, colId());
            } else {
                expect(Keyword.TO);
                action = new AlterDomain.Naming(new AlterType.Rename(colId()));
            }
        } else if (at(Keyword.SET) && la(1).is(Keyword.SCHEMA)) {
            advance();
            advance();
            action = new AlterDomain.Naming(new AlterType.SetSchema(colId()));
        } else if (at(Keyword.OWNER) && la(1).is(Keyword.TO)) {
            advance();
            advance();
            action = new AlterDomain.Naming(new AlterType.OwnerTo(roleSpec()));
        } else {
            throw syntaxError(cur());
        }
        return new AlterDomain(name, action);
    }

    /** After DROP, at DOMAIN. */
    final Statement dropDomain() {
        DropType drop = (DropType) dropType();
        return new DropType(drop.names(), drop.ifExists(), drop.cascade(), true);
    }

    /** After DROP, at TYPE (or DOMAIN). */
    final Statement dropType() {
        advance();
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
