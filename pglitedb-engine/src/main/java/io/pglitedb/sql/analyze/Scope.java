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
     * PostgreSQL's "Perhaps you meant to reference the column ..." suggestion: the column whose
     * name is within Levenshtein distance 3 of the misspelt one and differs in at most half its
     * characters; null when there is none or two tables offer equally close columns.
     */
    public Column closest(String name) {
        Column best = null;
        int bestDistance = 4;
        boolean tie = false;
        for (Column c : columns) {
            int d = levenshtein(name, c.name());
            if (d > name.length() / 2) {
                continue;
            }
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && best != null && !best.tableAlias().equals(c.tableAlias())) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
