package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.parser.Parser;
import java.util.List;

/**
 * A sequence read as a relation, {@code SELECT last_value, is_called FROM s} (what pg_dump
 * asks): one row of last_value, log_cnt and is_called, read when the statement runs.
 */
final class SequenceRelations {
    private SequenceRelations() {
    }

    /** The query a FROM item naming a sequence stands for, or null when the name is not a sequence's. */
    static Query find(AnalyzerContext context, QualifiedName name) {
        if (Tables.find(context, name) != null) {
            return null;
        }
        SequenceDescriptor s = context.catalog().sequence(context.relationSchema(name), name.name());
        if (s == null) {
            return null;
        }
        context.access().read(s.oid(), s.name());
        String oid = s.oid() + "::pg_catalog.oid";
        String sql = "SELECT pg_catalog.pglitedb_sequence_value(" + oid + ") AS last_value, 0::pg_catalog.int8 AS log_cnt,"
                + " pg_catalog.pg_sequence_last_value(" + oid + ") IS NOT NULL AS is_called";
        List<Parser.ParsedStatement> parsed = Parser.parse(sql);
        if (parsed.size() != 1 || !(parsed.get(0).statement() instanceof Query query)) {
            throw new PgException(SqlState.INTERNAL_ERROR, "could not read sequence \"%s\"", s.name());
        }
        return query;
    }
}
