package io.pglitedb.catalog.system;

import io.pglitedb.catalog.TableDescriptor;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * pg_rewrite: the ON SELECT rule "_RETURN" that makes each view and materialized view (PostgreSQL
 * keeps a view's query as that rule), and the pg_depend rows of those rules: 'n' on each relation
 * the query reads and 'i' on the view itself. pg_dump orders a view after its tables by them.
 * ev_action (the rule's node tree) is left NULL: the query is kept as text.
 */
final class RewriteRows {
    private RewriteRows() {
    }

    private static final long PG_CLASS = 1259;
    private static final long PG_REWRITE = 2618;

    static void register(Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> m) {
        m.put("pg_rewrite", RewriteRows::rules);
    }

    /** The OID of a view's _RETURN rule. */
    static long ruleOid(TableDescriptor view) {
        return CatalogRows.derivedOid(view.oid(), "rule", "_RETURN");
    }

    private static void rules(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : CatalogRows.userTables(c.view())) {
            if (t.view() != null) {
                rows.add().oid("oid", ruleOid(t)).set("rulename", "_RETURN").oid("ev_class", t.oid())
                        .chr("ev_type", '1').chr("ev_enabled", 'O').set("is_instead", true).set("ev_qual", "<>");
            }
        }
    }

    static void dependencies(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : CatalogRows.userTables(c.view())) {
            if (t.view() == null) {
                continue;
            }
            rows.add().oid("classid", PG_REWRITE).oid("objid", ruleOid(t)).set("objsubid", 0)
                    .oid("refclassid", PG_CLASS).oid("refobjid", t.oid()).set("refobjsubid", 0).chr("deptype", 'i');
            for (int read : t.view().dependsOn()) {
                if (read != t.oid()) {
                    rows.add().oid("classid", PG_REWRITE).oid("objid", ruleOid(t)).set("objsubid", 0)
                            .oid("refclassid", PG_CLASS).oid("refobjid", read).set("refobjsubid", 0)
                            .chr("deptype", 'n');
                }
            }
        }
    }
}
