package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns an expression can name: for each, the table alias it is reached by, its name, type,
 * index in the input row, and where it comes from (table OID and attribute number, for
 * RowDescription).
 */
public final class Scope {
    /** A column visible in the scope. */
    public record Column(String tableAlias, String name, DataType type, int index, int tableOid, short attributeNumber) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<String> tableAliases = new ArrayList<>();

    public static Scope empty() {
        return new Scope();
    }

    public void addTable(String alias, int position) {
        if (tableAliases.contains(alias)) {
            throw new PgException(SqlState.DUPLICATE_ALIAS,
                    "table name \"%s\" specified more than once", alias).withPosition(position + 1);
        }
        tableAliases.add(alias);
    }

    public void addColumn(Column column) {
        columns.add(column);
    }

    public List<Column> columns() {
        return columns;
    }

    public int width() {
        return columns.size();
    }

    public boolean hasTable(String alias) {
        return tableAliases.contains(alias);
    }

    /**
     * @return the column named, or null when no column has that name (the caller decides the error)
     * @throws PgException 42702 when the name is ambiguous
     */
    public Column find(String qualifier, String name, int position) {
        Column found = null;
        for (Column c : columns) {
            if (c.name().equals(name) && (qualifier == null || qualifier.equals(c.tableAlias()))) {
                if (found != null) {
                    throw new PgException(SqlState.AMBIGUOUS_COLUMN, "column reference \"%s\" is ambiguous", name)
                            .withPosition(position + 1);
                }
                found = c;
            }
        }
        return found;
    }
}
