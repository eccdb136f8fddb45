package io.pglitedb.catalog.system;

import io.pglitedb.catalog.DerivedOids;
import io.pglitedb.catalog.DomainDefinition;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.types.EnumType;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** pg_type's rows for the user-defined types (and their array types) and pg_enum's labels. */
final class TypeRows {
    private TypeRows() {
    }

    static void register(Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> m) {
        m.put("pg_enum", TypeRows::labels);
        m.put("pg_range", TypeRows::ranges);
    }

    /**
     * pg_range of the built-in range types as PostgreSQL 15 has them: subtype, multirange type,
     * the subtype's default btree operator class, the canonical and subtype_diff functions.
     */
    private static final long[][] BUILTIN_RANGES = {
        // rngtypid, rngsubtype, rngmultitypid, rngsubopc, rngcanonical, rngsubdiff
        {3904, 23, 4451, 1978, 3914, 3922},
        {3906, 1700, 4532, 3125, 0, 3924},
        {3908, 1114, 4533, 3128, 0, 3929},
        {3910, 1184, 4534, 3127, 0, 3930},
        {3912, 1082, 4535, 3122, 3915, 3925},
        {3926, 20, 4536, 3124, 3928, 3923},
    };

    private static void ranges(SystemContext c, SystemRelation.Rows rows) {
        for (long[] r : BUILTIN_RANGES) {
            rangeRow(rows, r[0], r[1], r[2], 0, r[3], r[4], r[5]);
        }
        for (TypeDescriptor t : c.view().types()) {
            if (t.isRange()) {
                io.pglitedb.catalog.RangeDefinition r = t.range();
                rangeRow(rows, t.oid(), r.subtypeOid(), r.multirangeOid(), r.collation(), r.subtypeOpclass(),
                        r.canonical(), r.subtypeDiff());
            }
        }
    }

    private static void rangeRow(SystemRelation.Rows rows, long type, long subtype, long multirange, long collation,
            long opclass, long canonical, long subtypeDiff) {
        rows.add().oid("rngtypid", type).oid("rngsubtype", subtype).oid("rngmultitypid", multirange)
                .oid("rngcollation", collation).oid("rngsubopc", opclass).oid("rngcanonical", canonical)
                .oid("rngsubdiff", subtypeDiff);
    }

    /** pg_type rows of CREATE TYPE ... AS RANGE: the range (range_in/out/recv/send) and its array. */
    private static void rangeRows(SystemRelation.Rows rows, TypeDescriptor t, long namespace) {
        BuiltinTypes.Row subtype = BuiltinTypes.byOid(t.range().subtypeOid());
        char align = subtype != null && subtype.align() == 'd' ? 'd' : 'i';
        row(rows, t.oid(), t.name(), namespace, t.owner(), -1, false, 'r', 'R', 0, 0, t.arrayOid(), 3834, 3835, 3836,
                3837, 'x');
        rows.chr("typalign", align).oid("typanalyze", RANGE_TYPANALYZE);
        row(rows, t.arrayOid(), "_" + t.name(), namespace, t.owner(), -1, false, 'b', 'A', 6179, t.oid(), 0, 750, 751,
                2400, 2401, 'x');
        rows.chr("typalign", align);
        // the multirange type (multirange_in/out/recv/send) and its array
        io.pglitedb.catalog.RangeDefinition r = t.range();
        row(rows, r.multirangeOid(), r.multirangeName(), namespace, t.owner(), -1, false, 'm', 'R', 0, 0,
                r.multirangeArrayOid(), 4231, 4232, 4233, 4234, 'x');
        rows.chr("typalign", align).oid("typanalyze", MULTIRANGE_TYPANALYZE);
        row(rows, r.multirangeArrayOid(), "_" + r.multirangeName(), namespace, t.owner(), -1, false, 'b', 'A', 6179,
                r.multirangeOid(), 0, 750, 751, 2400, 2401, 'x');
        rows.chr("typalign", align);
    }

    /** pg_type rows as PostgreSQL 15 makes them for CREATE TYPE ... AS ENUM (enum_in/out/recv/send). */
    static void types(SystemContext c, SystemRelation.Rows rows) {
        for (TypeDescriptor t : c.view().types()) {
            long namespace = CatalogRows.schemaOid(c.view(), t.schema());
            if (t.isDomain()) {
                domainRows(c, rows, t, namespace);
                continue;
            }
            if (t.isComposite()) {
                // record_in/record_out/record_recv/record_send, typrelid its pg_class row
                row(rows, t.oid(), t.name(), namespace, t.owner(), -1, false, 'c', 'C', 0, 0, t.arrayOid(), 2290, 2291,
                        2402, 2403, 'x');
                rows.oid("typrelid", t.composite().relationOid()).chr("typalign", 'd');
                row(rows, t.arrayOid(), "_" + t.name(), namespace, t.owner(), -1, false, 'b', 'A', 6179, t.oid(), 0,
                        750, 751, 2400, 2401, 'x');
                rows.chr("typalign", 'd');
                continue;
            }
            if (t.isRange()) {
                rangeRows(rows, t, namespace);
                continue;
            }
            row(rows, t.oid(), t.name(), namespace, t.owner(), 4, true, 'e', 'E', 0, 0, t.arrayOid(), 3504, 3505,
                    3532, 3533, 'p');
            row(rows, t.arrayOid(), "_" + t.name(), namespace, t.owner(), -1, false, 'b', 'A', 6179, t.oid(), 0, 750,
                    751, 2400, 2401, 'x');
        }
    }

    /**
     * The row types of the tables, views and materialized views: typtype 'c' with typrelid the
     * relation (named, owned and placed like it), and their array types.
     */
    static void tableRowTypes(SystemContext c, SystemRelation.Rows rows) {
        for (io.pglitedb.catalog.TableDescriptor t : CatalogRows.userTables(c.view())) {
            long namespace = CatalogRows.schemaOid(c.view(), t.schema());
            long owner = c.view().security().aclOrDefault(t.oid(), io.pglitedb.catalog.ObjectAcl.TABLE).owner();
            int oid = DerivedOids.rowType(t.oid());
            int array = DerivedOids.rowTypeArray(t.oid());
            row(rows, oid, t.name(), namespace, owner, -1, false, 'c', 'C', 0, 0, array, 2290, 2291, 2402, 2403, 'x');
            rows.oid("typrelid", t.oid()).chr("typalign", 'd');
            row(rows, array, "_" + t.name(), namespace, owner, -1, false, 'b', 'A', 6179, oid, 0, 750, 751, 2400, 2401,
                    'x');
            rows.chr("typalign", 'd');
        }
    }

    private static final long ARRAY_SUBSCRIPT_HANDLER = 6179;
    private static final long ARRAY_TYPANALYZE = 3816;
    /** range_typanalyze: pg_type.typanalyze of every range type. */
    static final long RANGE_TYPANALYZE = 3916;
    /** multirange_typanalyze: pg_type.typanalyze of every multirange type. */
    static final long MULTIRANGE_TYPANALYZE = 4242;

    /**
     * pg_type.typanalyze: array_typanalyze for the array types (_name with the array subscript
     * handler; not int2vector and oidvector, which subscript like arrays), 0 (the default) otherwise.
     */
    static long analyzeFunction(String name, long subscript) {
        return subscript == ARRAY_SUBSCRIPT_HANDLER && name.startsWith("_") ? ARRAY_TYPANALYZE : 0;
    }

    private static void row(SystemRelation.Rows rows, long oid, String name, long namespace, long owner, int length,
            boolean byValue, char kind, char category, long subscript, long element, long array, long input,
            long output, long receive, long send, char storage) {
        rows.add().oid("oid", oid).set("typname", name).oid("typnamespace", namespace).oid("typowner", owner)
                .set("typlen", (short) length).set("typbyval", byValue).chr("typtype", kind).chr("typcategory", category)
                .set("typispreferred", false).set("typisdefined", true).chr("typdelim", ',').oid("typrelid", 0)
                .oid("typsubscript", subscript).oid("typelem", element).oid("typarray", array).oid("typinput", input)
                .oid("typoutput", output).oid("typreceive", receive).oid("typsend", send).oid("typmodin", 0)
                .oid("typmodout", 0).oid("typanalyze", analyzeFunction(name, subscript)).chr("typalign", 'i').chr("typstorage", storage)
                .set("typnotnull", false).oid("typbasetype", 0).set("typtypmod", -1).set("typndims", 0)
                .oid("typcollation", 0);
    }

    /** The pg_type rows of CREATE DOMAIN: the domain (typtype 'd', domain_in/domain_recv, its base type's layout) and its array. */
    private static void domainRows(SystemContext c, SystemRelation.Rows rows, TypeDescriptor t, long namespace) {
        DomainDefinition d = t.domain();
        List<TypeDescriptor> chain = io.pglitedb.sql.analyze.DomainConstraints.chain(c.view(), t);
        BuiltinTypes.Row base = BuiltinTypes.byOid(chain.get(chain.size() - 1).domain().baseOid()); // its layout
        if (base == null) {
            return;
        }
        row(rows, t.oid(), t.name(), namespace, t.owner(), base.length(), base.byValue(), 'd', base.category(), 0, 0,
                t.arrayOid(), DOMAIN_IN, base.output(), DOMAIN_RECV, base.send(), base.storage());
        rows.chr("typalign", base.align()).oid("typbasetype", d.baseOid()).set("typtypmod", d.baseTypmod())
                .set("typnotnull", d.notNull()).set("typdefault", domainDefault(c, t))
                .oid("typcollation", base.collation());
        row(rows, t.arrayOid(), "_" + t.name(), namespace, t.owner(), -1, false, 'b', 'A', 6179, t.oid(), 0, 750,
                751, 2400, 2401, 'x');
        rows.chr("typalign", base.align() == 'd' ? 'd' : 'i').oid("typcollation", base.collation());
    }

    private static final long DOMAIN_IN = 2597;
    private static final long DOMAIN_RECV = 2598;

    /** pg_type.typdefault: the DEFAULT as pg_get_expr prints it ('abc'::text, 42). */
    private static String domainDefault(SystemContext c, TypeDescriptor t) {
        String sql = t.domain().defaultSql();
        if (sql == null) {
            return null;
        }
        String deparsed = io.pglitedb.sql.deparse.Deparser.expression(CatalogFunctions.analyzerContext(c),
                valueTable(c, t), sql, false);
        return deparsed != null ? deparsed : sql;
    }

    /** A table of one column "value" of the domain's base type: what its CHECK conditions and DEFAULT are read over. */
    static io.pglitedb.catalog.TableDescriptor valueTable(SystemContext c, TypeDescriptor t) {
        io.pglitedb.types.DataType base = io.pglitedb.sql.analyze.DomainConstraints.baseType(c.view(), t);
        int over = c.view().type(t.domain().baseOid()) != null && c.view().type(t.domain().baseOid()).isDomain()
                ? t.domain().baseOid() : 0; // VALUE is of the domain it is declared over
        return new io.pglitedb.catalog.TableDescriptor(0, t.schema(), t.name(), java.util.List.of(
                new io.pglitedb.catalog.ColumnDescriptor("value", 1, base, false, null, null,
                        io.pglitedb.catalog.ColumnDescriptor.NOT_IDENTITY, false, over)), new int[0], null, 1);
    }

    /** pg_get_constraintdef of a domain's CHECK constraint: CHECK (condition) with VALUE, or null when oid is none. */
    static String domainConstraintDef(SystemContext c, long oid, boolean pretty) {
        for (TypeDescriptor t : c.view().types()) {
            if (!t.isDomain()) {
                continue;
            }
            for (DomainDefinition.Check check : t.domain().checks()) {
                if (check.oid() == oid) {
                    String deparsed = io.pglitedb.sql.deparse.Deparser.expression(CatalogFunctions.analyzerContext(c),
                            valueTable(c, t), check.conditionSql(), pretty);
                    String sql = deparsed != null ? deparsed : check.conditionSql();
                    return "CHECK (" + valueKeyword(sql) + ")" + (check.validated() ? "" : " NOT VALID");
                }
            }
        }
        return null;
    }

    /** The column reference {@code value} written as PostgreSQL deparses a domain's CoerceToDomainValue: VALUE. */
    static String valueKeyword(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = sql.indexOf(ch, i + 1);
                while (end > 0 && end + 1 < sql.length() && sql.charAt(end + 1) == ch) {
                    end = sql.indexOf(ch, end + 2);
                }
                end = end < 0 ? sql.length() : end + 1;
                out.append(sql, i, end);
                i = end;
            } else if (Character.isLetter(ch) || ch == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end);
                boolean qualified = i > 0 && sql.charAt(i - 1) == '.';
                out.append(word.equals("value") && !qualified ? "VALUE" : word);
                i = end;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /** pg_constraint rows of the domains' CHECK constraints (contypid = the domain, conrelid 0). */
    static void domainConstraints(SystemContext c, SystemRelation.Rows rows) {
        for (TypeDescriptor t : c.view().types()) {
            if (!t.isDomain()) {
                continue;
            }
            long namespace = CatalogRows.schemaOid(c.view(), t.schema());
            for (DomainDefinition.Check check : t.domain().checks()) {
                rows.add().oid("oid", check.oid()).set("conname", check.name()).oid("connamespace", namespace)
                        .chr("contype", 'c').set("condeferrable", false).set("condeferred", false)
                        .set("convalidated", check.validated()).oid("conrelid", 0).oid("contypid", t.oid())
                        .oid("conindid", 0).oid("conparentid", 0).oid("confrelid", 0).chr("confupdtype", ' ')
                        .chr("confdeltype", ' ').chr("confmatchtype", ' ').set("conislocal", true)
                        .set("coninhcount", 0).set("connoinherit", false).set("conbin", check.conditionSql());
            }
        }
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
