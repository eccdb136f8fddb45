package io.pglitedb.catalog.system;

import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.types.EnumType;
import java.util.Map;
import java.util.function.BiConsumer;

/** pg_type's rows for the user-defined types (and their array types) and pg_enum's labels. */
final class TypeRows {
    private TypeRows() {
    }

    static void register(Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> m) {
        m.put("pg_enum", TypeRows::labels);
    }

    /** pg_type rows as PostgreSQL 15 makes them for CREATE TYPE ... AS ENUM (enum_in/out/recv/send). */
    static void types(SystemContext c, SystemRelation.Rows rows) {
        for (TypeDescriptor t : c.view().types()) {
            long namespace = CatalogRows.schemaOid(c.view(), t.schema());
            row(rows, t.oid(), t.name(), namespace, t.owner(), 4, true, 'e', 'E', 0, 0, t.arrayOid(), 3504, 3505,
                    3532, 3533, 'p');
            row(rows, t.arrayOid(), "_" + t.name(), namespace, t.owner(), -1, false, 'b', 'A', 6179, t.oid(), 0, 750,
                    751, 2400, 2401, 'x');
        }
    }

    private static void row(SystemRelation.Rows rows, long oid, String name, long namespace, long owner, int length,
            boolean byValue, char kind, char category, long subscript, long element, long array, long input,
            long output, long receive, long send, char storage) {
        rows.add().oid("oid", oid).set("typname", name).oid("typnamespace", namespace).oid("typowner", owner)
                .set("typlen", (short) length).set("typbyval", byValue).chr("typtype", kind).chr("typcategory", category)
                .set("typispreferred", false).set("typisdefined", true).chr("typdelim", ',').oid("typrelid", 0)
                .oid("typsubscript", subscript).oid("typelem", element).oid("typarray", array).oid("typinput", input)
                .oid("typoutput", output).oid("typreceive", receive).oid("typsend", send).oid("typmodin", 0)
                .oid("typmodout", 0).oid("typanalyze", 0).chr("typalign", 'i').chr("typstorage", storage)
                .set("typnotnull", false).oid("typbasetype", 0).set("typtypmod", -1).set("typndims", 0)
                .oid("typcollation", 0);
    }

    private static void labels(SystemContext c, SystemRelation.Rows rows) {
        for (TypeDescriptor t : c.view().types()) {
            for (EnumType.Label l : t.labels()) {
                rows.add().oid("oid", l.oid()).oid("enumtypid", t.oid()).set("enumsortorder", l.sortOrder())
                        .set("enumlabel", l.name());
            }
        }
    }
}
