package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.SearchPath;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.List;

/** Splits a relation name given as text ({@code 'Public."My Seq"'}), as regclass input does. */
final class RelationNames {
    private RelationNames() {
    }

    /** PostgreSQL's stringToQualifiedNameList: 22023 for bad syntax, 42601 beyond three names. */
    static List<String> parse(String text) {
        List<String> parts = SearchPath.splitIdentifiers(text, '.');
        if (parts == null || parts.isEmpty()) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid name syntax");
        }
        if (parts.size() > 3) {
            throw new PgException(SqlState.SYNTAX_ERROR, "improper qualified name (too many dotted names): %s", text);
        }
        return parts;
    }
}
