package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AddConstraint;
import io.pglitedb.sql.ast.AlterTable;
import io.pglitedb.sql.ast.AlterTableAction;
import io.pglitedb.sql.ast.ColumnDef;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.CreateTableAs;
import io.pglitedb.sql.ast.Deallocate;
import io.pglitedb.sql.ast.DropTable;
import io.pglitedb.sql.ast.ExecutePrepared;
import io.pglitedb.sql.ast.Prepare;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.LockTable;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.ResetVariable;
import io.pglitedb.sql.ast.Savepoint;
import io.pglitedb.sql.ast.SetTransaction;
import io.pglitedb.sql.ast.SetVariable;
import io.pglitedb.sql.ast.ShowVariable;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.sql.ast.TransactionControl;
import io.pglitedb.sql.ast.TransactionModes;
import io.pglitedb.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement: dispatch on the first keyword, DDL (CREATE TABLE, DROP TABLE), transaction
 * control, SET / SHOW / RESET and ALTER TABLE; TRUNCATE, COPY, VACUUM, ANALYZE and CHECKPOINT are
 * in {@link UtilityStatementParser}. Statements PostgreSQL accepts but this engine does not implement
 * yet (CREATE INDEX, EXPLAIN, most ALTER TABLE actions...) are skipped to their end and reported as
 * 0A000 after the whole string has parsed, so a syntax error anywhere still wins, as in PostgreSQL.
 */
final class StatementParser extends TypeStatementParser {
    StatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** Parses one statement; returns null for an unsupported one (skipped, error deferred). */
    Statement statement() {
        Token t = cur();
        if (t.kind() == TokenKind.LPAREN) {
            return topLevelQuery();
        }
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        if (k == null) {
            throw syntaxError(t);
        }
        switch (k) {
            case WITH: {
                Statement modifying = withModifyingStatement();
                return modifying != null ? modifying : topLevelQuery();
            }
            case SELECT: case VALUES: case TABLE:
                return topLevelQuery();
            case INSERT:
                return insertStatement();
            case UPDATE:
                return updateStatement();
            case DELETE:
                return deleteStatement();
            case CREATE:
                return create();
            case DROP:
                return drop();
            case BEGIN:
                advance();
                if (!accept(Keyword.WORK)) {
                    accept(Keyword.TRANSACTION);
                }
                return transactionModes(TransactionControl.Kind.BEGIN);
            case START:
                advance();
                expect(Keyword.TRANSACTION);
                return transactionModes(TransactionControl.Kind.START);
            case COMMIT: case END:
                return endTransaction(TransactionControl.Kind.COMMIT);
            case ROLLBACK: case ABORT:
                return endTransaction(TransactionControl.Kind.ROLLBACK);
            case LOCK:
                return lockTable();
            case SAVEPOINT:
                advance();
                return new Savepoint(Savepoint.Kind.DEFINE, colId());
            case RELEASE:
                advance();
                accept(Keyword.SAVEPOINT);
                return new Savepoint(Savepoint.Kind.RELEASE, colId());
            case SET:
                return set();
            case GRANT: case REVOKE:
                return grantOrRevoke();
            case SHOW:
                advance();
                return new ShowVariable(variableForShowOrReset());
            case RESET:
                advance();
                return new ResetVariable(variableForShowOrReset());
            case ALTER:
                if (la(1).is(Keyword.SCHEMA)) {
                    advance();
                    return alterSchema();
                }
                if (la(1).is(Keyword.TABLE)) {
                    return alterTable();
                }
                if (la(1).is(Keyword.SEQUENCE)) {
                    return alterSequence();
                }
                if (la(1).is(Keyword.POLICY)) {
                    advance();
                    return alterPolicy();
                }
                if (la(1).is(Keyword.DEFAULT) && la(2).is(Keyword.PRIVILEGES)) {
                    advance();
                    return alterDefaultPrivileges();
                }
                if (la(1).is(Keyword.VIEW) || (la(1).is(Keyword.MATERIALIZED) && la(2).is(Keyword.VIEW))) {
                    return alterView();
                }
                if (la(1).is(Keyword.INDEX)) {
                    return alterIndex();
                }
                if (la(1).is(Keyword.TYPE)) {
                    advance();
                    return alterType();
                }
                if (la(1).is(Keyword.DOMAIN)) {
                    advance();
                    return alterDomain();
                }
                if (la(1).is(Keyword.AGGREGATE)) {
                    advance();
                    return alterAggregate(t);
                }
                advance();
                if (atRoleKeyword()) {
                    return alterRole();
                }
                if (at(Keyword.DATABASE)) {
                    return alterDatabase();
                }
                return skipUnsupported(t, 2);
            case COMMENT:
                return commentOn();
            case SECURITY:
                advance();
                return skipUnsupported(t, 2);
            case TRUNCATE:
                return truncate();
            case COPY:
                return copy();
            case VACUUM:
                return vacuum();
            case ANALYZE: case ANALYSE:
                return analyze();
            case EXPLAIN: {
                io.pglitedb.sql.ast.Explain options = explainOptions();
                Statement explained = statement();
                return explained == null ? null : options.of(explained);
            }
            case CHECKPOINT:
                return checkpoint();
            case CALL:
                return call();
            case DO:
                return doBlock();
            case DECLARE:
                return declareCursor();
            case FETCH: case MOVE:
                return fetchCursor();
            case CLOSE:
                return closeCursor();
            case MERGE:
                return mergeStatement();
            case DISCARD:
                return discard();
            case CLUSTER:
            case IMPORT: case LISTEN: case LOAD: case NOTIFY:
            case REFRESH:
                if (la(1).is(Keyword.MATERIALIZED)) {
                    return refreshMaterializedView();
                }
                advance();
                return skipUnsupported(t, 1);
            case PREPARE:
                if (la(1).is(Keyword.TRANSACTION)) {
                    advance();
                    return skipUnsupported(t, 2);
                }
                return prepare();
            case EXECUTE:
                return executePrepared();
            case DEALLOCATE:
                return deallocate();
            case REINDEX:
                return reindex();
            case REASSIGN:
            case UNLISTEN:
                advance();
                return skipUnsupported(t, 1);
            default:
                throw syntaxError(t);
        }
    }

    // ---------------------------------------------------------------- PREPARE / EXECUTE / DEALLOCATE

    /** {@code PREPARE name [(type, ...)] AS PreparableStmt} (SELECT, VALUES, INSERT, UPDATE, DELETE). */
    private Statement prepare() {
        expect(Keyword.PREPARE);
        String name = colId();
        List<TypeName> types = new ArrayList<>();
        if (accept(TokenKind.LPAREN)) {
            do {
                types.add(typeName());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        expect(Keyword.AS);
        Token start = cur();
        Keyword k = start.kind() == TokenKind.IDENT ? start.keyword() : null;
        boolean preparable = start.kind() == TokenKind.LPAREN || k == Keyword.SELECT || k == Keyword.WITH
                || k == Keyword.VALUES || k == Keyword.TABLE || k == Keyword.INSERT || k == Keyword.UPDATE
                || k == Keyword.DELETE;
        if (!preparable) {
            throw syntaxError(start);
        }
        Statement statement = statement();
        int stop = at(TokenKind.EOF) ? sql.length() : cur().start();
        return new Prepare(name, List.copyOf(types), statement, sql.substring(start.start(), stop).strip());
    }

    /** {@code EXECUTE name [(expression, ...)]}. */
    private Statement executePrepared() {
        Token first = expect(Keyword.EXECUTE);
        String name = colId();
        List<Expr> arguments = new ArrayList<>();
        if (accept(TokenKind.LPAREN)) {
            do {
                arguments.add(expr());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        return new ExecutePrepared(name, List.copyOf(arguments), first.start());
    }

    /** {@code DISCARD ALL | PLANS | SEQUENCES | TEMP[ORARY]}. */
    private Statement discard() {
        expect(Keyword.DISCARD);
        Token t = take();
        io.pglitedb.sql.ast.Discard.Kind kind;
        if (t.is(Keyword.ALL)) {
            kind = io.pglitedb.sql.ast.Discard.Kind.ALL;
        } else if (t.is(Keyword.PLANS)) {
            kind = io.pglitedb.sql.ast.Discard.Kind.PLANS;
        } else if (t.is(Keyword.SEQUENCES)) {
            kind = io.pglitedb.sql.ast.Discard.Kind.SEQUENCES;
        } else if (t.is(Keyword.TEMP) || t.is(Keyword.TEMPORARY)) {
            kind = io.pglitedb.sql.ast.Discard.Kind.TEMP;
        } else {
            throw syntaxError(t);
        }
        return new io.pglitedb.sql.ast.Discard(kind);
    }

    /** {@code DEALLOCATE [PREPARE] name | ALL}. */
    private Statement deallocate() {
        expect(Keyword.DEALLOCATE);
        accept(Keyword.PREPARE);
        if (accept(Keyword.ALL)) {
            return new Deallocate(null);
        }
        return new Deallocate(colId());
    }

    // ---------------------------------------------------------------- CREATE / DROP

    private Statement create() {
        Token createTok = take();
        Token t = cur();
        if (t.is(Keyword.TABLE)) {
            advance();
            return createTable(false);
        }
        if (atRoleKeyword()) {
            return createRole();
        }
        if (t.is(Keyword.DATABASE)) {
            return createDatabase();
        }
        Keyword k = t.keyword();
        if (k == null || t.kind() != TokenKind.IDENT) {
            throw syntaxError(t);
        }
        switch (k) {
            case SCHEMA:
                return createSchema();
            case SEQUENCE:
                return createSequence();
            case INDEX:
                return createIndex(false, createTok);
            case TEMP: case TEMPORARY: case LOCAL: case GLOBAL: case UNLOGGED:
                if ((k == Keyword.LOCAL || k == Keyword.GLOBAL)
                        && (la(1).is(Keyword.TEMP) || la(1).is(Keyword.TEMPORARY)) && la(2).is(Keyword.TABLE)) {
                    advance(); // LOCAL is noise; GLOBAL is deprecated and means the same
                    advance();
                    advance();
                    return createTable(true);
                }
                if (la(1).is(Keyword.TABLE)) {
                    advance();
                    advance();
                    Statement created = createTable(k != Keyword.UNLOGGED);
                    return k != Keyword.UNLOGGED ? created : switch (created) {
                        case io.pglitedb.sql.ast.CreateTable table -> table.asUnlogged();
                        case io.pglitedb.sql.ast.CreateTableAs tableAs -> tableAs.asUnlogged();
                        default -> created;
                    };
                }
                if (k == Keyword.UNLOGGED && la(1).is(Keyword.VIEW)) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "views cannot be unlogged because they do not have storage");
                }
                if (k == Keyword.UNLOGGED && la(1).is(Keyword.MATERIALIZED)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "materialized views cannot be unlogged");
                }
                if ((k == Keyword.TEMP || k == Keyword.TEMPORARY) && la(1).is(Keyword.VIEW)) {
                    advance();
                    return createView(false, false, true);
                }
                if ((k == Keyword.TEMP || k == Keyword.TEMPORARY || k == Keyword.UNLOGGED)
                        && la(1).is(Keyword.SEQUENCE)) {
                    advance();
                    return createSequence();
                }
                return skipUnsupported(createTok, 3);
            case OR:
                if (!la(1).is(Keyword.REPLACE)) {
                    throw syntaxError(la(1));
                }
                if (la(2).is(Keyword.VIEW)) {
                    advance();
                    advance();
                    return createView(true, false);
                }
                if (la(2).is(Keyword.RECURSIVE) && la(3).is(Keyword.VIEW)) {
                    advance();
                    advance();
                    advance();
                    return createRecursiveView(true);
                }
                if ((la(2).is(Keyword.TEMP) || la(2).is(Keyword.TEMPORARY)) && la(3).is(Keyword.VIEW)) {
                    advance();
                    advance();
                    advance();
                    return createView(true, false, true);
                }
                if (la(2).is(Keyword.FUNCTION) || la(2).is(Keyword.PROCEDURE)) {
                    advance();
                    advance();
                    return createFunction(true);
                }
                if (la(2).is(Keyword.AGGREGATE)) {
                    advance();
                    advance();
                    return createAggregate(true);
                }
                if (la(2).is(Keyword.TRIGGER) || la(2).is(Keyword.CONSTRAINT) && la(3).is(Keyword.TRIGGER)) {
                    advance();
                    advance();
                    return createTrigger(true);
                }
                return skipUnsupported(createTok, 4);
            case UNIQUE:
                if (la(1).is(Keyword.INDEX)) {
                    advance();
                    return createIndex(true, createTok);
                }
                return skipUnsupported(createTok, 3);
            case MATERIALIZED:
                if (la(1).is(Keyword.VIEW)) {
                    advance();
                    return createView(false, true);
                }
                return skipUnsupported(createTok, 3);
            case VIEW:
                return createView(false, false);
            case POLICY:
                return createPolicy();
            case CONSTRAINT:
                if (la(1).is(Keyword.TRIGGER)) {
                    return createTrigger(false);
                }
                return skipUnsupported(createTok, 3);
            case TRIGGER:
                return createTrigger(false);
            case FOREIGN: case DEFAULT: case EVENT:
            case RECURSIVE:
                if (la(1).is(Keyword.VIEW)) {
                    advance();
                    return createRecursiveView(false);
                }
                return skipUnsupported(createTok, 3);
            case TEXT: case USER: case ACCESS: case TRUSTED: case PROCEDURAL:
                return skipUnsupported(createTok, 3);
            case FUNCTION: case PROCEDURE:
                return createFunction(false);
            case TYPE:
                return createType();
            case DOMAIN:
                return createDomain();
            case AGGREGATE:
                return createAggregate(false);
            case CAST: case COLLATION: case CONVERSION:
            case EXTENSION: case GROUP: case LANGUAGE: case OPERATOR:
            case PUBLICATION: case ROLE: case RULE: case SERVER:
            case STATISTICS: case SUBSCRIPTION: case TABLESPACE: case TRANSFORM:
                return skipUnsupported(createTok, 2);
            default:
                throw syntaxError(t);
        }
    }

    @Override
    Statement schemaElement() {
        return create();
    }

    /** COMMENT ON {TABLE | VIEW | MATERIALIZED VIEW | INDEX | COLUMN | CONSTRAINT ... ON} name IS {'text' | NULL}. */
    private Statement commentOn() {
        take(); // COMMENT
        expect(Keyword.ON);
        Token kindTok = cur();
        io.pglitedb.sql.ast.CommentOn.Kind kind;
        QualifiedName relation;
        String part = null;
        if (accept(Keyword.TABLE)) {
            kind = io.pglitedb.sql.ast.CommentOn.Kind.TABLE;
            relation = qualifiedName();
        } else if (accept(Keyword.VIEW)) {
            kind = io.pglitedb.sql.ast.CommentOn.Kind.VIEW;
            relation = qualifiedName();
        } else if (at(Keyword.MATERIALIZED) && la(1).is(Keyword.VIEW)) {
            advance();
            advance();
            kind = io.pglitedb.sql.ast.CommentOn.Kind.MATERIALIZED_VIEW;
            relation = qualifiedName();
        } else if (accept(Keyword.INDEX)) {
            kind = io.pglitedb.sql.ast.CommentOn.Kind.INDEX;
            relation = qualifiedName();
        } else if (accept(Keyword.COLUMN)) {
            kind = io.pglitedb.sql.ast.CommentOn.Kind.COLUMN;
            Token first = cur();
            List<String> names = new ArrayList<>();
            names.add(colId());
            while (accept(TokenKind.DOT)) {
                names.add(colLabel());
            }
            if (names.size() < 2) {
                throw new PgException(SqlState.SYNTAX_ERROR, "column name must be qualified");
            }
            if (names.size() > 3) {
                throw new PgException(SqlState.SYNTAX_ERROR, "improper qualified name (too many dotted names): %s",
                        String.join(".", names)).withPosition(first.start() + 1);
            }
            part = names.get(names.size() - 1);
            relation = new QualifiedName(names.size() == 3 ? names.get(0) : null, names.get(names.size() - 2),
                    first.start());
        } else if (accept(Keyword.CONSTRAINT)) {
            kind = io.pglitedb.sql.ast.CommentOn.Kind.CONSTRAINT;
            part = colId();
            expect(Keyword.ON);
            if (at(Keyword.DOMAIN)) {
                return commentNotSupported("CONSTRAINT ON DOMAIN");
            }
            relation = qualifiedName();
        } else if (accept(Keyword.AGGREGATE)) {
            io.pglitedb.sql.ast.DropFunction.Item aggregate = aggregateSignature();
            expect(Keyword.IS);
            String comment = accept(Keyword.NULL) ? null : expect(TokenKind.STRING).value();
            return new io.pglitedb.sql.ast.CommentOnAggregate(aggregate, comment);
        } else {
            return commentNotSupported(text(cur()).toUpperCase(java.util.Locale.ROOT));
        }
        expect(Keyword.IS);
        String text = null;
        if (!accept(Keyword.NULL)) {
            text = expect(TokenKind.STRING).value();
        }
        return new io.pglitedb.sql.ast.CommentOn(kind, relation, part, text);
    }

    private Statement commentNotSupported(String kind) {
        deferSemanticError(new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COMMENT ON " + kind + " is not supported yet"));
        skipToStatementEnd();
        return null;
    }

    /** The table a CREATE TABLE being parsed defines (for errors naming it). */
    private String currentTableName;

    private Statement createTable(boolean temporary) {
        boolean ifNotExists = false;
        if (at(Keyword.IF) && la(1).is(Keyword.NOT)) {
            advance();
            advance();
            expect(Keyword.EXISTS);
            ifNotExists = true;
        }
        QualifiedName name = qualifiedName();
        currentTableName = name.name();
        Token t = cur();
        if (t.is(Keyword.AS) || (t.is(Keyword.ON) && la(1).is(Keyword.COMMIT))
                || (t.is(Keyword.WITH) && la(1).kind() == TokenKind.LPAREN && isTableAsWith())) {
            return createTableAs(name, ifNotExists, List.of(), temporary);
        }
        if (t.is(Keyword.OF)) {
            throw unsupported("CREATE TABLE OF", t);
        }
        if (t.is(Keyword.PARTITION) && la(1).is(Keyword.OF)) {
            return createPartition(name, ifNotExists, temporary);
        }
        if (t.kind() == TokenKind.LPAREN && startsQuery(la(1))) {
            throw syntaxError(la(1));
        }
        if (t.kind() == TokenKind.LPAREN && isColId(la(1))
                && (la(2).kind() == TokenKind.COMMA || la(2).kind() == TokenKind.RPAREN)) {
            List<String> names = columnList(); // CREATE TABLE name (columns) AS query
            Token as = cur();
            if (!as.is(Keyword.AS) && !as.is(Keyword.WITH)) {
                throw syntaxError(as);
            }
            return createTableAs(name, ifNotExists, names, temporary);
        }
        expect(TokenKind.LPAREN);
        List<ColumnDef> columns = new ArrayList<>(8);
        List<TableConstraint> constraints = new ArrayList<>(1);
        List<io.pglitedb.sql.ast.TableLike> likes = new ArrayList<>(0);
        if (!at(TokenKind.RPAREN)) {
            do {
                if (at(Keyword.LIKE)) {
                    likes.add(tableLike(columns.size()));
                } else {
                    tableElement(columns, constraints);
                }
            } while (accept(TokenKind.COMMA));
        }
        expect(TokenKind.RPAREN);
        // OptInherit OptPartitionSpec table_access_method_clause OptWith OnCommitOption OptTableSpace
        List<QualifiedName> inherits = new ArrayList<>(0);
        if (accept(Keyword.INHERITS)) {
            expect(TokenKind.LPAREN);
            do {
                inherits.add(qualifiedName());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        io.pglitedb.sql.ast.PartitionSpec partitionBy = partitionSpec();
        TableOptions options = tableOptions(temporary);
        return new CreateTable(name, ifNotExists, columns, constraints, temporary, options.onCommit(), likes,
                new io.pglitedb.sql.ast.TableInheritance(inherits, null, null, partitionBy), options.storage());
    }

    /** What follows CREATE TABLE's elements: its storage parameters and ON COMMIT. */
    private record TableOptions(List<io.pglitedb.sql.ast.SetRelationOptions.Option> storage,
            CreateTable.OnCommit onCommit) {
    }

    /** {@code [USING method] [WITH (...) | WITHOUT OIDS] [ON COMMIT ...] [TABLESPACE name]} after CREATE TABLE's elements. */
    private TableOptions tableOptions(boolean temporary) {
        Token c = cur();
        if (c.is(Keyword.USING)) {
            throw unsupported("table access methods", c);
        }
        List<io.pglitedb.sql.ast.SetRelationOptions.Option> storage = List.of();
        if (at(Keyword.WITH)) {
            advance();
            storage = storageParameters();
        } else if (at(Keyword.WITHOUT)) {
            advance();
            expect(Keyword.OIDS);
        }
        CreateTable.OnCommit onCommit = onCommit(temporary);
        c = cur();
        if (c.is(Keyword.TABLESPACE)) {
            throw unsupported("TABLESPACE", c);
        }
        return new TableOptions(storage, onCommit);
    }

    /**
     * After CREATE TABLE name: {@code PARTITION OF parent [(column options and constraints)]
     * {FOR VALUES ... | DEFAULT} [PARTITION BY ...]}.
     */
    private Statement createPartition(QualifiedName name, boolean ifNotExists, boolean temporary) {
        advance(); // PARTITION
        advance(); // OF
        QualifiedName parent = qualifiedName();
        List<ColumnDef> columns = new ArrayList<>(0);
        List<TableConstraint> constraints = new ArrayList<>(0);
        if (at(TokenKind.LPAREN)) {
            advance();
            do {
                partitionElement(columns, constraints);
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        io.pglitedb.sql.ast.PartitionBoundSpec bound = partitionBoundSpec();
        io.pglitedb.sql.ast.PartitionSpec partitionBy = partitionSpec();
        TableOptions options = tableOptions(temporary);
        return new CreateTable(name, ifNotExists, columns, constraints, temporary, options.onCommit(), List.of(),
                new io.pglitedb.sql.ast.TableInheritance(List.of(), parent, bound, partitionBy), options.storage());
    }

    /** In PARTITION OF's list: a table constraint, or {@code column [WITH OPTIONS] [constraints]} (no type). */
    private void partitionElement(List<ColumnDef> columns, List<TableConstraint> constraints) {
        Token t = cur();
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        if (k == Keyword.CONSTRAINT || k == Keyword.PRIMARY || k == Keyword.UNIQUE || k == Keyword.CHECK
                || k == Keyword.FOREIGN) {
            constraints.add(tableConstraint());
            return;
        }
        if (k == Keyword.EXCLUDE && (la(1).is(Keyword.USING) || la(1).kind() == TokenKind.LPAREN)) {
            throw unsupported("EXCLUDE constraints", t);
        }
        columns.add(columnDef(true));
    }

    /** {@code FOR VALUES IN (...) | FROM (...) TO (...) | WITH (MODULUS m, REMAINDER r)} or {@code DEFAULT}. */
    final io.pglitedb.sql.ast.PartitionBoundSpec partitionBoundSpec() {
        Token start = cur();
        if (accept(Keyword.DEFAULT)) {
            return new io.pglitedb.sql.ast.PartitionBoundSpec(io.pglitedb.sql.ast.PartitionBoundSpec.DEFAULT,
                    List.of(), List.of(), List.of(), 0, 0, start.start());
        }
        expect(Keyword.FOR);
        expect(Keyword.VALUES);
        start = cur(); // PostgreSQL points at IN / FROM / WITH
        if (accept(Keyword.IN)) {
            return new io.pglitedb.sql.ast.PartitionBoundSpec(io.pglitedb.sql.ast.PartitionBoundSpec.LIST,
                    boundValues(), List.of(), List.of(), 0, 0, start.start());
        }
        if (accept(Keyword.FROM)) {
            List<Expr> from = boundValues();
            expect(Keyword.TO);
            List<Expr> to = boundValues();
            return new io.pglitedb.sql.ast.PartitionBoundSpec(io.pglitedb.sql.ast.PartitionBoundSpec.RANGE,
                    List.of(), from, to, 0, 0, start.start());
        }
        expect(Keyword.WITH);
        expect(TokenKind.LPAREN);
        int modulus = -1;
        int remainder = -1;
        do {
            Token option = cur();
            String word = colId();
            Token value = expect(TokenKind.INTEGER);
            if (word.equals("modulus") && modulus < 0) {
                modulus = Integer.parseInt(value.value());
            } else if (word.equals("remainder") && remainder < 0) {
                remainder = Integer.parseInt(value.value());
            } else if (word.equals("modulus") || word.equals("remainder")) {
                throw new PgException(SqlState.SYNTAX_ERROR, "%s for hash partition provided more than once",
                        word.equals("modulus") ? "modulus" : "remainder").withPosition(option.start() + 1);
            } else {
                throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized hash partition bound specification \"%s\"",
                        word).withPosition(option.start() + 1);
            }
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        if (modulus < 0) {
            throw new PgException(SqlState.SYNTAX_ERROR, "modulus for hash partition must be specified");
        }
        if (remainder < 0) {
            throw new PgException(SqlState.SYNTAX_ERROR, "remainder for hash partition must be specified");
        }
        return new io.pglitedb.sql.ast.PartitionBoundSpec(io.pglitedb.sql.ast.PartitionBoundSpec.HASH, List.of(),
                List.of(), List.of(), modulus, remainder, start.start());
    }

    private List<Expr> boundValues() {
        expect(TokenKind.LPAREN);
        List<Expr> values = new ArrayList<>(2);
        do {
            values.add(expr());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return values;
    }

    /** {@code [PARTITION BY strategy (part [COLLATE c] [opclass], ...)]}; null when absent. */
    private io.pglitedb.sql.ast.PartitionSpec partitionSpec() {
        if (!(at(Keyword.PARTITION) && la(1).is(Keyword.BY))) {
            return null;
        }
        Token start = take();
        advance();
        String strategy = colId();
        expect(TokenKind.LPAREN);
        List<io.pglitedb.sql.ast.PartitionSpec.Part> parts = new ArrayList<>(1);
        do {
            Token p = cur();
            if (p.kind() == TokenKind.LPAREN) {
                advance();
                Token exprStart = cur();
                Expr e = expr();
                String text = sql.substring(exprStart.start(), cur().start()).trim();
                expect(TokenKind.RPAREN);
                parts.add(new io.pglitedb.sql.ast.PartitionSpec.Part(null, e, text, p.start()));
            } else if (la(1).kind() == TokenKind.LPAREN) {
                Expr e = expr(); // a function call
                String text = sql.substring(p.start(), cur().start()).trim();
                parts.add(new io.pglitedb.sql.ast.PartitionSpec.Part(null, e, text, p.start()));
            } else {
                parts.add(new io.pglitedb.sql.ast.PartitionSpec.Part(colId(), null, null, p.start()));
            }
            if (accept(Keyword.COLLATE)) {
                qualifiedName();
            }
            if (cur().kind() == TokenKind.IDENT && !at(TokenKind.COMMA)) {
                qualifiedName(); // an operator class
            }
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        if (!strategy.equals("range") && !strategy.equals("list") && !strategy.equals("hash")) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized partitioning strategy \"%s\"",
                    strategy);
        }
        return new io.pglitedb.sql.ast.PartitionSpec(strategy, parts, start.start());
    }

    /** {@code LIKE source [{INCLUDING | EXCLUDING} {COMMENTS | ... | ALL}] ...}. */
    private io.pglitedb.sql.ast.TableLike tableLike(int columnsBefore) {
        expect(Keyword.LIKE);
        QualifiedName source = qualifiedName();
        int options = 0;
        while (at(Keyword.INCLUDING) || at(Keyword.EXCLUDING)) {
            boolean including = take().is(Keyword.INCLUDING);
            Token o = take();
            Keyword k = o.kind() == TokenKind.IDENT ? o.keyword() : null;
            int bit = k == null ? -1 : switch (k) {
                case COMMENTS -> io.pglitedb.sql.ast.TableLike.COMMENTS;
                case COMPRESSION -> io.pglitedb.sql.ast.TableLike.COMPRESSION;
                case CONSTRAINTS -> io.pglitedb.sql.ast.TableLike.CONSTRAINTS;
                case DEFAULTS -> io.pglitedb.sql.ast.TableLike.DEFAULTS;
                case GENERATED -> io.pglitedb.sql.ast.TableLike.GENERATED;
                case IDENTITY -> io.pglitedb.sql.ast.TableLike.IDENTITY;
                case INDEXES -> io.pglitedb.sql.ast.TableLike.INDEXES;
                case STATISTICS -> io.pglitedb.sql.ast.TableLike.STATISTICS;
                case STORAGE -> io.pglitedb.sql.ast.TableLike.STORAGE;
                case ALL -> io.pglitedb.sql.ast.TableLike.ALL;
                default -> -1;
            };
            if (bit < 0) {
                throw syntaxError(o);
            }
            options = including ? options | bit : options & ~bit;
        }
        return new io.pglitedb.sql.ast.TableLike(source, options, columnsBefore, source.position());
    }

    /** After CREATE TABLE name [(columns)]: {@code [WITH (...)] AS query [WITH [NO] DATA]}. */
    private Statement createTableAs(QualifiedName name, boolean ifNotExists, List<String> columns, boolean temporary) {
        List<io.pglitedb.sql.ast.SetRelationOptions.Option> options = List.of();
        if (accept(Keyword.WITH)) {
            options = storageParameters();
        }
        CreateTable.OnCommit onCommit = onCommit(temporary);
        expect(Keyword.AS);
        if (at(Keyword.EXECUTE)) {
            throw unsupported("CREATE TABLE AS EXECUTE", cur());
        }
        Query query = selectStatement();
        boolean withData = true;
        if (accept(Keyword.WITH)) {
            withData = !accept(Keyword.NO);
            expect(Keyword.DATA);
        }
        return new CreateTableAs(name, ifNotExists, columns, query, withData, temporary, onCommit, options);
    }

    /** {@code [ON COMMIT PRESERVE ROWS | DELETE ROWS | DROP]}; 42P16 on a table that is not temporary. */
    private CreateTable.OnCommit onCommit(boolean temporary) {
        if (!(at(Keyword.ON) && la(1).is(Keyword.COMMIT))) {
            return CreateTable.OnCommit.PRESERVE_ROWS;
        }
        advance();
        advance();
        CreateTable.OnCommit action;
        if (accept(Keyword.DROP)) {
            action = CreateTable.OnCommit.DROP;
        } else if (accept(Keyword.DELETE)) {
            expect(Keyword.ROWS);
            action = CreateTable.OnCommit.DELETE_ROWS;
        } else {
            expect(Keyword.PRESERVE);
            expect(Keyword.ROWS);
            action = CreateTable.OnCommit.PRESERVE_ROWS;
        }
        if (!temporary) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "ON COMMIT can only be used on temporary tables");
        }
        return action;
    }

    /** At {@code WITH (} after CREATE TABLE name: true when AS follows the parenthesised options. */
    private boolean isTableAsWith() {
        int depth = 0;
        for (int i = 1; ; i++) {
            Token t = la(i);
            if (t.kind() == TokenKind.EOF) {
                return false;
            }
            if (t.kind() == TokenKind.LPAREN) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN && --depth == 0) {
                return la(i + 1).is(Keyword.AS);
            }
        }
    }

    private void tableElement(List<ColumnDef> columns, List<TableConstraint> constraints) {
        Token t = cur();
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        if (k == Keyword.CONSTRAINT || k == Keyword.PRIMARY || k == Keyword.UNIQUE || k == Keyword.CHECK
                || k == Keyword.FOREIGN) {
            constraints.add(tableConstraint());
            return;
        }
        if (k == Keyword.EXCLUDE && (la(1).is(Keyword.USING) || la(1).kind() == TokenKind.LPAREN)) {
            throw unsupported("EXCLUDE constraints", t);
        }
        columns.add(columnDef(false));
    }

    private TableConstraint tableConstraint() {
        Token first = cur();
        String name = null;
        if (accept(Keyword.CONSTRAINT)) {
            name = colId();
        }
        Token t = cur();
        TableConstraint constraint;
        if (t.is(Keyword.PRIMARY)) {
            advance();
            expect(Keyword.KEY);
            List<String> cols = columnList();
            List<String> include = indexParameters(true);
            constraint = new TableConstraint(TableConstraint.Kind.PRIMARY_KEY, name, cols, first.start())
                    .withInclude(include);
        } else if (t.is(Keyword.UNIQUE)) {
            advance();
            boolean notDistinct = nullsDistinct();
            List<String> cols = columnList();
            List<String> include = indexParameters(true);
            constraint = new TableConstraint(TableConstraint.Kind.UNIQUE, name, cols, first.start(), null, null, null,
                    List.of(), "NO ACTION", "NO ACTION", false, false, notDistinct).withInclude(include);
        } else if (t.is(Keyword.CHECK)) {
            constraint = checkConstraint(name, List.of(), first);
        } else if (t.is(Keyword.FOREIGN)) {
            advance();
            expect(Keyword.KEY);
            List<String> cols = columnList();
            constraint = references(name, cols, first);
        } else if (t.is(Keyword.EXCLUDE)) {
            throw unsupported("EXCLUDE constraints", t);
        } else {
            throw syntaxError(t);
        }
        return constraintAttributes(constraint);
    }

    /** {@code CHECK (expr) [NO INHERIT]}, the CHECK keyword current. */
    private TableConstraint checkConstraint(String name, List<String> columns, Token first) {
        expect(Keyword.CHECK);
        expect(TokenKind.LPAREN);
        Token start = cur();
        Expr check = expr();
        String text = sql.substring(start.start(), cur().start()).trim();
        expect(TokenKind.RPAREN);
        if (at(Keyword.NO) && la(1).is(Keyword.INHERIT)) {
            advance();
            advance();
        }
        return new TableConstraint(TableConstraint.Kind.CHECK, name, columns, first.start(), check, text, null,
                List.of(), "NO ACTION", "NO ACTION", false, false, false);
    }

    /** {@code REFERENCES table [(cols)] [MATCH FULL|PARTIAL|SIMPLE] [ON DELETE action] [ON UPDATE action]}. */
    private TableConstraint references(String name, List<String> columns, Token first) {
        expect(Keyword.REFERENCES);
        QualifiedName table = qualifiedName();
        List<String> refColumns = at(TokenKind.LPAREN) ? columnList() : List.of();
        boolean matchFull = false;
        String onDelete = "NO ACTION";
        String onUpdate = "NO ACTION";
        while (true) {
            if (at(Keyword.MATCH)) {
                advance();
                Token m = cur();
                if (accept(Keyword.FULL)) {
                    matchFull = true;
                } else if (accept(Keyword.PARTIAL)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "MATCH PARTIAL not yet implemented")
                            .withPosition(m.start() + 1);
                } else {
                    expect(Keyword.SIMPLE);
                }
            } else if (at(Keyword.ON) && la(1).is(Keyword.DELETE)) {
                advance();
                advance();
                onDelete = referentialAction();
            } else if (at(Keyword.ON) && la(1).is(Keyword.UPDATE)) {
                advance();
                advance();
                onUpdate = referentialAction();
            } else {
                break;
            }
        }
        return new TableConstraint(TableConstraint.Kind.FOREIGN_KEY, name, columns, first.start(), null, null, table,
                refColumns, onDelete, onUpdate, matchFull, false, false);
    }

    private String referentialAction() {
        Token t = cur();
        if (accept(Keyword.CASCADE)) {
            return "CASCADE";
        }
        if (accept(Keyword.RESTRICT)) {
            return "RESTRICT";
        }
        if (accept(Keyword.NO)) {
            expect(Keyword.ACTION);
            return "NO ACTION";
        }
        if (accept(Keyword.SET)) {
            String action;
            if (accept(Keyword.NULL)) {
                action = "SET NULL";
            } else {
                expect(Keyword.DEFAULT);
                action = "SET DEFAULT";
            }
            if (at(TokenKind.LPAREN)) {
                throw unsupported("column lists in ON DELETE " + action, cur());
            }
            return action;
        }
        throw syntaxError(t);
    }

    /** UNIQUE NULLS [NOT] DISTINCT (PostgreSQL 15); true for NULLS NOT DISTINCT. */
    private boolean nullsDistinct() {
        if (at(Keyword.NULLS)) {
            advance();
            boolean not = accept(Keyword.NOT);
            expect(Keyword.DISTINCT);
            return not;
        }
        return false;
    }

    /**
     * [INCLUDE (...)] (table constraints only), WITH (...), USING INDEX TABLESPACE x after PRIMARY KEY /
     * UNIQUE; @return the INCLUDE columns
     */
    private List<String> indexParameters(boolean includeAllowed) {
        List<String> include = List.of();
        if (includeAllowed && accept(Keyword.INCLUDE)) {
            include = columnList();
        }
        Token t = cur();
        if (t.is(Keyword.WITH)) {
            advance();
            storageParameters();
        }
        if (at(Keyword.USING) && la(1).is(Keyword.INDEX)) {
            if (!la(2).is(Keyword.TABLESPACE)) {
                throw syntaxError(la(2)); // USING INDEX index goes without a column list
            }
            throw unsupported("USING INDEX TABLESPACE", cur());
        }
        return include;
    }

    /**
     * ConstraintAttributeSpec: [NOT] DEFERRABLE, INITIALLY {IMMEDIATE | DEFERRED} (which alone
     * implies DEFERRABLE) and NOT VALID, with PostgreSQL's checks. CHECK constraints cannot be
     * deferred (0A000); a deferrable PRIMARY KEY is not supported here (the primary key is the
     * row's storage key, so it cannot hold duplicates even for a moment).
     */
    private TableConstraint constraintAttributes(TableConstraint c) {
        return constraintAttributes(c, true);
    }

    /** A column constraint's attributes: NOT VALID there is a syntax error, as in PostgreSQL's grammar. */
    private TableConstraint columnConstraintAttributes(TableConstraint c) {
        return constraintAttributes(c, false);
    }

    private TableConstraint constraintAttributes(TableConstraint c, boolean notValidAllowed) {
        boolean notValid = c.notValid();
        Boolean deferrable = null;
        Boolean initiallyDeferred = null;
        Token deferrableTok = null;
        Token initiallyTok = null;
        while (true) {
            Token t = cur();
            if (t.is(Keyword.NOT) && la(1).is(Keyword.VALID)) {
                if (!notValidAllowed) {
                    throw syntaxError(la(1));
                }
                advance();
                advance();
                notValid = true;
            } else if (t.is(Keyword.DEFERRABLE) || (t.is(Keyword.NOT) && la(1).is(Keyword.DEFERRABLE))) {
                if (deferrable != null) {
                    throw new PgException(SqlState.SYNTAX_ERROR,
                            "multiple DEFERRABLE/NOT DEFERRABLE clauses not allowed").withPosition(t.start() + 1);
                }
                deferrable = !t.is(Keyword.NOT);
                deferrableTok = t;
                advance();
                if (!deferrable) {
                    advance();
                }
            } else if (t.is(Keyword.INITIALLY) && (la(1).is(Keyword.DEFERRED) || la(1).is(Keyword.IMMEDIATE))) {
                if (initiallyDeferred != null) {
                    throw new PgException(SqlState.SYNTAX_ERROR,
                            "multiple INITIALLY IMMEDIATE/DEFERRED clauses not allowed").withPosition(t.start() + 1);
                }
                initiallyDeferred = la(1).is(Keyword.DEFERRED);
                initiallyTok = t;
                advance();
                advance();
            } else {
                break;
            }
        }
        boolean deferred = initiallyDeferred != null && initiallyDeferred;
        if (deferred && Boolean.FALSE.equals(deferrable)) {
            // PostgreSQL points at whichever of the two clauses came second
            throw new PgException(SqlState.SYNTAX_ERROR, "constraint declared INITIALLY DEFERRED must be DEFERRABLE")
                    .withPosition(Math.max(deferrableTok.start(), initiallyTok.start()) + 1);
        }
        boolean isDeferrable = deferred || Boolean.TRUE.equals(deferrable);
        if (isDeferrable && c.kind() == TableConstraint.Kind.CHECK) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "CHECK constraints cannot be marked DEFERRABLE");
        }
        if (isDeferrable && c.kind() == TableConstraint.Kind.PRIMARY_KEY) {
            throw unsupported("DEFERRABLE PRIMARY KEY", deferrableTok != null ? deferrableTok : cur());
        }
        return c.withAttributes(notValid, isDeferrable, deferred);
    }

    /** A column definition; {@code typeless} for PARTITION OF's {@code column [WITH OPTIONS] constraints}. */
    private ColumnDef columnDef(boolean typeless) {
        Token nameTok = cur();
        String name = colId();
        TypeName type = null;
        if (typeless) {
            if (at(Keyword.WITH) && la(1).is(Keyword.OPTIONS)) {
                advance();
                advance();
            }
        } else {
            type = typeName();
        }
        boolean notNull = false;
        boolean primaryKey = false;
        boolean unique = false;
        Expr defaultValue = null;
        char identity = '\0';
        Expr generated = null;
        io.pglitedb.sql.ast.CollateClause collate = null;
        List<io.pglitedb.sql.ast.SequenceOption> identityOptions = List.of();
        List<TableConstraint> constraints = new ArrayList<>(1);
        List<String> self = List.of(name);
        while (true) {
            Token t = cur();
            if (t.kind() != TokenKind.IDENT || t.keyword() == null) {
                break;
            }
            Token first = t;
            String constraintName = null;
            if (t.is(Keyword.CONSTRAINT)) {
                advance();
                constraintName = colId();
                t = cur();
            }
            Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
            if (k == null) {
                throw syntaxError(t);
            }
            switch (k) {
                case NOT:
                    if (la(1).is(Keyword.DEFERRABLE)) {
                        advance();
                        advance();
                        break;
                    }
                    advance();
                    expect(Keyword.NULL);
                    notNull = true;
                    break;
                case NULL:
                    advance();
                    break;
                case UNIQUE: {
                    advance();
                    boolean notDistinct = nullsDistinct();
                    indexParameters(false);
                    unique = true;
                    constraints.add(columnConstraintAttributes(new TableConstraint(TableConstraint.Kind.UNIQUE,
                            constraintName, self, first.start(), null, null, null, List.of(), "NO ACTION",
                            "NO ACTION", false, false, notDistinct)));
                    break;
                }
                case PRIMARY:
                    advance();
                    expect(Keyword.KEY);
                    indexParameters(false);
                    primaryKey = true;
                    constraints.add(columnConstraintAttributes(new TableConstraint(TableConstraint.Kind.PRIMARY_KEY,
                            constraintName, self, first.start())));
                    break;
                case DEFAULT:
                    advance();
                    defaultValue = bExpr();
                    break;
                case CHECK:
                    constraints.add(checkConstraint(constraintName, self, first));
                    if (at(Keyword.DEFERRABLE) || (at(Keyword.INITIALLY) && la(1).is(Keyword.DEFERRED))
                            || (at(Keyword.NOT) && la(1).is(Keyword.DEFERRABLE))) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "misplaced %s clause",
                                at(Keyword.DEFERRABLE) ? "DEFERRABLE" : at(Keyword.NOT) ? "NOT DEFERRABLE"
                                        : "INITIALLY DEFERRED")
                                .withPosition(cur().start() + 1);
                    }
                    constraints.set(constraints.size() - 1,
                            columnConstraintAttributes(constraints.get(constraints.size() - 1)));
                    break;
                case REFERENCES:
                    constraints.add(columnConstraintAttributes(references(constraintName, self, first)));
                    break;
                case GENERATED: {
                    advance();
                    char kind;
                    Token kindTok = cur();
                    if (accept(Keyword.ALWAYS)) {
                        kind = 'a';
                    } else {
                        expect(Keyword.BY);
                        expect(Keyword.DEFAULT);
                        kind = 'd';
                    }
                    expect(Keyword.AS);
                    if (at(TokenKind.LPAREN)) {
                        advance();
                        Expr expr = expr();
                        expect(TokenKind.RPAREN);
                        if (!cur().is(Keyword.STORED)) {
                            throw syntaxError(cur());
                        }
                        advance();
                        if (kind != 'a') {
                            throw new PgException(SqlState.SYNTAX_ERROR,
                                    "for a generated column, GENERATED ALWAYS must be specified")
                                    .withPosition(kindTok.start() + 1);
                        }
                        if (defaultValue != null || identity != '\0') {
                            throw new PgException(SqlState.SYNTAX_ERROR,
                                    "both %s and generation expression specified for column \"%s\" of table \"%s\"",
                                    defaultValue != null ? "default" : "identity", name,
                                    currentTableName == null ? "" : currentTableName).withPosition(t.start() + 1);
                        }
                        if (generated != null) {
                            throw new PgException(SqlState.SYNTAX_ERROR,
                                    "multiple generation clauses specified for column \"%s\" of table \"%s\"", name,
                                    currentTableName == null ? "" : currentTableName).withPosition(t.start() + 1);
                        }
                        generated = expr;
                        break;
                    }
                    identity = kind;
                    expect(Keyword.IDENTITY);
                    if (accept(TokenKind.LPAREN)) {
                        identityOptions = sequenceOptions(false, true);
                        expect(TokenKind.RPAREN);
                    }
                    break;
                }
                case COLLATE:
                    advance();
                    collate = new io.pglitedb.sql.ast.CollateClause(collation(t), t.start());
                    break;
                case COMPRESSION:
                    throw unsupported("COMPRESSION", t);
                case DEFERRABLE: case INITIALLY:
                    if (t.is(Keyword.INITIALLY) && la(1).is(Keyword.IMMEDIATE)) {
                        advance();
                        advance();
                        break;
                    }
                    throw new PgException(SqlState.SYNTAX_ERROR, "misplaced %s clause",
                            t.is(Keyword.DEFERRABLE) ? "DEFERRABLE" : "INITIALLY DEFERRED").withPosition(t.start() + 1);
                default:
                    if (constraintName != null) {
                        throw syntaxError(t);
                    }
                    return new ColumnDef(name, type, notNull, primaryKey, unique, defaultValue, nameTok.start(),
                            constraints, identity, identityOptions, generated, collate);
            }
        }
        return new ColumnDef(name, type, notNull, primaryKey, unique, defaultValue, nameTok.start(), constraints,
                identity, identityOptions, generated, collate);
    }

    private Statement drop() {
        Token dropTok = take();
        Token t = cur();
        if (atRoleKeyword()) {
            return dropRole();
        }
        if (t.is(Keyword.DATABASE)) {
            return dropDatabase();
        }
        if (!t.is(Keyword.TABLE)) {
            Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
            if (k == null) {
                throw syntaxError(t);
            }
            switch (k) {
                case SCHEMA:
                    return dropSchema();
                case SEQUENCE:
                    return dropObjects(io.pglitedb.sql.ast.DropObjects.Kind.SEQUENCE);
                case INDEX:
                    return dropObjects(io.pglitedb.sql.ast.DropObjects.Kind.INDEX);
                case VIEW:
                    return dropObjects(io.pglitedb.sql.ast.DropObjects.Kind.VIEW);
                case POLICY:
                    return dropPolicy();
                case MATERIALIZED:
                    if (la(1).is(Keyword.VIEW)) {
                        advance();
                        return dropObjects(io.pglitedb.sql.ast.DropObjects.Kind.MATERIALIZED_VIEW);
                    }
                    return skipUnsupported(dropTok, 3);
                case ACCESS: case EVENT: case FOREIGN: case TEXT: case USER: case OWNED:
                    return skipUnsupported(dropTok, 3);
                case FUNCTION: case PROCEDURE: case ROUTINE:
                    return dropFunction();
                case TYPE:
                    return dropType();
                case DOMAIN:
                    return dropDomain();
                case AGGREGATE:
                    return dropAggregate();
                case CAST: case COLLATION: case CONVERSION:
                case EXTENSION: case GROUP: case LANGUAGE: case OPERATOR:
                case PUBLICATION: case ROLE: case RULE:
                case SERVER: case STATISTICS: case SUBSCRIPTION: case TABLESPACE:
                case TRANSFORM: case PROCEDURAL: case TRUSTED:
                    return skipUnsupported(dropTok, 2);
                case TRIGGER:
                    return dropTrigger();
                default:
                    throw syntaxError(t);
            }
        }
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
        boolean cascade = false;
        if (accept(Keyword.CASCADE)) {
            cascade = true;
        } else {
            accept(Keyword.RESTRICT);
        }
        return new DropTable(names, ifExists, cascade);
    }

    // ---------------------------------------------------------------- ALTER TABLE

    /** The action an unsupported ALTER TABLE command performs ("ADD COLUMN"...), set by alterTableCmd. */
    private String unsupportedAction;

    /**
     * {@code ALTER TABLE [IF EXISTS] [ONLY] name action [, ...]}: ADD [CONSTRAINT name] PRIMARY KEY /
     * UNIQUE becomes {@link AddConstraint}; the other actions are parsed (or, for rare ones, skipped
     * to the next comma) and reported as 0A000 "ALTER TABLE X is not supported yet".
     */
    private Statement alterTable() {
        Token alterTok = take();
        advance(); // TABLE
        boolean ifExists = false;
        if (at(Keyword.IF)) {
            advance();
            expect(Keyword.EXISTS);
            ifExists = true;
        }
        if (at(Keyword.ALL)) {
            deferSemanticError(unsupported("ALTER TABLE ALL IN TABLESPACE", cur()));
            skipToStatementEnd();
            return null;
        }
        boolean only = at(Keyword.ONLY);
        QualifiedName table = relationExpr();
        Token a = cur();
        if (a.is(Keyword.OWNER) && la(1).is(Keyword.TO) && (la(3).kind() == TokenKind.EOF
                || la(3).kind() == TokenKind.SEMICOLON)) {
            advance();
            advance();
            return new io.pglitedb.sql.ast.AlterOwner("table", table, ifExists, roleSpec());
        }
        if (a.is(Keyword.RENAME)) {
            advance();
            AlterTableAction rename;
            if (accept(Keyword.TO)) {
                rename = new io.pglitedb.sql.ast.RenameTable(colId());
            } else if (accept(Keyword.CONSTRAINT)) {
                String from = colId();
                expect(Keyword.TO);
                rename = new io.pglitedb.sql.ast.RenameConstraint(from, colId());
            } else {
                accept(Keyword.COLUMN);
                String from = colId();
                expect(Keyword.TO);
                rename = new io.pglitedb.sql.ast.RenameColumn(from, colId());
            }
            return new AlterTable(table, ifExists, List.of(rename));
        }
        if ((a.is(Keyword.ENABLE) || a.is(Keyword.DISABLE)) && (la(1).is(Keyword.TRIGGER)
                || (la(1).is(Keyword.REPLICA) || la(1).is(Keyword.ALWAYS)) && la(2).is(Keyword.TRIGGER))) {
            advance();
            char state = a.is(Keyword.DISABLE) ? 'D' : accept(Keyword.REPLICA) ? 'R' : accept(Keyword.ALWAYS) ? 'A' : 'O';
            expect(Keyword.TRIGGER);
            String trigger = null;
            if (!accept(Keyword.ALL) && !accept(Keyword.USER)) {
                trigger = colId();
            }
            return new io.pglitedb.sql.ast.AlterTrigger(table, trigger, state, null);
        }
        if (a.is(Keyword.SET) && la(1).is(Keyword.SCHEMA)) {
            advance();
            advance();
            colId();
            deferSemanticError(unsupported("ALTER TABLE SET SCHEMA", a));
            return null;
        }
        if (a.is(Keyword.ATTACH) && la(1).is(Keyword.PARTITION)) {
            advance();
            advance();
            QualifiedName partition = qualifiedName();
            io.pglitedb.sql.ast.PartitionBoundSpec bound = partitionBoundSpec();
            return new AlterTable(table, ifExists, List.of(new io.pglitedb.sql.ast.AttachPartition(partition, bound)));
        }
        if (a.is(Keyword.DETACH) && la(1).is(Keyword.PARTITION)) {
            advance();
            advance();
            QualifiedName partition = qualifiedName();
            if (at(Keyword.CONCURRENTLY) || at(Keyword.FINALIZE)) {
                advance();
            }
            return new AlterTable(table, ifExists, List.of(new io.pglitedb.sql.ast.DetachPartition(partition)));
        }
        List<AlterTableAction> actions = new ArrayList<>(1);
        PgException unsupportedError = null;
        do {
            Token start = cur();
            unsupportedAction = null;
            AlterTableAction action = alterTableCmd();
            if (action != null) {
                actions.add(action);
            } else if (unsupportedError == null) {
                unsupportedError = unsupported("ALTER TABLE " + unsupportedAction, start);
            }
        } while (accept(TokenKind.COMMA));
        if (unsupportedError != null) {
            deferSemanticError(unsupportedError);
            return null;
        }
        return new AlterTable(table, ifExists, actions, only);
    }

    /** alter_table_cmd; null (with {@link #unsupportedAction} set) for an action not supported yet. */
    private AlterTableAction alterTableCmd() {
        Token t = cur();
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        if (k == null) {
            throw syntaxError(t);
        }
        switch (k) {
            case ADD: {
                advance();
                Token c = cur();
                if (c.is(Keyword.CONSTRAINT) || c.is(Keyword.PRIMARY) || c.is(Keyword.UNIQUE) || c.is(Keyword.CHECK)
                        || c.is(Keyword.FOREIGN) || c.is(Keyword.EXCLUDE)) {
                    int i = c.is(Keyword.CONSTRAINT) ? 2 : 0;
                    if ((la(i).is(Keyword.UNIQUE) && la(i + 1).is(Keyword.USING))
                            || (la(i).is(Keyword.PRIMARY) && la(i + 1).is(Keyword.KEY) && la(i + 2).is(Keyword.USING))) {
                        // ExistingIndex: ADD [CONSTRAINT name] UNIQUE | PRIMARY KEY USING INDEX index
                        String name = accept(Keyword.CONSTRAINT) ? colId() : null;
                        boolean primary = accept(Keyword.PRIMARY);
                        if (primary) {
                            expect(Keyword.KEY);
                        } else {
                            expect(Keyword.UNIQUE);
                        }
                        expect(Keyword.USING);
                        expect(Keyword.INDEX);
                        String index = colId();
                        TableConstraint attributes = constraintAttributes(new TableConstraint(primary
                                ? TableConstraint.Kind.PRIMARY_KEY : TableConstraint.Kind.UNIQUE, name, List.of(), c.start()));
                        return new io.pglitedb.sql.ast.AddConstraintUsingIndex(name, primary, index, c.start(),
                                attributes.deferrable(), attributes.initiallyDeferred());
                    }
                    return new AddConstraint(tableConstraint());
                }
                accept(Keyword.COLUMN);
                boolean ifNotExists = ifNotExists();
                return new io.pglitedb.sql.ast.AddColumn(columnDef(false), ifNotExists);
            }
            case DROP: {
                advance();
                boolean constraint = accept(Keyword.CONSTRAINT);
                if (!constraint) {
                    accept(Keyword.COLUMN);
                }
                boolean ifExists = ifExists();
                Token n = cur();
                String name = colId();
                boolean cascade = false;
                if (accept(Keyword.CASCADE)) {
                    cascade = true;
                } else {
                    accept(Keyword.RESTRICT);
                }
                return constraint ? new io.pglitedb.sql.ast.DropConstraint(name, ifExists, cascade)
                        : new io.pglitedb.sql.ast.DropColumn(name, ifExists, cascade, n.start());
            }
            case ALTER: {
                advance();
                if (at(Keyword.CONSTRAINT)) {
                    advance();
                    String constraint = colId();
                    TableConstraint attributes = constraintAttributes(
                            new TableConstraint(TableConstraint.Kind.FOREIGN_KEY, constraint, List.of(), 0));
                    return new io.pglitedb.sql.ast.AlterConstraint(constraint, attributes.deferrable(),
                            attributes.initiallyDeferred());
                }
                accept(Keyword.COLUMN);
                Token c = cur();
                String column = colId();
                Token t2 = cur();
                if (t2.is(Keyword.SET) && la(1).is(Keyword.DEFAULT)) {
                    advance();
                    advance();
                    return new io.pglitedb.sql.ast.AlterColumn(column, io.pglitedb.sql.ast.AlterColumn.Kind.SET_DEFAULT,
                            bExpr(), c.start());
                }
                if (t2.is(Keyword.DROP) && la(1).is(Keyword.DEFAULT)) {
                    advance();
                    advance();
                    return new io.pglitedb.sql.ast.AlterColumn(column,
                            io.pglitedb.sql.ast.AlterColumn.Kind.DROP_DEFAULT, null, c.start());
                }
                if (t2.is(Keyword.SET) && la(1).is(Keyword.STATISTICS)) {
                    advance();
                    advance();
                    boolean negative = false;
                    if (atOperator("-") || atOperator("+")) {
                        negative = take().value().equals("-");
                    }
                    int target = iconst();
                    return new io.pglitedb.sql.ast.SetColumnStatistics(column, negative ? -target : target);
                }
                if (t2.is(Keyword.SET) && la(1).is(Keyword.STORAGE)) {
                    advance();
                    advance();
                    return new io.pglitedb.sql.ast.SetColumnStorage(column, colId());
                }
                if ((t2.is(Keyword.SET) || t2.is(Keyword.DROP)) && la(1).is(Keyword.NOT)) {
                    advance();
                    advance();
                    expect(Keyword.NULL);
                    return new io.pglitedb.sql.ast.AlterColumn(column, t2.is(Keyword.SET)
                            ? io.pglitedb.sql.ast.AlterColumn.Kind.SET_NOT_NULL
                            : io.pglitedb.sql.ast.AlterColumn.Kind.DROP_NOT_NULL, null, c.start());
                }
                if (t2.is(Keyword.TYPE) || (t2.is(Keyword.SET) && la(1).is(Keyword.DATA))) {
                    if (accept(Keyword.SET)) {
                        expect(Keyword.DATA);
                    }
                    expect(Keyword.TYPE);
                    TypeName type = typeName();
                    io.pglitedb.sql.ast.CollateClause collateClause = null;
                    if (at(Keyword.COLLATE)) {
                        Token collate = cur();
                        advance();
                        collateClause = new io.pglitedb.sql.ast.CollateClause(collation(collate), collate.start());
                    }
                    Expr using = accept(Keyword.USING) ? expr() : null;
                    return new io.pglitedb.sql.ast.AlterColumnType(column, type, collateClause, using, c.start());
                }
                unsupportedAction = "ALTER COLUMN";
                alterColumnAction();
                return null;
            }
            case OWNER:
                advance();
                expect(Keyword.TO);
                if (!isColLabel(cur())) {
                    throw syntaxError();
                }
                advance();
                unsupportedAction = "OWNER TO";
                return null;
            case VALIDATE:
                if (la(1).is(Keyword.CONSTRAINT)) {
                    advance();
                    advance();
                    return new io.pglitedb.sql.ast.ValidateConstraint(colId());
                }
                unsupportedAction = "VALIDATE";
                advance();
                skipAlterAction();
                return null;
            case INHERIT:
                advance();
                return new io.pglitedb.sql.ast.ChangeInheritance(qualifiedName(), true);
            case SET: case RESET: case ENABLE: case DISABLE: case NO: case OF: case NOT: case REPLICA:
            case CLUSTER: case FORCE: case OPTIONS:
                if (k == Keyword.NO && la(1).is(Keyword.INHERIT)) {
                    advance();
                    advance();
                    return new io.pglitedb.sql.ast.ChangeInheritance(qualifiedName(), false);
                }
                if (k == Keyword.ENABLE || k == Keyword.DISABLE || k == Keyword.FORCE || k == Keyword.NO) {
                    AlterTableAction rowSecurity = rowSecurityAction();
                    if (rowSecurity != null) {
                        return rowSecurity;
                    }
                }
                if ((k == Keyword.SET || k == Keyword.RESET) && la(1).kind() == TokenKind.LPAREN) {
                    advance();
                    return new io.pglitedb.sql.ast.SetRelationOptions(storageParameters(), k == Keyword.RESET);
                }
                if (k == Keyword.SET && (la(1).is(Keyword.LOGGED) || la(1).is(Keyword.UNLOGGED))) {
                    advance();
                    return new io.pglitedb.sql.ast.SetPersistence(take().is(Keyword.LOGGED));
                }
                if (k == Keyword.REPLICA && la(1).is(Keyword.IDENTITY)) {
                    advance();
                    advance();
                    return replicaIdentity();
                }
                unsupportedAction = text(t).toUpperCase(java.util.Locale.ROOT);
                advance();
                requireMore();
                if (cur().kind() == TokenKind.IDENT && (k == Keyword.SET || k == Keyword.NO || k == Keyword.NOT)) {
                    unsupportedAction += " " + text(cur()).toUpperCase(java.util.Locale.ROOT);
                }
                skipAlterAction();
                return null;
            default:
                throw syntaxError(t);
        }
    }

    /** After REPLICA IDENTITY: {@code DEFAULT | FULL | NOTHING | USING INDEX name}. */
    private AlterTableAction replicaIdentity() {
        Token t = cur();
        if (accept(Keyword.DEFAULT)) {
            return new io.pglitedb.sql.ast.ReplicaIdentity('d', null);
        }
        if (accept(Keyword.FULL)) {
            return new io.pglitedb.sql.ast.ReplicaIdentity('f', null);
        }
        if (accept(Keyword.NOTHING)) {
            return new io.pglitedb.sql.ast.ReplicaIdentity('n', null);
        }
        if (accept(Keyword.USING)) {
            expect(Keyword.INDEX);
            return new io.pglitedb.sql.ast.ReplicaIdentity('i', colId());
        }
        throw syntaxError(t);
    }

    /** After ALTER [COLUMN] name: SET/DROP DEFAULT, SET/DROP NOT NULL, [SET DATA] TYPE ...; rarer forms are skipped. */
    private void alterColumnAction() {
        Token t = cur();
        if (t.is(Keyword.SET) && la(1).is(Keyword.DEFAULT)) {
            advance();
            advance();
            expr();
        } else if ((t.is(Keyword.SET) || t.is(Keyword.DROP)) && la(1).is(Keyword.NOT)) {
            advance();
            advance();
            expect(Keyword.NULL);
        } else if (t.is(Keyword.DROP) && la(1).is(Keyword.DEFAULT)) {
            advance();
            advance();
        } else if (t.is(Keyword.TYPE) || (t.is(Keyword.SET) && la(1).is(Keyword.DATA))) {
            if (accept(Keyword.SET)) {
                expect(Keyword.DATA);
            }
            expect(Keyword.TYPE);
            typeName();
            if (accept(Keyword.COLLATE)) {
                qualifiedName();
            }
            if (accept(Keyword.USING)) {
                expr();
            }
        } else if (t.is(Keyword.SET) || t.is(Keyword.DROP) || t.is(Keyword.RESET) || t.is(Keyword.ADD)
                || t.is(Keyword.OPTIONS) || t.is(Keyword.RESTART)) {
            advance();
            requireMore();
            skipAlterAction();
        } else {
            throw syntaxError(t);
        }
    }

    /** A skipped action's first word needs more after it: a syntax error at ',', ';' or the end. */
    private void requireMore() {
        if (atStatementEnd() || at(TokenKind.COMMA)) {
            throw syntaxError();
        }
    }

    /** Skips the rest of one ALTER TABLE action: up to a ',' outside parentheses or the statement's end. */
    private void skipAlterAction() {
        int depth = 0;
        while (true) {
            Token t = cur();
            switch (t.kind()) {
                case EOF: case SEMICOLON:
                    return;
                case ERROR:
                    throw syntaxError(t);
                case COMMA:
                    if (depth == 0) {
                        return;
                    }
                    break;
                case LPAREN:
                    depth++;
                    break;
                case RPAREN:
                    if (depth == 0) {
                        throw syntaxError(t);
                    }
                    depth--;
                    break;
                default:
                    break;
            }
            advance();
        }
    }

    // ---------------------------------------------------------------- transactions

    /** transaction_mode_list after BEGIN / START TRANSACTION. */
    private Statement transactionModes(TransactionControl.Kind kind) {
        return new TransactionControl(kind, transactionModeList(false), false);
    }

    /**
     * Parses transaction modes, comma-separated or not: ISOLATION LEVEL x, READ ONLY, READ WRITE,
     * [NOT] DEFERRABLE (the last one written wins); required = at least one.
     */
    private TransactionModes transactionModeList(boolean required) {
        String isolation = null;
        Boolean readOnly = null;
        Boolean deferrable = null;
        int count = 0;
        while (true) {
            Token t = cur();
            if (t.is(Keyword.ISOLATION)) {
                advance();
                expect(Keyword.LEVEL);
                isolation = isolationLevel();
            } else if (t.is(Keyword.READ)) {
                advance();
                if (accept(Keyword.ONLY)) {
                    readOnly = Boolean.TRUE;
                } else {
                    expect(Keyword.WRITE);
                    readOnly = Boolean.FALSE;
                }
            } else if (t.is(Keyword.DEFERRABLE)) {
                advance();
                deferrable = Boolean.TRUE;
            } else if (t.is(Keyword.NOT)) {
                advance();
                expect(Keyword.DEFERRABLE);
                deferrable = Boolean.FALSE;
            } else {
                if (count > 0 || required) {
                    throw syntaxError(t);
                }
                return TransactionModes.NONE;
            }
            count++;
            if (!accept(TokenKind.COMMA)) {
                Token n = cur();
                if (!n.is(Keyword.ISOLATION) && !n.is(Keyword.READ) && !n.is(Keyword.DEFERRABLE)
                        && !n.is(Keyword.NOT)) {
                    return new TransactionModes(isolation, readOnly, deferrable);
                }
            }
        }
    }

    private String isolationLevel() {
        Token t = cur();
        if (accept(Keyword.SERIALIZABLE)) {
            return "serializable";
        }
        if (accept(Keyword.REPEATABLE)) {
            expect(Keyword.READ);
            return "repeatable read";
        }
        if (accept(Keyword.READ)) {
            if (accept(Keyword.COMMITTED)) {
                return "read committed";
            }
            expect(Keyword.UNCOMMITTED);
            return "read uncommitted";
        }
        throw syntaxError(t);
    }

    /** COMMIT / END / ROLLBACK / ABORT [WORK | TRANSACTION] [AND [NO] CHAIN]. */
    private Statement endTransaction(TransactionControl.Kind kind) {
        Token first = take();
        if (at(Keyword.PREPARED) && (first.is(Keyword.COMMIT) || first.is(Keyword.ROLLBACK))) {
            return skipUnsupported(first, 2);
        }
        if (!accept(Keyword.WORK)) {
            accept(Keyword.TRANSACTION);
        }
        if (first.is(Keyword.ROLLBACK) && accept(Keyword.TO)) {
            accept(Keyword.SAVEPOINT);
            return new Savepoint(Savepoint.Kind.ROLLBACK_TO, colId());
        }
        boolean chain = false;
        if (accept(Keyword.AND)) {
            chain = !accept(Keyword.NO);
            expect(Keyword.CHAIN);
        }
        return new TransactionControl(kind, TransactionModes.NONE, chain);
    }

    /** LOCK [TABLE] [ONLY] name [*] [, ...] [IN lock_mode MODE] [NOWAIT]. */
    private Statement lockTable() {
        advance();
        accept(Keyword.TABLE);
        List<QualifiedName> tables = new ArrayList<>(1);
        do {
            accept(Keyword.ONLY);
            tables.add(qualifiedName());
            if (at(TokenKind.OPERATOR) && cur().value().equals("*")) {
                advance();
            }
        } while (accept(TokenKind.COMMA));
        String mode = "ACCESS EXCLUSIVE";
        if (accept(Keyword.IN)) {
            mode = lockMode();
            expect(Keyword.MODE);
        }
        boolean nowait = accept(Keyword.NOWAIT);
        return new LockTable(tables, mode, nowait);
    }

    private String lockMode() {
        Token t = cur();
        if (accept(Keyword.ACCESS)) {
            if (accept(Keyword.SHARE)) {
                return "ACCESS SHARE";
            }
            expect(Keyword.EXCLUSIVE);
            return "ACCESS EXCLUSIVE";
        }
        if (accept(Keyword.ROW)) {
            if (accept(Keyword.SHARE)) {
                return "ROW SHARE";
            }
            expect(Keyword.EXCLUSIVE);
            return "ROW EXCLUSIVE";
        }
        if (accept(Keyword.SHARE)) {
            if (accept(Keyword.UPDATE)) {
                expect(Keyword.EXCLUSIVE);
                return "SHARE UPDATE EXCLUSIVE";
            }
            if (accept(Keyword.ROW)) {
                expect(Keyword.EXCLUSIVE);
                return "SHARE ROW EXCLUSIVE";
            }
            return "SHARE";
        }
        if (accept(Keyword.EXCLUSIVE)) {
            return "EXCLUSIVE";
        }
        throw syntaxError(t);
    }

    // ---------------------------------------------------------------- SET / SHOW / RESET

    private Statement set() {
        Token setTok = take();
        boolean local = false;
        Token t = cur();
        if (t.is(Keyword.SESSION)) {
            Token n = la(1);
            if (n.is(Keyword.AUTHORIZATION)) {
                advance();
                advance();
                if (accept(Keyword.DEFAULT)) {
                    return new SetVariable("session_authorization", List.of(), false);
                }
                return new SetVariable("session_authorization", List.of(roleValue()), false);
            }
            if (n.is(Keyword.CHARACTERISTICS)) {
                advance();
                advance();
                expect(Keyword.AS);
                expect(Keyword.TRANSACTION);
                return new SetTransaction(transactionModeList(true), true);
            }
            advance();
        } else if (t.is(Keyword.LOCAL)) {
            advance();
            local = true;
        }
        t = cur();
        if (t.is(Keyword.CONSTRAINTS) && !local) {
            advance();
            List<io.pglitedb.sql.ast.QualifiedName> names = new ArrayList<>();
            if (!accept(Keyword.ALL)) {
                do {
                    names.add(qualifiedName());
                } while (accept(TokenKind.COMMA));
            }
            boolean deferred = accept(Keyword.DEFERRED);
            if (!deferred) {
                expect(Keyword.IMMEDIATE);
            }
            return new io.pglitedb.sql.ast.SetConstraints(names, deferred);
        }
        if (t.is(Keyword.TRANSACTION)) {
            advance();
            if (at(Keyword.SNAPSHOT)) {
                return skipUnsupported(setTok, 3);
            }
            return new SetTransaction(transactionModeList(true), false);
        }
        if (t.is(Keyword.TIME) && la(1).is(Keyword.ZONE)) {
            advance();
            advance();
            return new SetVariable("timezone", zoneValue(), local);
        }
        if (t.is(Keyword.NAMES)) {
            advance();
            List<String> values;
            Token v = cur();
            if (v.kind() == TokenKind.STRING) {
                advance();
                values = List.of(v.value());
            } else if (accept(Keyword.DEFAULT) || atStatementEnd()) {
                values = List.of();
            } else {
                throw syntaxError(v);
            }
            return new SetVariable("client_encoding", values, local);
        }
        if (t.is(Keyword.SCHEMA)) {
            advance();
            Token v = expect(TokenKind.STRING);
            return new SetVariable("search_path", List.of(v.value()), local);
        }
        if (t.is(Keyword.ROLE) && !la(1).is(Keyword.TO) && !la(1).isOperator("=")) {
            advance();
            return new SetVariable("role", List.of(roleValue()), local);
        }
        if (t.is(Keyword.XML) || (t.is(Keyword.CATALOG) && la(1).kind() == TokenKind.STRING)) {
            return skipUnsupported(setTok, 2);
        }
        String name = variableName();
        if (at(Keyword.FROM) && la(1).is(Keyword.CURRENT)) {
            advance();
            advance();
            return new SetVariable(name, List.of(), local, true);
        }
        if (!accept(Keyword.TO)) {
            expectOperator("=");
        }
        if (accept(Keyword.DEFAULT)) {
            return new SetVariable(name, List.of(), local);
        }
        List<String> values = new ArrayList<>(1);
        do {
            values.add(varValue());
        } while (accept(TokenKind.COMMA));
        return new SetVariable(name, values, local);
    }

    @Override
    Statement setResetClause() {
        if (accept(Keyword.RESET)) {
            return new ResetVariable(variableForShowOrReset());
        }
        if (!at(Keyword.SET)) {
            throw syntaxError(cur());
        }
        return set();
    }

    /** var_name: ColId [. ColId ...], lower case, joined by dots. */
    private String variableName() {
        String name = colId();
        if (!at(TokenKind.DOT)) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name);
        while (accept(TokenKind.DOT)) {
            sb.append('.').append(colId());
        }
        return sb.toString();
    }

    /** var_value: TRUE, FALSE, ON, a non-reserved word, a string or a signed number, as text. */
    private String varValue() {
        Token t = cur();
        switch (t.kind()) {
            case STRING:
            case QUOTED_IDENT:
                advance();
                return t.value();
            case INTEGER:
            case DECIMAL:
                advance();
                return t.value();
            case OPERATOR:
                return signedNumber(t);
            case IDENT: {
                Keyword k = t.keyword();
                if (k == null || k.category() != Keyword.Category.RESERVED || k == Keyword.TRUE
                        || k == Keyword.FALSE || k == Keyword.ON) {
                    advance();
                    return t.value();
                }
                throw syntaxError(t);
            }
            default:
                throw syntaxError(t);
        }
    }

    /** zone_value after SET TIME ZONE; empty for DEFAULT and LOCAL. */
    private List<String> zoneValue() {
        Token t = cur();
        if (t.is(Keyword.DEFAULT) || t.is(Keyword.LOCAL)) {
            advance();
            return List.of();
        }
        if (t.is(Keyword.INTERVAL)) {
            throw unsupported("SET TIME ZONE INTERVAL", t);
        }
        if (t.kind() == TokenKind.IDENT && t.keyword() != null) {
            if (t.keyword() == Keyword.TRUE || t.keyword() == Keyword.FALSE || t.keyword() == Keyword.ON) {
                throw syntaxError(t);
            }
        }
        if (t.kind() == TokenKind.IDENT && t.keyword() == null) {
            advance();
            return List.of(t.value());
        }
        if (t.kind() == TokenKind.IDENT) {
            throw syntaxError(t);
        }
        return List.of(varValue());
    }

    /** SET ROLE / SESSION AUTHORIZATION value: NonReservedWord_or_Sconst (NONE for SET ROLE). */
    private String roleValue() {
        Token v = cur();
        if (v.kind() == TokenKind.STRING || v.kind() == TokenKind.QUOTED_IDENT
                || v.kind() == TokenKind.IDENT && (v.keyword() == null || v.keyword().category() != Keyword.Category.RESERVED)) {
            advance();
            return v.value();
        }
        throw syntaxError(v);
    }

    /** SHOW / RESET target: a variable name, TIME ZONE, TRANSACTION ISOLATION LEVEL, SESSION AUTHORIZATION or ALL. */
    private String variableForShowOrReset() {
        Token t = cur();
        if (t.is(Keyword.ALL)) {
            advance();
            return "all";
        }
        if (t.is(Keyword.TIME) && la(1).is(Keyword.ZONE)) {
            advance();
            advance();
            return "timezone";
        }
        if (t.is(Keyword.TRANSACTION) && la(1).is(Keyword.ISOLATION)) {
            advance();
            advance();
            expect(Keyword.LEVEL);
            return "transaction_isolation";
        }
        if (t.is(Keyword.SESSION) && la(1).is(Keyword.AUTHORIZATION)) {
            advance();
            advance();
            return "session_authorization";
        }
        return variableName();
    }
}
