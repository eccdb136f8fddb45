package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.CompositeDefinition;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.analyze.UserFunctions;
import io.pglitedb.sql.ast.CreateCompositeType;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PseudoType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code CREATE TYPE name AS (attribute type, ...)}: a composite type (pg_type typtype 'c' with its
 * array type, and a pg_class row of relkind 'c' whose attributes are the fields).
 */
final class CompositeTypeCommands {
    private final TypeCommands types;
    private final Catalog catalog;
    private final Session session;
    private final CatalogView catalogView;

    CompositeTypeCommands(TypeCommands types, Catalog catalog, Session session, CatalogView catalogView) {
        this.types = types;
        this.catalog = catalog;
        this.session = session;
        this.catalogView = catalogView;
    }

    String create(CreateCompositeType create) {
        String schema = UtilityCommands.creationSchema(catalogView, session.searchPath(), create.name());
        String name = create.name().name();
        types.checkNameFree(schema, name);
        List<CompositeDefinition.Attribute> attributes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CreateCompositeType.Attribute a : create.attributes()) {
            if (!seen.add(a.name())) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once", a.name());
            }
            DataType type = UserFunctions.resolveType(a.type());
            if (type.type() instanceof PseudoType p) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "column \"%s\" has pseudo-type %s", a.name(),
                        p.name());
            }
            // an attribute of a domain is stored as the domain (pg_attribute.atttypid); its values are the base type's
            io.pglitedb.types.DomainType domain = io.pglitedb.types.Types.domain(a.type().name(),
                    a.type().arrayDimensions());
            attributes.add(domain != null ? new CompositeDefinition.Attribute(a.name(), domain.oid(), -1)
                    : new CompositeDefinition.Attribute(a.name(), type.oid(), type.typmod()));
        }
        int oid = catalog.allocateOid();
        int arrayOid = catalog.allocateOid();
        int relationOid = catalog.allocateOid();
        types.write(new TypeDescriptor(oid, arrayOid, schema, name, session.currentRoleOid(catalogView), List.of(),
                null, new CompositeDefinition(relationOid, attributes)));
        return "CREATE TYPE";
    }
}
