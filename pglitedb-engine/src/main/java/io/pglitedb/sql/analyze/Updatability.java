package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.Star;

/**
 * pg_relation_is_updatable / pg_column_is_updatable, which information_schema's views and columns
 * report: a table takes INSERT, UPDATE and DELETE (8 + 4 + 16 = 28, PostgreSQL's bits of
 * CmdType); an automatically updatable view ({@link UpdatableViews#notUpdatableReason}) takes
 * them too, and its columns that are plain column references are updatable; anything else none.
 */
final class Updatability {
    private Updatability() {
    }

    static final int ALL_EVENTS = 28;

    static int relation(CatalogView catalog, long oid) {
        TableDescriptor t = catalog.tableByOid((int) oid);
        if (t == null || t.isMaterializedView()) {
            return 0;
        }
        if (!t.isView()) {
            return ALL_EVENTS;
        }
        return UpdatableViews.notUpdatableReason(Views.query(t)) == null ? ALL_EVENTS : 0;
    }

    static boolean column(CatalogView catalog, long oid, int attnum) {
        TableDescriptor t = catalog.tableByOid((int) oid);
        if (t == null || t.isMaterializedView() || attnum < 1 || attnum > t.columns().size()) {
            return false;
        }
        if (!t.isView()) {
            return true;
        }
        Query query = Views.query(t);
        if (UpdatableViews.notUpdatableReason(query) != null) {
            return false;
        }
        int position = 0;
        for (SelectItem item : ((Select) query).items()) {
            if (item.expr() instanceof Star) {
                return true; // the table's own columns, from here on
            }
            position++;
            if (position == attnum) {
                return item.expr() instanceof ColumnRef;
            }
        }
        return false;
    }
}
