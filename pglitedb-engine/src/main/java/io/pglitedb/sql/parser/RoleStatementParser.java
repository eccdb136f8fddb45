package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterRole;
import io.pglitedb.sql.ast.AlterSetting;
import io.pglitedb.sql.ast.CreateRole;
import io.pglitedb.sql.ast.DropRole;
import io.pglitedb.sql.ast.DropFunction;
import io.pglitedb.sql.ast.GrantPrivileges;
import io.pglitedb.sql.ast.GrantRole;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.RoleSpec;
import io.pglitedb.sql.ast.RoleOption;
import io.pglitedb.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Role statements (gram.y's CreateRoleStmt, AlterRoleStmt, RenameStmt for roles, DropRoleStmt):
 * CREATE/ALTER/DROP ROLE, USER and GROUP. The CREATE/ALTER/DROP keyword has been consumed by
 * the caller, the ROLE/USER/GROUP keyword not yet. Also GRANT and REVOKE (GrantStmt,
 * GrantRoleStmt): of privileges on objects, and of roles to roles.
 */
abstract class RoleStatementParser extends DatabaseStatementParser {

    RoleStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** True when the current token starts a role statement after CREATE / ALTER / DROP. */
    final boolean atRoleKeyword() {
        return at(Keyword.ROLE) || at(Keyword.USER) && !la(1).is(Keyword.MAPPING) || at(Keyword.GROUP);
    }

    final Statement createRole() {
        Token kindTok = take();
        CreateRole.Kind kind = kindTok.is(Keyword.ROLE) ? CreateRole.Kind.ROLE
                : kindTok.is(Keyword.USER) ? CreateRole.Kind.USER : CreateRole.Kind.GROUP;
        Token nameTok = cur();
        String name = roleId();
        accept(Keyword.WITH);
        List<RoleOption> options = new ArrayList<>();
        while (!atStatementEnd()) {
            options.add(roleOption(true));
        }
        return new CreateRole(name, kind, options, nameTok.start());
    }

    final Statement alterRole() {
        advance(); // ROLE / USER / GROUP
        Token nameTok = cur();
        if (accept(Keyword.ALL)) {
            String database = inDatabase();
            return new AlterSetting(database, null, false, true, setResetClause());
        }
        boolean special = at(Keyword.CURRENT_USER) || at(Keyword.SESSION_USER) || at(Keyword.CURRENT_ROLE);
        String name = special ? take().keyword().name().toLowerCase(Locale.ROOT) : roleName();
        if (at(Keyword.RENAME)) {
            advance();
            expect(Keyword.TO);
            String newName = roleId();
            return new AlterRole(name, special, List.of(), newName, nameTok.start());
        }
        if (at(Keyword.SET) || at(Keyword.RESET) || at(Keyword.IN)) {
            String database = inDatabase();
            return new AlterSetting(database, name, special, false, setResetClause());
        }
        if (at(Keyword.ADD) || at(Keyword.DROP)) {
            throw unsupported("ALTER GROUP " + text(cur()).toUpperCase(Locale.ROOT), cur());
        }
        accept(Keyword.WITH);
        List<RoleOption> options = new ArrayList<>();
        while (!atStatementEnd()) {
            options.add(roleOption(false));
        }
        return new AlterRole(name, special, options, null, nameTok.start());
    }

    /** [IN DATABASE name] before ALTER ROLE's SET / RESET; null when absent. */
    private String inDatabase() {
        if (!accept(Keyword.IN)) {
            return null;
        }
        expect(Keyword.DATABASE);
        return colId();
    }

    final Statement dropRole() {
        advance(); // ROLE / USER / GROUP
        boolean ifExists = false;
        if (at(Keyword.IF)) {
            advance();
            expect(Keyword.EXISTS);
            ifExists = true;
        }
        List<String> names = new ArrayList<>();
        do {
            names.add(roleName());
        } while (accept(TokenKind.COMMA));
        return new DropRole(names, ifExists);
    }

    /** RoleId: a role name that is not public, none or a special user keyword. */
    private String roleId() {
        Token t = cur();
        if (t.is(Keyword.CURRENT_USER) || t.is(Keyword.SESSION_USER) || t.is(Keyword.CURRENT_ROLE)) {
            throw new PgException(SqlState.RESERVED_NAME, "%s cannot be used as a role name here",
                    t.keyword().name()).withPosition(t.start() + 1);
        }
        String name = roleName();
        if (t.kind() == TokenKind.IDENT && (name.equals("public") || name.equals("none"))) {
            throw new PgException(SqlState.RESERVED_NAME, "role name \"%s\" is reserved", name)
                    .withPosition(t.start() + 1);
        }
        return name;
    }

    /** NonReservedWord (identifier, unreserved, column-name or type/function-name keyword) or quoted. */
    private String roleName() {
        Token t = cur();
        if (t.kind() == TokenKind.QUOTED_IDENT
                || t.kind() == TokenKind.IDENT && (t.keyword() == null || t.keyword().category() != Keyword.Category.RESERVED)) {
            advance();
            return t.value();
        }
        throw syntaxError(t);
    }

    private RoleOption roleOption(boolean create) {
        Token t = cur();
        int at = t.start();
        if (t.is(Keyword.PASSWORD)) {
            advance();
            if (accept(Keyword.NULL)) {
                return new RoleOption("password", null, at);
            }
            return new RoleOption("password", expect(TokenKind.STRING).value(), at);
        }
        if (t.is(Keyword.ENCRYPTED)) {
            advance();
            expect(Keyword.PASSWORD);
            return new RoleOption("password", expect(TokenKind.STRING).value(), at);
        }
        if (t.is(Keyword.UNENCRYPTED)) {
            advance();
            expect(Keyword.PASSWORD);
            expect(TokenKind.STRING);
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "UNENCRYPTED PASSWORD is no longer supported")
                    .withHint("Remove UNENCRYPTED to store the password in encrypted form instead.")
                    .withPosition(at + 1);
        }
        if (t.is(Keyword.INHERIT)) {
            advance();
            return new RoleOption("inherit", Boolean.TRUE, at);
        }
        if (t.is(Keyword.CONNECTION)) {
            advance();
            expect(Keyword.LIMIT);
            return new RoleOption("connectionlimit", signedInteger(), at);
        }
        if (t.is(Keyword.VALID)) {
            advance();
            expect(Keyword.UNTIL);
            return new RoleOption("validUntil", expect(TokenKind.STRING).value(), at);
        }
        if (create && t.is(Keyword.SYSID)) {
            advance();
            return new RoleOption("sysid", signedInteger(), at);
        }
        if (create && (t.is(Keyword.ADMIN) || t.is(Keyword.ROLE) || t.is(Keyword.USER) || t.is(Keyword.IN))) {
            advance();
            String name = t.is(Keyword.ADMIN) ? "adminmembers" : t.is(Keyword.IN) ? "addroleto" : "rolemembers";
            if (t.is(Keyword.IN) && !accept(Keyword.ROLE)) {
                expect(Keyword.GROUP);
            }
            List<String> roles = new ArrayList<>();
            do {
                roles.add(roleName());
            } while (accept(TokenKind.COMMA));
            return new RoleOption(name, roles, at);
        }
        if (t.kind() == TokenKind.IDENT) {
            String word = t.value();
            advance();
            return switch (word) {
                case "superuser", "nosuperuser" -> new RoleOption("superuser", word.equals("superuser"), at);
                case "createrole", "nocreaterole" -> new RoleOption("createrole", word.equals("createrole"), at);
                case "replication", "noreplication" -> new RoleOption("isreplication", word.equals("replication"), at);
                case "createdb", "nocreatedb" -> new RoleOption("createdb", word.equals("createdb"), at);
                case "login", "nologin" -> new RoleOption("canlogin", word.equals("login"), at);
                case "bypassrls", "nobypassrls" -> new RoleOption("bypassrls", word.equals("bypassrls"), at);
                case "noinherit" -> new RoleOption("inherit", Boolean.FALSE, at);
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized role option \"%s\"", word)
                        .withPosition(at + 1);
            };
        }
        throw syntaxError(t);
    }

    private Integer signedInteger() {
        Token t = cur();
        String text = t.kind() == TokenKind.OPERATOR ? signedNumber(t) : expect(TokenKind.INTEGER).value();
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw syntaxError(t);
        }
    }

    // ---------------------------------------------------------------- GRANT / REVOKE

    /** GRANT ... / REVOKE ...: the keyword is the current token. */
    final Statement grantOrRevoke() {
        boolean revoke = take().is(Keyword.REVOKE);
        boolean optionFor = false;
        boolean adminFor = false;
        if (revoke && at(Keyword.GRANT) && la(1).is(Keyword.OPTION)) {
            advance();
            advance();
            expect(Keyword.FOR);
            optionFor = true;
        } else if (revoke && at(Keyword.ADMIN) && la(1).is(Keyword.OPTION)) {
            advance();
            advance();
            expect(Keyword.FOR);
            adminFor = true;
        }
        List<GrantPrivileges.Privilege> privileges = null;
        List<String> allColumns = List.of();
        if (at(Keyword.ALL)) {
            advance();
            accept(Keyword.PRIVILEGES);
            if (at(TokenKind.LPAREN)) {
                allColumns = columnList();
            }
        } else {
            privileges = new ArrayList<>();
            do {
                Token t = cur();
                String name;
                if (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT) {
                    advance();
                    name = t.value();
                } else {
                    throw syntaxError(t);
                }
                List<String> columns = at(TokenKind.LPAREN) ? columnList() : List.of();
                privileges.add(new GrantPrivileges.Privilege(name, columns, t.start()));
            } while (accept(TokenKind.COMMA));
        }
        if (!at(Keyword.ON)) {
            // GrantRoleStmt: the "privileges" are role names
            if (privileges == null || optionFor) {
                throw syntaxError(cur());
            }
            List<String> roles = new ArrayList<>();
            for (GrantPrivileges.Privilege p : privileges) {
                if (!p.columns().isEmpty()) {
                    throw syntaxError(cur());
                }
                roles.add(p.name());
            }
            expect(revoke ? Keyword.FROM : Keyword.TO);
            List<RoleSpec> grantees = roleSpecList();
            boolean admin = adminFor;
            if (!revoke && at(Keyword.WITH)) {
                advance();
                expect(Keyword.ADMIN);
                expect(Keyword.OPTION);
                admin = true;
            }
            RoleSpec grantedBy = grantedBy();
            if (revoke && !accept(Keyword.CASCADE)) {
                accept(Keyword.RESTRICT);
            }
            return new GrantRole(revoke, roles, grantees, admin, grantedBy);
        }
        if (adminFor) {
            throw syntaxError(cur());
        }
        advance(); // ON
        String objectType = "TABLE";
        boolean allInSchema = false;
        List<QualifiedName> objects = new ArrayList<>();
        List<DropFunction.Item> routines = List.of();
        if (at(Keyword.ALL) && (la(1).is(Keyword.TABLES) || la(1).is(Keyword.SEQUENCES) || la(1).is(Keyword.FUNCTIONS)
                || la(1).is(Keyword.PROCEDURES) || la(1).is(Keyword.ROUTINES))) {
            advance();
            Token kind = take();
            objectType = kind.is(Keyword.TABLES) ? "TABLE" : kind.is(Keyword.SEQUENCES) ? "SEQUENCE"
                    : kind.is(Keyword.FUNCTIONS) ? "FUNCTION" : kind.is(Keyword.PROCEDURES) ? "PROCEDURE" : "ROUTINE";
            expect(Keyword.IN);
            expect(Keyword.SCHEMA);
            allInSchema = true;
        } else if (at(Keyword.TABLE) || at(Keyword.SEQUENCE)) {
            objectType = take().is(Keyword.TABLE) ? "TABLE" : "SEQUENCE";
        } else if (at(Keyword.SCHEMA) || at(Keyword.DATABASE)) {
            objectType = take().is(Keyword.SCHEMA) ? "SCHEMA" : "DATABASE";
        } else if (at(Keyword.FUNCTION) || at(Keyword.PROCEDURE) || at(Keyword.ROUTINE)) {
            objectType = text(take()).toUpperCase(Locale.ROOT);
            routines = new ArrayList<>();
            do {
                routines.add(functionSignature());
            } while (accept(TokenKind.COMMA));
        } else if (at(Keyword.LANGUAGE) || at(Keyword.DOMAIN) || at(Keyword.TYPE)
                || at(Keyword.TABLESPACE) || at(Keyword.FOREIGN) || at(Keyword.LARGE) || at(Keyword.ALL)) {
            Token kind = cur();
            skipToStatementEnd();
            throw unsupported("GRANT/REVOKE ON " + text(kind).toUpperCase(Locale.ROOT), kind);
        }
        if (!routines.isEmpty()) {
            // named by their signatures
        } else if (allInSchema || objectType.equals("SCHEMA") || objectType.equals("DATABASE")) {
            do {
                Token t = cur();
                objects.add(new QualifiedName(null, colId(), t.start()));
            } while (accept(TokenKind.COMMA));
        } else {
            do {
                objects.add(qualifiedName());
            } while (accept(TokenKind.COMMA));
        }
        expect(revoke ? Keyword.FROM : Keyword.TO);
        List<RoleSpec> grantees = new ArrayList<>();
        do {
            accept(Keyword.GROUP);
            grantees.add(roleSpec());
        } while (accept(TokenKind.COMMA));
        boolean grantOption = optionFor;
        if (!revoke && at(Keyword.WITH)) {
            advance();
            expect(Keyword.GRANT);
            expect(Keyword.OPTION);
            grantOption = true;
        }
        RoleSpec grantedBy = grantedBy();
        boolean cascade = false;
        if (revoke) {
            cascade = accept(Keyword.CASCADE);
            if (!cascade) {
                accept(Keyword.RESTRICT);
            }
        }
        return new GrantPrivileges(revoke, privileges, allColumns, objectType, allInSchema, objects, routines,
                grantees, grantOption, grantedBy, cascade);
    }

    /** function_with_argtypes (the routine parser's). */
    abstract DropFunction.Item functionSignature();

    private RoleSpec grantedBy() {
        if (at(Keyword.GRANTED)) {
            advance();
            expect(Keyword.BY);
            return roleSpec();
        }
        return null;
    }

    final List<RoleSpec> roleSpecList() {
        List<RoleSpec> specs = new ArrayList<>();
        do {
            specs.add(roleSpec());
        } while (accept(TokenKind.COMMA));
        return specs;
    }

    /** RoleSpec: a role name, PUBLIC, CURRENT_USER, SESSION_USER or CURRENT_ROLE. */
    final RoleSpec roleSpec() {
        Token t = cur();
        if (t.is(Keyword.CURRENT_USER) || t.is(Keyword.SESSION_USER) || t.is(Keyword.CURRENT_ROLE)) {
            advance();
            return new RoleSpec(t.is(Keyword.CURRENT_USER) ? RoleSpec.Kind.CURRENT_USER
                    : t.is(Keyword.SESSION_USER) ? RoleSpec.Kind.SESSION_USER : RoleSpec.Kind.CURRENT_ROLE,
                    null, t.start());
        }
        String name = roleName();
        if (name.equals("public")) {
            return new RoleSpec(RoleSpec.Kind.PUBLIC, name, t.start());
        }
        return RoleSpec.named(name, t.start());
    }
}
