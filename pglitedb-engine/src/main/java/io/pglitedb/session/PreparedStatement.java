package io.pglitedb.session;

import io.pglitedb.sql.parser.Parser.ParsedStatement;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * A parsed and analysed statement (named or unnamed). The plan is tied to the catalog version it
 * was made with; the session analyses again when DDL has happened since.
 *
 * @param parsed null for an empty query string
 * @param columns the result columns, or null when the statement returns no rows
 * @param identity current_user and session_user when it was analysed (its privileges were checked
 *        for them; SET ROLE makes the session analyse it again)
 */
record PreparedStatement(ParsedStatement parsed, int[] declaredTypes, StatementPlan plan,
        List<DataType> parameterTypes, List<ResultColumn> columns, long catalogVersion, String identity) {

    boolean isEmpty() {
        return parsed == null;
    }
}
