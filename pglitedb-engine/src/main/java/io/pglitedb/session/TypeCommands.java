package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterType;
import io.pglitedb.sql.ast.CreateEnumType;
import io.pglitedb.sql.ast.DropType;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.EnumType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TYPE ... AS ENUM, ALTER TYPE (ADD VALUE, RENAME VALUE, RENAME TO, SET SCHEMA, OWNER TO)
 * and DROP TYPE. The types are stored in the DDL's transaction ({@link io.pglitedb.catalog.TypeCatalog});
 * a value added by ALTER TYPE ... ADD VALUE cannot be used before its transaction commits (55P04),
 * as in PostgreSQL.
 */
final class TypeCommands {
    /** NAMEDATALEN - 1: the longest label in bytes. */
    private static final int MAX_LABEL_BYTES = 63;

    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final ResultSink sink;

    TypeCommands(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView, ResultSink sink) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.sink = sink;
    }

    String create(CreateEnumType create) {
        String schema = UtilityCommands.creationSchema(catalogView, session.searchPath(), create.name());
        String name = create.name().name();
        checkNameFree(schema, name);
        List<EnumType.Label> labels = new ArrayList<>();
        for (String label : create.labels()) {
            checkLabel(label);
            labels.add(new EnumType.Label(catalog.allocateOid(), labels.size() + 1, label, false));
        }
        int oid = catalog.allocateOid();
        TypeDescriptor type = new TypeDescriptor(oid, catalog.allocateOid(), schema, name,
                session.currentRoleOid(catalogView), labels);
        write(type);
        return "CREATE TYPE";
    }

    void checkNameFree(String schema, String name) {
        if (catalogView.type(schema, name) != null || catalogView.table(schema, name) != null
                || "pg_catalog".equals(schema) && Types.byCatalogName(name) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "type \"%s\" already exists", name);
        }
    }

    private static void checkLabel(String label) {
        if (label.getBytes(StandardCharsets.UTF_8).length > MAX_LABEL_BYTES) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid enum label \"%s\"", label)
                    .withDetail("Labels must be " + MAX_LABEL_BYTES + " bytes or less.");
        }
    }

    void write(TypeDescriptor type) {
        catalog.types().write(transaction, type);
        catalogView.typeChanged(type);
    }

    /** The type a name means (search path when unqualified). @throws PgException 42704 */
    TypeDescriptor find(QualifiedName name) {
        TypeDescriptor type = lookup(name);
        if (type == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", display(name));
        }
        return type;
    }

    private TypeDescriptor lookup(QualifiedName name) {
        if (name.schema() != null) {
            return catalogView.type(name.schema(), name.name());
        }
        for (String schema : session.searchPath().lookupOrder(catalogView)) {
            TypeDescriptor t = catalogView.type(schema, name.name());
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String display(QualifiedName name) {
        return name.schema() == null ? name.name() : name.schema() + "." + name.name();
    }

    String alter(AlterType alter) {
        TypeDescriptor type = find(alter.name());
        switch (alter.action()) {
            case AlterType.AddValue add -> addValue(type, add);
            case AlterType.RenameValue rename -> renameValue(type, rename);
            case AlterType.Rename rename -> {
                checkNameFree(type.schema(), rename.newName());
                write(type.renamed(type.schema(), rename.newName()));
            }
            case AlterType.SetSchema set -> {
                if (catalogView.schema(set.schema()) == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", set.schema());
                }
                checkNameFree(set.schema(), type.name());
                write(type.renamed(set.schema(), type.name()));
            }
            case AlterType.OwnerTo owner -> {
                String roleName = session.roleName(owner.owner());
                RoleDescriptor role = catalogView.role(roleName);
                if (role == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", roleName);
                }
                write(type.withOwner(role.oid()));
            }
        }
        return "ALTER TYPE";
    }

    /** AddEnumLabel: at the end, or between the neighbour and the label next to it. */
    private void addValue(TypeDescriptor type, AlterType.AddValue add) {
        List<EnumType.Label> labels = sorted(type.labels());
        for (EnumType.Label l : labels) {
            if (l.name().equals(add.label())) {
                if (add.ifNotExists()) {
                    sink.notice(new PgException(SqlState.DUPLICATE_OBJECT, "enum label \"%s\" already exists, skipping",
                            add.label()).withSeverity("NOTICE"));
                    return;
                }
                throw new PgException(SqlState.DUPLICATE_OBJECT, "enum label \"%s\" already exists", add.label());
            }
        }
        checkLabel(add.label());
        int at = labels.size(); // insert before this index
        if (add.neighbor() != null) {
            int neighbor = indexOf(labels, add.neighbor());
            if (neighbor < 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "\"%s\" is not an existing enum label",
                        add.neighbor());
            }
            at = add.before() ? neighbor : neighbor + 1;
        }
        float order = sortOrderAt(labels, at);
        if (Float.isNaN(order)) { // no float4 between the neighbours: renumber 1..n (RenumberEnumType)
            List<EnumType.Label> renumbered = new ArrayList<>();
            for (EnumType.Label l : labels) {
                renumbered.add(new EnumType.Label(l.oid(), renumbered.size() + 1, l.name(), l.pending()));
            }
            labels = renumbered;
            order = sortOrderAt(labels, at);
        }
        labels.add(at, new EnumType.Label(catalog.allocateOid(), order, add.label(), true));
        write(type.withLabels(labels));
    }

    /** The sort order for a label inserted before index {@code at}; NaN when none fits between. */
    private static float sortOrderAt(List<EnumType.Label> labels, int at) {
        if (labels.isEmpty()) {
            return 1;
        }
        if (at == labels.size()) {
            return labels.get(at - 1).sortOrder() + 1;
        }
        if (at == 0) {
            return labels.get(0).sortOrder() - 1;
        }
        float below = labels.get(at - 1).sortOrder();
        float above = labels.get(at).sortOrder();
        float mid = (below + above) / 2;
        return mid <= below || mid >= above ? Float.NaN : mid;
    }

    private void renameValue(TypeDescriptor type, AlterType.RenameValue rename) {
        List<EnumType.Label> labels = sorted(type.labels());
        int from = indexOf(labels, rename.from());
        if (indexOf(labels, rename.to()) >= 0 && from >= 0) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "enum label \"%s\" already exists", rename.to());
        }
        if (from < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "\"%s\" is not an existing enum label",
                    rename.from());
        }
        checkLabel(rename.to());
        EnumType.Label old = labels.get(from);
        labels.set(from, new EnumType.Label(old.oid(), old.sortOrder(), rename.to(), old.pending()));
        write(type.withLabels(labels));
    }

    private static List<EnumType.Label> sorted(List<EnumType.Label> labels) {
        List<EnumType.Label> out = new ArrayList<>(labels);
        out.sort((a, b) -> Float.compare(a.sortOrder(), b.sortOrder()));
        return out;
    }

    private static int indexOf(List<EnumType.Label> labels, String name) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String drop(DropType drop) {
        List<TypeDescriptor> types = new ArrayList<>();
        for (QualifiedName name : drop.names()) {
            TypeDescriptor type = lookup(name);
            if (type == null) {
                if (drop.ifExists()) {
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "type \"%s\" does not exist, skipping",
                            display(name)).withSeverity("NOTICE"));
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", display(name));
            }
            if (drop.domain() && !type.isDomain()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a domain", display(name));
            }
            types.add(type);
        }
        for (TypeDescriptor type : types) {
            Dependents dependents = new Dependents();
            List<TableDescriptor> tables = new ArrayList<>(catalogView.tables());
            if (type.isDomain()) {
                tables.sort(java.util.Comparator.comparingInt(TableDescriptor::oid)); // PostgreSQL's dependency order
            }
            List<TypeDescriptor> over = new ArrayList<>();
            if (dependentsOf(type, tables, dependents, over) && drop.cascade()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "DROP TYPE ... CASCADE of a type that columns use is not supported yet");
            }
            dependents.check("type " + type.name(), drop.cascade(), sink);
            for (TypeDescriptor t : over) { // what CASCADE drops with the type
                catalog.types().delete(transaction, t);
                catalogView.typeDropped(t);
            }
            catalog.types().delete(transaction, type);
            catalogView.typeDropped(type);
        }
        return drop.domain() ? "DROP DOMAIN" : "DROP TYPE";
    }

    /** One object depending on a type: a type over it, or a column (by its table's OID) declared with it. */
    private record Dependent(int oid, TypeDescriptor type, String column) {
    }

    /**
     * Adds what depends on {@code type} to {@code dependents} in PostgreSQL's order (by the
     * dependent's OID, each type followed by what depends on it): the range types over it, the
     * domains declared over it, the columns and composite type attributes declared with it (or an
     * array of it).
     * @param over receives the types over it, which a CASCADE drops with it
     * @return whether a column depends on it or on a type over it
     */
    private boolean dependentsOf(TypeDescriptor type, List<TableDescriptor> tables, Dependents dependents,
            List<TypeDescriptor> over) {
        PgType instance = type.isDomain() ? null : catalogView.valueType(type);
        List<Dependent> direct = new ArrayList<>();
        for (TypeDescriptor t : catalogView.types()) {
            if (t.isRange() && t.range().subtypeOid() == type.oid() || t.isDomain() && t.domain().baseOid() == type.oid()) {
                direct.add(new Dependent(t.oid(), t, null));
            }
            if (t.isComposite()) {
                for (io.pglitedb.catalog.CompositeDefinition.Attribute a : t.composite().attributes()) {
                    if (a.typeOid() == type.oid()) {
                        direct.add(new Dependent(type.isDomain() ? t.oid() : 0, null,
                                "column " + a.name() + " of composite type " + t.name()));
                    }
                }
            }
        }
        for (TableDescriptor table : tables) {
            if (type.isDomain() && table.isView()) {
                continue; // a view depends on the columns it reads, not on their domains
            }
            for (ColumnDescriptor column : table.columns()) {
                PgType t = column.type().type();
                if (type.isDomain() ? column.domainOid() == type.oid()
                        : t == instance || t instanceof ArrayType a && a.element() == instance) {
                    direct.add(new Dependent(type.isDomain() ? table.oid() : 0, null, (table.isView()
                            ? "column " + column.name() + " of view " : "column " + column.name() + " of table ")
                            + table.name()));
                }
            }
        }
        direct.sort(java.util.Comparator.comparingInt(Dependent::oid)); // stable: columns in table order
        boolean columns = false;
        for (Dependent d : direct) {
            if (d.type() != null) {
                dependents.add("type " + d.type().name(), "depends on type " + type.name());
                over.add(d.type());
                columns |= dependentsOf(d.type(), tables, dependents, over);
            } else {
                dependents.add(d.column(), "depends on type " + type.name());
                columns = true;
            }
        }
        return columns;
    }
}
