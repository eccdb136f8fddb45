package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.DomainDefinition;
import io.pglitedb.catalog.ObjectNames;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.TableValidation;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.DomainConstraints;
import io.pglitedb.sql.analyze.ParameterTypes;
import io.pglitedb.sql.analyze.SqlText;
import io.pglitedb.sql.ast.AlterDomain;
import io.pglitedb.sql.ast.CreateDomain;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE DOMAIN and ALTER DOMAIN (DEFAULT, NOT NULL, ADD / DROP / RENAME / VALIDATE CONSTRAINT,
 * and the naming actions shared with ALTER TYPE). A domain is a {@link TypeDescriptor} with a
 * {@link DomainDefinition}; where its constraints apply is {@link DomainConstraints}'. A new
 * constraint (or NOT NULL) is checked against the rows of the columns declared with the domain.
 */
final class DomainCommands {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final TypeCommands types;
    private final ResultSink sink;

    DomainCommands(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView,
            TypeCommands types, ResultSink sink) {
        this.sink = sink;
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.types = types;
    }

    String create(CreateDomain create) {
        String schema = UtilityCommands.creationSchema(catalogView, session.searchPath(), create.name());
        String name = create.name().name();
        types.checkNameFree(schema, name);
        DataType base = Types.resolve(create.type().name(), create.type().modifiers(), create.type().arrayDimensions());
        // over another domain: typbasetype is that domain (whose constraints apply too), values are its base type's
        io.pglitedb.types.DomainType over = Types.domain(create.type().name(), create.type().arrayDimensions());
        DataType declared = over == null ? base : new DataType(over, -1);
        AnalyzerContext context = analyzerContext();
        String defaultSql = null;
        if (create.defaultValue() != null) {
            DomainConstraints.assignDefault(base, create.defaultValue(), context);
            defaultSql = SqlText.of(create.defaultValue());
        } else if (over != null) { // PostgreSQL's DefineDomain copies the base domain's default
            defaultSql = catalogView.type(over.oid()).domain().defaultSql();
        }
        int oid = catalog.allocateOid();
        int arrayOid = catalog.allocateOid();
        DomainDefinition domain = new DomainDefinition(declared.type().oid(), declared.typmod(), create.notNull(), defaultSql,
                List.of());
        for (CreateDomain.Check check : create.checks()) {
            domain = domain.withCheck(check(name, domain, base, check, context));
        }
        types.write(new TypeDescriptor(oid, arrayOid, schema, name, session.currentRoleOid(catalogView), List.of(),
                domain));
        return "CREATE DOMAIN";
    }

    private DomainDefinition.Check check(String domainName, DomainDefinition domain, DataType base,
            CreateDomain.Check check, AnalyzerContext context) {
        DomainConstraints.bindCheck(base, check.condition(), context);
        String constraint = check.name();
        if (constraint == null) {
            constraint = ObjectNames.choose(domainName, null, "check", n -> domain.check(n) != null);
        } else if (domain.check(constraint) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"%s\" for domain \"%s\" already exists",
                    constraint, domainName);
        }
        return new DomainDefinition.Check(catalog.allocateOid(), constraint, SqlText.of(check.condition()),
                !check.notValid());
    }

    String alter(AlterDomain alter) {
        TypeDescriptor type = types.find(alter.name());
        if (!type.isDomain()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "%s is not a domain", type.name());
        }
        if (alter.action() instanceof AlterDomain.Naming naming) {
            types.alter(new io.pglitedb.sql.ast.AlterType(alter.name(), naming.action()));
            return "ALTER DOMAIN";
        }
        DomainDefinition domain = type.domain();
        DataType base = DomainConstraints.baseType(catalogView, type);
        AnalyzerContext context = analyzerContext();
        switch (alter.action()) {
            case AlterDomain.SetDefault set -> {
                if (set.value() != null) {
                    DomainConstraints.assignDefault(base, set.value(), context);
                }
                domain = domain.withDefault(set.value() == null ? null : SqlText.of(set.value()));
            }
            case AlterDomain.SetNotNull set -> {
                if (set.notNull() && !domain.notNull()) {
                    forEachColumn(type, (table, index) -> {
                        if (TableValidation.anyRow(table, row -> row[index] == null, execContext())) {
                            throw new PgException(SqlState.NOT_NULL_VIOLATION,
                                    "column \"%s\" of table \"%s\" contains null values",
                                    table.columns().get(index).name(), table.name());
                        }
                    });
                }
                domain = domain.withNotNull(set.notNull());
            }
            case AlterDomain.AddCheck add -> {
                DomainDefinition.Check check = check(type.name(), domain, base, add.check(), context);
                if (check.validated()) {
                    BoundExpr condition = DomainConstraints.bindCheck(base, add.check().condition(), context);
                    forEachColumn(type, (table, index) -> validate(table, index, condition));
                }
                domain = domain.withCheck(check);
            }
            case AlterDomain.DropConstraint drop -> {
                if (domain.check(drop.constraint()) == null) {
                    if (drop.ifExists()) {
                        sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                                "constraint \"%s\" of domain \"%s\" does not exist, skipping", drop.constraint(),
                                type.name()).withSeverity("NOTICE"));
                        return "ALTER DOMAIN";
                    }
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" of domain \"%s\" does not exist",
                            drop.constraint(), type.name());
                }
                List<DomainDefinition.Check> kept = new ArrayList<>(domain.checks());
                kept.removeIf(c -> c.name().equals(drop.constraint()));
                domain = domain.withChecks(kept);
            }
            case AlterDomain.RenameConstraint rename -> {
                DomainDefinition.Check old = domain.check(rename.from());
                if (old == null) { // RenameConstraintById's wording
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" for domain %s does not exist",
                            rename.from(), type.name());
                }
                if (domain.check(rename.to()) != null) {
                    throw new PgException(SqlState.DUPLICATE_OBJECT,
                            "constraint \"%s\" for domain \"%s\" already exists", rename.to(), type.name());
                }
                List<DomainDefinition.Check> renamed = new ArrayList<>();
                for (DomainDefinition.Check c : domain.checks()) {
                    renamed.add(c == old ? new DomainDefinition.Check(c.oid(), rename.to(), c.conditionSql(),
                            c.validated()) : c);
                }
                domain = domain.withChecks(renamed);
            }
            case AlterDomain.ValidateConstraint validate -> {
                DomainDefinition.Check old = existing(type, validate.constraint());
                BoundExpr condition = DomainConstraints.bindCheck(base,
                        io.pglitedb.sql.analyze.DefaultValues.parseExpression(old.conditionSql()), context);
                forEachColumn(type, (table, index) -> validate(table, index, condition));
                List<DomainDefinition.Check> validated = new ArrayList<>();
                for (DomainDefinition.Check c : domain.checks()) {
                    validated.add(c == old ? new DomainDefinition.Check(c.oid(), c.name(), c.conditionSql(), true) : c);
                }
                domain = domain.withChecks(validated);
            }
            case AlterDomain.Naming naming -> throw new IllegalStateException();
        }
        types.write(type.withDomain(domain));
        return "ALTER DOMAIN";
    }

    private static DomainDefinition.Check existing(TypeDescriptor type, String name) {
        DomainDefinition.Check c = type.domain().check(name);
        if (c == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" of domain \"%s\" does not exist",
                    name, type.name());
        }
        return c;
    }

    /** 23514 when a stored value of the column fails the condition (PostgreSQL's validateDomainConstraint). */
    private void validate(TableDescriptor table, int index, BoundExpr condition) {
        Object[] params = new Object[0];
        if (TableValidation.anyRow(table, row -> Boolean.FALSE.equals(condition.eval(new Object[] {row[index]}, params)),
                execContext())) {
            throw new PgException(SqlState.CHECK_VIOLATION,
                    "column \"%s\" of table \"%s\" contains values that violate the new constraint",
                    table.columns().get(index).name(), table.name());
        }
    }

    private interface ColumnAction {
        void run(TableDescriptor table, int index);
    }

    /**
     * Runs {@code action} for every stored table's column declared with the domain or a domain
     * over it (PostgreSQL's get_rels_with_domain).
     */
    private void forEachColumn(TypeDescriptor type, ColumnAction action) {
        List<TableDescriptor> tables = new ArrayList<>(catalogView.tables());
        tables.removeIf(TableDescriptor::isView);
        tables.sort(java.util.Comparator.comparingInt(TableDescriptor::oid)); // PostgreSQL's dependency order
        java.util.Set<Integer> domains = new java.util.HashSet<>();
        collect(type, tables, domains);
        for (TableDescriptor table : tables) {
            List<ColumnDescriptor> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                if (domains.contains(columns.get(i).domainOid())) {
                    action.run(table, i);
                }
            }
        }
    }

    /**
     * Adds the domain and the domains over it to {@code out}, walking its dependents as PostgreSQL
     * does (by OID, depth first); a composite type with an attribute of one of them that a stored
     * column uses (or an array of it) is 0A000, as stored composite values are not checked.
     */
    private void collect(TypeDescriptor domain, List<TableDescriptor> tables, java.util.Set<Integer> out) {
        out.add(domain.oid());
        for (TypeDescriptor t : catalogView.types()) { // by OID
            if (t.isDomain() && t.domain().baseOid() == domain.oid() && !out.contains(t.oid())) {
                collect(t, tables, out);
            } else if (t.isComposite() && t.composite().attributes().stream().anyMatch(a -> a.typeOid() == domain.oid())) {
                for (TableDescriptor table : tables) {
                    for (ColumnDescriptor column : table.columns()) {
                        io.pglitedb.types.PgType c = column.type().type();
                        if (c instanceof io.pglitedb.types.ArrayType array) {
                            c = array.element();
                        }
                        if (c instanceof io.pglitedb.types.CompositeType && c.oid() == t.oid()) {
                            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                    "cannot alter type \"%s\" because column \"%s.%s\" uses it", domain.name(),
                                    table.name(), column.name());
                        }
                    }
                }
            }
        }
    }

    private AnalyzerContext analyzerContext() {
        return new AnalyzerContext(catalogView, new ParameterTypes(null), session.currentUser(), session.databaseName(),
                session.sequences(), session.searchPath());
    }

    private ExecContext execContext() {
        ExecContext context = new ExecContext(transaction, new Object[0], catalog, catalog.databaseOid());
        context.setSystemContext(session::systemContext);
        return context;
    }

    static String display(QualifiedName name) {
        return name.schema() == null ? name.name() : name.schema() + "." + name.name();
    }
}
