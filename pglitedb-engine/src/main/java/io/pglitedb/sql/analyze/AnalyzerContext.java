package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;

/**
 * What analysis needs from the session: the catalog as this transaction sees it, the parameter
 * types being inferred, and the session's identity for current_user and friends.
 */
public record AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database) {
    /** The schema unqualified names resolve to (search_path is "$user", public). */
    public String defaultSchema() {
        return "public";
    }
}
