package io.pglitedb.catalog.system;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.SearchPath;
import java.util.Map;

/**
 * What the system relations are computed from: the catalog as the running statement's
 * transaction sees it, the session's search path (for the _is_visible functions), the database,
 * the current user and the session's settings (pg_settings).
 */
public record SystemContext(CatalogView view, SearchPath searchPath, String database, String user,
        Map<String, String> settings) {
}
