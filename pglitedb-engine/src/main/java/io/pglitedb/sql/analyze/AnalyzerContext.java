package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;

/**
 * What analysis needs from the session: the catalog as this transaction sees it, the parameter
 * types being inferred, the session's identity for current_user and friends, and the statement's
 * runtime slot numbering.
 */
public record AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
        SlotAllocator slots) {
    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database) {
        this(catalog, parameters, user, database, new SlotAllocator());
    }

    /** The schema unqualified names resolve to (search_path is "$user", public). */
    public String defaultSchema() {
        return "public";
    }
}
