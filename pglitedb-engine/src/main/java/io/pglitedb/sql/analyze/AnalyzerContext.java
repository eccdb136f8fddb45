package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.exec.SessionSequences;
import io.pglitedb.sql.ast.QualifiedName;

/**
 * What analysis needs from the session: the catalog as this transaction sees it, the parameter
 * types being inferred, the session's identity for current_user and friends, the statement's
 * runtime slot numbering, the session's memory of sequence values (currval, lastval), and the
 * search path unqualified names resolve through, and the relations the statement names (what a
 * view depends on).
 */
public record AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
        SlotAllocator slots, SessionSequences sequences, SearchPath searchPath, RelationUses uses) {
    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
            SlotAllocator slots, SessionSequences sequences, SearchPath searchPath) {
        this(catalog, parameters, user, database, slots, sequences, searchPath, new RelationUses());
    }

    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database) {
        this(catalog, parameters, user, database, new SlotAllocator(), new SessionSequences(), SearchPath.DEFAULT);
    }

    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
            SessionSequences sequences) {
        this(catalog, parameters, user, database, new SlotAllocator(), sequences, SearchPath.DEFAULT);
    }

    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
            SessionSequences sequences, SearchPath searchPath) {
        this(catalog, parameters, user, database, new SlotAllocator(), sequences, searchPath);
    }

    /** current_schema(): the first schema of the search path that exists, or null. */
    public String currentSchema() {
        return searchPath.creationSchema(catalog);
    }

    /** The schema of the existing relation {@code name} names (see {@link Namespaces#relationSchema}). */
    public String relationSchema(QualifiedName name) {
        return Namespaces.relationSchema(catalog, searchPath, name.schema(), name.name());
    }

    /** The schema a new object {@code name} goes to (see {@link Namespaces#creationSchema}). */
    public String creationSchema(QualifiedName name) {
        return Namespaces.creationSchema(catalog, searchPath, name.schema(), name.position());
    }
}
