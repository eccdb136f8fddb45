package io.pglitedb.session;

import io.pglitedb.types.DataType;
import java.util.List;

/**
 * What Describe reports for a prepared statement: the parameter types (resolved, never unknown
 * after Parse) and the result columns, or null columns when the statement returns no rows (NoData).
 */
public record StatementDescription(List<DataType> parameterTypes, List<ResultColumn> columns) {
}
