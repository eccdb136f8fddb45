package io.pglitedb.catalog.system;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.RowSecurity;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.types.ArrayValue;

/**
 * pg_default_acl (ALTER DEFAULT PRIVILEGES), and pg_policy and pg_policies: the row-level security
 * policies of the tables. Conditions are
 * shown as their stored SQL text (pg_get_expr gives it back as is).
 */
final class PolicyRows {
    private PolicyRows() {
    }

    static void policy(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : CatalogRows.userTables(c.view())) {
            for (RowSecurity.Policy p : rowSecurity(c, t).policies()) {
                Object[] roles = new Object[p.roles().size()];
                for (int i = 0; i < roles.length; i++) {
                    roles[i] = (long) p.roles().get(i);
                }
                rows.add().oid("oid", p.oid()).set("polname", p.name()).oid("polrelid", t.oid())
                        .chr("polcmd", p.command()).set("polpermissive", p.permissive())
                        .set("polroles", ArrayValue.of(roles)).set("polqual", parenthesised(p.using()))
                        .set("polwithcheck", parenthesised(p.withCheck()));
            }
        }
    }

    static void defaultAcls(SystemContext c, SystemRelation.Rows rows) {
        java.util.List<io.pglitedb.catalog.DefaultAcl> all = new java.util.ArrayList<>(c.view().security().defaultAcls());
        all.sort(java.util.Comparator.comparing(io.pglitedb.catalog.DefaultAcl::key));
        for (io.pglitedb.catalog.DefaultAcl d : all) {
            rows.add().oid("oid", CatalogRows.derivedOid(d.role(), "defaultacl", d.schema() + "/" + d.objectType()))
                    .oid("defaclrole", d.role()).oid("defaclnamespace", d.schema()).chr("defaclobjtype", d.objectType())
                    .set("defaclacl", CatalogRows.aclArray(c, d.acl()));
        }
    }

    static void policies(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : CatalogRows.userTables(c.view())) {
            for (RowSecurity.Policy p : rowSecurity(c, t).policies()) {
                Object[] roles = new Object[p.roles().size()];
                for (int i = 0; i < roles.length; i++) {
                    int role = p.roles().get(i);
                    roles[i] = role == AclItem.PUBLIC ? "public" : CatalogFunctions.userName(c, role);
                }
                rows.add().set("schemaname", t.schema()).set("tablename", t.name()).set("policyname", p.name())
                        .set("permissive", p.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
                        .set("roles", ArrayValue.of(roles)).set("cmd", command(p.command()))
                        .set("qual", parenthesised(p.using())).set("with_check", parenthesised(p.withCheck()));
            }
        }
    }

    private static RowSecurity rowSecurity(SystemContext c, TableDescriptor t) {
        return c.view().security().aclOrDefault(t.oid(), ObjectAcl.TABLE).rowSecurity();
    }

    private static String command(char cmd) {
        return switch (cmd) {
            case RowSecurity.SELECT -> "SELECT";
            case RowSecurity.INSERT -> "INSERT";
            case RowSecurity.UPDATE -> "UPDATE";
            case RowSecurity.DELETE -> "DELETE";
            default -> "ALL";
        };
    }

    /**
     * A stored condition as pg_get_expr shows it: deparsed (an operator expression in parentheses,
     * "(a > 0)") when it has no subquery, else as written.
     */
    static String parenthesised(String sql) {
        if (sql == null) {
            return null;
        }
        try {
            io.pglitedb.sql.ast.Expr e = io.pglitedb.sql.analyze.Views.expression(sql);
            String text = io.pglitedb.sql.analyze.SqlText.of(e);
            if (text.contains("subquery at")) {
                return "(" + sql + ")";
            }
            return text;
        } catch (RuntimeException e) {
            return sql;
        }
    }
}
