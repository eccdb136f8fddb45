package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterSchema;
import io.pglitedb.sql.ast.CreateSchema;
import io.pglitedb.sql.ast.DropSchema;
import io.pglitedb.sql.ast.RoleSpec;
import io.pglitedb.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/** CREATE SCHEMA (with its schema elements), ALTER SCHEMA and DROP SCHEMA. */
abstract class SchemaStatementParser extends DdlParser {
    SchemaStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** One CREATE statement inside CREATE SCHEMA (the parser is at CREATE). */
    abstract Statement schemaElement();

    /** After CREATE, at SCHEMA. */
    final CreateSchema createSchema() {
        Token schemaTok = take();
        boolean ifNotExists = ifNotExists();
        String name = null;
        String owner = null;
        int position = cur().start();
        if (!at(Keyword.AUTHORIZATION)) {
            name = colId();
        }
        if (accept(Keyword.AUTHORIZATION)) {
            owner = schemaOwner();
        } else if (name == null) {
            throw syntaxError();
        }
        List<Statement> elements = new ArrayList<>();
        while (at(Keyword.CREATE) || at(Keyword.GRANT)) {
            if (ifNotExists) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "CREATE SCHEMA IF NOT EXISTS cannot include schema elements").withPosition(cur().start() + 1);
            }
            if (at(Keyword.GRANT)) {
                throw unsupported("GRANT in CREATE SCHEMA", cur());
            }
            Statement element = schemaElement();
            if (element != null) { // null: an element kind not supported yet (its error is deferred)
                elements.add(element);
            }
        }
        if (!atStatementEnd()) {
            throw syntaxError();
        }
        return new CreateSchema(name, owner, ifNotExists, elements, name == null ? schemaTok.start() : position);
    }

    /** After ALTER, at SCHEMA. */
    final Statement alterSchema() {
        advance();
        String name = colId();
        if (accept(Keyword.RENAME)) {
            expect(Keyword.TO);
            return new AlterSchema(name, colId(), null);
        }
        expect(Keyword.OWNER);
        expect(Keyword.TO);
        return new AlterSchema(name, null, schemaOwner());
    }

    /** After DROP, at SCHEMA. */
    final DropSchema dropSchema() {
        advance();
        boolean ifExists = ifExists();
        List<String> names = new ArrayList<>(1);
        do {
            names.add(colId());
        } while (accept(TokenKind.COMMA));
        boolean cascade = false;
        if (accept(Keyword.CASCADE)) {
            cascade = true;
        } else {
            accept(Keyword.RESTRICT);
        }
        return new DropSchema(names, ifExists, cascade);
    }

    /** RoleSpec as a schema's owner: a role name, or the CURRENT_USER / SESSION_USER markers. */
    private String schemaOwner() {
        RoleSpec spec = roleSpec();
        return switch (spec.kind()) {
            case CURRENT_USER, CURRENT_ROLE -> CreateSchema.CURRENT_USER;
            case SESSION_USER -> CreateSchema.SESSION_USER;
            case NAME, PUBLIC -> spec.name();
        };
    }
}
