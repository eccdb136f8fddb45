package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.exec.SessionSequences;

/**
 * What analysis needs from the session: the catalog as this transaction sees it, the parameter
 * types being inferred, the session's identity for current_user and friends, the statement's
 * runtime slot numbering, and the session's memory of sequence values (currval, lastval).
 */
public record AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
        SlotAllocator slots, SessionSequences sequences) {
    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database) {
        this(catalog, parameters, user, database, new SlotAllocator(), new SessionSequences());
    }

    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
            SessionSequences sequences) {
        this(catalog, parameters, user, database, new SlotAllocator(), sequences);
    }

    /** The schema unqualified names resolve to (search_path is "$user", public). */
    public String defaultSchema() {
        return "public";
    }
}
