package io.pglitedb.sql.analyze;

import java.util.Map;

/**
 * information_schema's views of columns and constraints (columns, table_constraints,
 * key_column_usage, referential_constraints, constraint_column_usage, check_constraints, views,
 * element_types): PostgreSQL 15's definitions (information_schema.sql) with its SQL helper
 * functions written out in place ({@link #charMaxLength} ... are _pg_char_max_length ... with
 * their arguments substituted, _pg_truetypid/_pg_truetypmod take the column and its type), a
 * row comparison written as AND/OR, and the domains as {@link InformationSchema} maps them.
 * Where PostgreSQL finds a constraint's columns or index through pg_depend, these read
 * pg_constraint's conkey and conindid (which PostgreSQL fills the same way).
 */
final class InformationSchemaKeys {
    private InformationSchemaKeys() {
    }

    private static final String TRUE_TYPID = "(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END)";
    private static final String TRUE_TYPMOD = "(CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END)";

    static String charMaxLength(String id, String mod) {
        return "(CASE WHEN " + mod + " = -1 THEN null WHEN " + id + " IN (1042, 1043) THEN " + mod + " - 4 WHEN "
                + id + " IN (1560, 1562) THEN " + mod + " ELSE null END)";
    }

    static String charOctetLength(String id, String mod) {
        return "(CASE WHEN " + id + " IN (25, 1042, 1043) THEN CASE WHEN " + mod + " = -1 THEN 1073741824 ELSE "
                + charMaxLength(id, mod) + " * pg_catalog.pg_encoding_max_length((SELECT encoding FROM"
                + " pg_catalog.pg_database WHERE datname = pg_catalog.current_database())) END ELSE null END)";
    }

    static String numericPrecision(String id, String mod) {
        return "(CASE " + id + " WHEN 21 THEN 16 WHEN 23 THEN 32 WHEN 20 THEN 64 WHEN 1700 THEN CASE WHEN " + mod
                + " = -1 THEN null ELSE ((" + mod + " - 4) >> 16) & 65535 END WHEN 700 THEN 24 WHEN 701 THEN 53"
                + " ELSE null END)";
    }

    static String numericPrecisionRadix(String id) {
        return "(CASE WHEN " + id + " IN (21, 23, 20, 700, 701) THEN 2 WHEN " + id + " IN (1700) THEN 10 ELSE null END)";
    }

    static String numericScale(String id, String mod) {
        return "(CASE WHEN " + id + " IN (21, 23, 20) THEN 0 WHEN " + id + " IN (1700) THEN CASE WHEN " + mod
                + " = -1 THEN null ELSE (" + mod + " - 4) & 65535 END ELSE null END)";
    }

    static String datetimePrecision(String id, String mod) {
        return "(CASE WHEN " + id + " IN (1082) THEN 0 WHEN " + id + " IN (1083, 1114, 1184, 1266) THEN CASE WHEN "
                + mod + " < 0 THEN 6 ELSE " + mod + " END WHEN " + id + " IN (1186) THEN CASE WHEN " + mod
                + " < 0 OR " + mod + " & 65535 = 65535 THEN 6 ELSE " + mod + " & 65535 END ELSE null END)";
    }

    static String intervalType(String id, String mod) {
        return "(CASE WHEN " + id + " IN (1186) THEN pg_catalog.upper(substring(pg_catalog.format_type(" + id + ", "
                + mod + ") similar 'interval[()0-9]* #\"%#\"' escape '#')) ELSE null END)";
    }

    /** _pg_index_position(index, column): the column's 1-based position in the index's key. */
    private static String indexPosition(String index, String column) {
        return "(SELECT (ip.a).n FROM (SELECT information_schema._pg_expandarray(indkey) AS a"
                + " FROM pg_catalog.pg_index WHERE indexrelid = " + index + ") ip WHERE (ip.a).x = " + column + ")";
    }

    private static final String COLUMNS = """
            SELECT CAST(current_database() AS name) AS table_catalog,
                   CAST(nc.nspname AS name) AS table_schema,
                   CAST(c.relname AS name) AS table_name,
                   CAST(a.attname AS name) AS column_name,
                   CAST(a.attnum AS integer) AS ordinal_position,
                   CAST(CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS varchar) AS column_default,
                   CAST(CASE WHEN a.attnotnull OR (t.typtype = 'd' AND t.typnotnull) THEN 'NO' ELSE 'YES' END
                     AS varchar(3)) AS is_nullable,
                   CAST(
                     CASE WHEN t.typtype = 'd' THEN
                       CASE WHEN bt.typelem <> 0 AND bt.typlen = -1 THEN 'ARRAY'
                            WHEN nbt.nspname = 'pg_catalog' THEN format_type(t.typbasetype, null)
                            ELSE 'USER-DEFINED' END
                     ELSE
                       CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY'
                            WHEN nt.nspname = 'pg_catalog' THEN format_type(a.atttypid, null)
                            ELSE 'USER-DEFINED' END
                     END
                     AS varchar) AS data_type,
                   CAST(%s AS integer) AS character_maximum_length,
                   CAST(%s AS integer) AS character_octet_length,
                   CAST(%s AS integer) AS numeric_precision,
                   CAST(%s AS integer) AS numeric_precision_radix,
                   CAST(%s AS integer) AS numeric_scale,
                   CAST(%s AS integer) AS datetime_precision,
                   CAST(%s AS varchar) AS interval_type,
                   CAST(null AS integer) AS interval_precision,
                   CAST(null AS name) AS character_set_catalog,
                   CAST(null AS name) AS character_set_schema,
                   CAST(null AS name) AS character_set_name,
                   CAST(CASE WHEN nco.nspname IS NOT NULL THEN current_database() END AS name) AS collation_catalog,
                   CAST(nco.nspname AS name) AS collation_schema,
                   CAST(co.collname AS name) AS collation_name,
                   CAST(CASE WHEN t.typtype = 'd' THEN current_database() ELSE null END AS name) AS domain_catalog,
                   CAST(CASE WHEN t.typtype = 'd' THEN nt.nspname ELSE null END AS name) AS domain_schema,
                   CAST(CASE WHEN t.typtype = 'd' THEN t.typname ELSE null END AS name) AS domain_name,
                   CAST(current_database() AS name) AS udt_catalog,
                   CAST(coalesce(nbt.nspname, nt.nspname) AS name) AS udt_schema,
                   CAST(coalesce(bt.typname, t.typname) AS name) AS udt_name,
                   CAST(null AS name) AS scope_catalog,
                   CAST(null AS name) AS scope_schema,
                   CAST(null AS name) AS scope_name,
                   CAST(null AS integer) AS maximum_cardinality,
                   CAST(a.attnum AS name) AS dtd_identifier,
                   CAST('NO' AS varchar(3)) AS is_self_referencing,
                   CAST(CASE WHEN a.attidentity IN ('a', 'd') THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_identity,
                   CAST(CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END AS varchar) AS identity_generation,
                   CAST(seq.seqstart AS varchar) AS identity_start,
                   CAST(seq.seqincrement AS varchar) AS identity_increment,
                   CAST(seq.seqmax AS varchar) AS identity_maximum,
                   CAST(seq.seqmin AS varchar) AS identity_minimum,
                   CAST(CASE WHEN seq.seqcycle THEN 'YES' ELSE 'NO' END AS varchar(3)) AS identity_cycle,
                   CAST(CASE WHEN a.attgenerated <> '' THEN 'ALWAYS' ELSE 'NEVER' END AS varchar) AS is_generated,
                   CAST(CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS varchar) AS generation_expression,
                   CAST(CASE WHEN c.relkind IN ('r', 'p') OR
                                  (c.relkind IN ('v', 'f') AND pg_column_is_updatable(c.oid, a.attnum, false))
                        THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_updatable
            FROM (pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef ad ON attrelid = adrelid AND attnum = adnum)
                 JOIN (pg_catalog.pg_class c JOIN pg_catalog.pg_namespace nc ON (c.relnamespace = nc.oid)) ON a.attrelid = c.oid
                 JOIN (pg_catalog.pg_type t JOIN pg_catalog.pg_namespace nt ON (t.typnamespace = nt.oid)) ON a.atttypid = t.oid
                 LEFT JOIN (pg_catalog.pg_type bt JOIN pg_catalog.pg_namespace nbt ON (bt.typnamespace = nbt.oid))
                   ON (t.typtype = 'd' AND t.typbasetype = bt.oid)
                 LEFT JOIN (pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace nco ON (co.collnamespace = nco.oid))
                   ON a.attcollation = co.oid AND (nco.nspname <> 'pg_catalog' OR co.collname <> 'default')
                 LEFT JOIN (pg_catalog.pg_depend dep JOIN pg_catalog.pg_sequence seq
                            ON (dep.classid = 'pg_class'::regclass AND dep.objid = seq.seqrelid AND dep.deptype = 'i'))
                   ON (dep.refclassid = 'pg_class'::regclass AND dep.refobjid = c.oid AND dep.refobjsubid = a.attnum)
            WHERE (NOT pg_is_other_temp_schema(nc.oid))
                  AND a.attnum > 0 AND NOT a.attisdropped
                  AND c.relkind IN ('r', 'v', 'f', 'p')
                  AND (pg_has_role(c.relowner, 'USAGE')
                       OR has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
            """.formatted(charMaxLength(TRUE_TYPID, TRUE_TYPMOD), charOctetLength(TRUE_TYPID, TRUE_TYPMOD),
            numericPrecision(TRUE_TYPID, TRUE_TYPMOD), numericPrecisionRadix(TRUE_TYPID),
            numericScale(TRUE_TYPID, TRUE_TYPMOD), datetimePrecision(TRUE_TYPID, TRUE_TYPMOD),
            intervalType(TRUE_TYPID, TRUE_TYPMOD));

    private static final String TABLE_CONSTRAINTS = """
            SELECT CAST(current_database() AS name) AS constraint_catalog,
                   CAST(nc.nspname AS name) AS constraint_schema,
                   CAST(c.conname AS name) AS constraint_name,
                   CAST(current_database() AS name) AS table_catalog,
                   CAST(nr.nspname AS name) AS table_schema,
                   CAST(r.relname AS name) AS table_name,
                   CAST(CASE c.contype WHEN 'c' THEN 'CHECK' WHEN 'f' THEN 'FOREIGN KEY'
                                       WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' END AS varchar) AS constraint_type,
                   CAST(CASE WHEN c.condeferrable THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_deferrable,
                   CAST(CASE WHEN c.condeferred THEN 'YES' ELSE 'NO' END AS varchar(3)) AS initially_deferred,
                   CAST('YES' AS varchar(3)) AS enforced,
                   CAST(CASE WHEN c.contype = 'u'
                             THEN CASE WHEN (SELECT NOT indnullsnotdistinct FROM pg_catalog.pg_index WHERE indexrelid = conindid)
                                       THEN 'YES' ELSE 'NO' END
                             END AS varchar(3)) AS nulls_distinct
            FROM pg_catalog.pg_namespace nc, pg_catalog.pg_namespace nr, pg_catalog.pg_constraint c, pg_catalog.pg_class r
            WHERE nc.oid = c.connamespace AND nr.oid = r.relnamespace
                  AND c.conrelid = r.oid
                  AND c.contype NOT IN ('t', 'x')
                  AND r.relkind IN ('r', 'p')
                  AND (NOT pg_is_other_temp_schema(nr.oid))
                  AND (pg_has_role(r.relowner, 'USAGE')
                       OR has_table_privilege(r.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                       OR has_any_column_privilege(r.oid, 'INSERT, UPDATE, REFERENCES'))
            UNION ALL
            SELECT CAST(current_database() AS name) AS constraint_catalog,
                   CAST(nr.nspname AS name) AS constraint_schema,
                   CAST(CAST(nr.oid AS text) || '_' || CAST(r.oid AS text) || '_' || CAST(a.attnum AS text) || '_not_null' AS name) AS constraint_name,
                   CAST(current_database() AS name) AS table_catalog,
                   CAST(nr.nspname AS name) AS table_schema,
                   CAST(r.relname AS name) AS table_name,
                   CAST('CHECK' AS varchar) AS constraint_type,
                   CAST('NO' AS varchar(3)) AS is_deferrable,
                   CAST('NO' AS varchar(3)) AS initially_deferred,
                   CAST('YES' AS varchar(3)) AS enforced,
                   CAST(NULL AS varchar(3)) AS nulls_distinct
            FROM pg_catalog.pg_namespace nr, pg_catalog.pg_class r, pg_catalog.pg_attribute a
            WHERE nr.oid = r.relnamespace
                  AND r.oid = a.attrelid
                  AND a.attnotnull
                  AND a.attnum > 0
                  AND NOT a.attisdropped
                  AND r.relkind IN ('r', 'p')
                  AND (NOT pg_is_other_temp_schema(nr.oid))
                  AND (pg_has_role(r.relowner, 'USAGE')
                       OR has_table_privilege(r.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                       OR has_any_column_privilege(r.oid, 'INSERT, UPDATE, REFERENCES'))
            """;

    private static final String KEY_COLUMN_USAGE = """
            SELECT CAST(current_database() AS name) AS constraint_catalog,
                   CAST(nc_nspname AS name) AS constraint_schema,
                   CAST(conname AS name) AS constraint_name,
                   CAST(current_database() AS name) AS table_catalog,
                   CAST(nr_nspname AS name) AS table_schema,
                   CAST(relname AS name) AS table_name,
                   CAST(a.attname AS name) AS column_name,
                   CAST((ss.x).n AS integer) AS ordinal_position,
                   CAST(CASE WHEN contype = 'f' THEN %s ELSE NULL END AS integer) AS position_in_unique_constraint
            FROM pg_catalog.pg_attribute a,
                 (SELECT r.oid AS roid, r.relname, r.relowner,
                         nc.nspname AS nc_nspname, nr.nspname AS nr_nspname,
                         c.oid AS coid, c.conname, c.contype, c.conindid,
                         c.confkey, c.confrelid,
                         information_schema._pg_expandarray(c.conkey) AS x
                  FROM pg_catalog.pg_namespace nr, pg_catalog.pg_class r, pg_catalog.pg_namespace nc,
                       pg_catalog.pg_constraint c
                  WHERE nr.oid = r.relnamespace
                        AND r.oid = c.conrelid
                        AND nc.oid = c.connamespace
                        AND c.contype IN ('p', 'u', 'f')
                        AND r.relkind IN ('r', 'p')
                        AND (NOT pg_is_other_temp_schema(nr.oid))) AS ss
            WHERE ss.roid = a.attrelid
                  AND a.attnum = (ss.x).x
                  AND NOT a.attisdropped
                  AND (pg_has_role(relowner, 'USAGE')
                       OR has_column_privilege(roid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
            """.formatted(indexPosition("ss.conindid", "ss.confkey[(ss.x).n]"));

    private static final String RULE = "CASE %s WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL'"
            + " WHEN 'd' THEN 'SET DEFAULT' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' END";

    private static final String REFERENTIAL_CONSTRAINTS = """
            SELECT CAST(current_database() AS name) AS constraint_catalog,
                   CAST(ncon.nspname AS name) AS constraint_schema,
                   CAST(con.conname AS name) AS constraint_name,
                   CAST(CASE WHEN npkc.nspname IS NULL THEN NULL ELSE current_database() END AS name) AS unique_constraint_catalog,
                   CAST(npkc.nspname AS name) AS unique_constraint_schema,
                   CAST(pkc.conname AS name) AS unique_constraint_name,
                   CAST(CASE con.confmatchtype WHEN 'f' THEN 'FULL' WHEN 'p' THEN 'PARTIAL' WHEN 's' THEN 'NONE' END
                     AS varchar) AS match_option,
                   CAST(%s AS varchar) AS update_rule,
                   CAST(%s AS varchar) AS delete_rule
            FROM (pg_catalog.pg_namespace ncon
                  INNER JOIN pg_catalog.pg_constraint con ON ncon.oid = con.connamespace
                  INNER JOIN pg_catalog.pg_class c ON con.conrelid = c.oid AND con.contype = 'f')
                 LEFT JOIN pg_catalog.pg_constraint pkc ON pkc.conindid = con.conindid
                    AND pkc.contype IN ('p', 'u')
                    AND pkc.conrelid = con.confrelid
                 LEFT JOIN pg_catalog.pg_namespace npkc ON pkc.connamespace = npkc.oid
            WHERE pg_has_role(c.relowner, 'USAGE')
                  OR has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                  OR has_any_column_privilege(c.oid, 'INSERT, UPDATE, REFERENCES')
            """.formatted(RULE.formatted("con.confupdtype"), RULE.formatted("con.confdeltype"));

    private static final String CONSTRAINT_COLUMN_USAGE = """
            SELECT CAST(current_database() AS name) AS table_catalog,
                   CAST(tblschema AS name) AS table_schema,
                   CAST(tblname AS name) AS table_name,
                   CAST(colname AS name) AS column_name,
                   CAST(current_database() AS name) AS constraint_catalog,
                   CAST(cstrschema AS name) AS constraint_schema,
                   CAST(cstrname AS name) AS constraint_name
            FROM (
                SELECT DISTINCT nr.nspname, r.relname, r.relowner, a.attname, nc.nspname, c.conname
                  FROM pg_catalog.pg_namespace nr, pg_catalog.pg_class r, pg_catalog.pg_attribute a,
                       pg_catalog.pg_namespace nc, pg_catalog.pg_constraint c
                  WHERE nr.oid = r.relnamespace
                    AND r.oid = a.attrelid
                    AND r.oid = c.conrelid
                    AND a.attnum = ANY (c.conkey)
                    AND c.connamespace = nc.oid
                    AND c.contype = 'c'
                    AND r.relkind IN ('r', 'p')
                    AND NOT a.attisdropped
                UNION ALL
                SELECT nr.nspname, r.relname, r.relowner, a.attname, nc.nspname, c.conname
                  FROM pg_catalog.pg_namespace nr, pg_catalog.pg_class r, pg_catalog.pg_attribute a,
                       pg_catalog.pg_namespace nc, pg_catalog.pg_constraint c
                  WHERE nr.oid = r.relnamespace
                    AND r.oid = a.attrelid
                    AND nc.oid = c.connamespace
                    AND r.oid = CASE c.contype WHEN 'f' THEN c.confrelid ELSE c.conrelid END
                    AND a.attnum = ANY (CASE c.contype WHEN 'f' THEN c.confkey ELSE c.conkey END)
                    AND NOT a.attisdropped
                    AND c.contype IN ('p', 'u', 'f')
                    AND r.relkind IN ('r', 'p')
              ) AS x (tblschema, tblname, tblowner, colname, cstrschema, cstrname)
            WHERE pg_has_role(x.tblowner, 'USAGE')
            """;

    private static final String CHECK_CONSTRAINTS = """
            SELECT CAST(current_database() AS name) AS constraint_catalog,
                   CAST(rs.nspname AS name) AS constraint_schema,
                   CAST(con.conname AS name) AS constraint_name,
                   CAST(substring(pg_get_constraintdef(con.oid) from 7) AS varchar) AS check_clause
            FROM pg_catalog.pg_constraint con
                   LEFT OUTER JOIN pg_catalog.pg_namespace rs ON (rs.oid = con.connamespace)
                   LEFT OUTER JOIN pg_catalog.pg_class c ON (c.oid = con.conrelid)
                   LEFT OUTER JOIN pg_catalog.pg_type t ON (t.oid = con.contypid)
            WHERE pg_has_role(coalesce(c.relowner, t.typowner), 'USAGE')
              AND con.contype = 'c'
            UNION
            SELECT CAST(current_database() AS name) AS constraint_catalog,
                   CAST(n.nspname AS name) AS constraint_schema,
                   CAST(CAST(n.oid AS text) || '_' || CAST(r.oid AS text) || '_' || CAST(a.attnum AS text) || '_not_null' AS name) AS constraint_name,
                   CAST(a.attname || ' IS NOT NULL' AS varchar) AS check_clause
            FROM pg_catalog.pg_namespace n, pg_catalog.pg_class r, pg_catalog.pg_attribute a
            WHERE n.oid = r.relnamespace
              AND r.oid = a.attrelid
              AND a.attnum > 0
              AND NOT a.attisdropped
              AND a.attnotnull
              AND r.relkind IN ('r', 'p')
              AND pg_has_role(r.relowner, 'USAGE')
            """;

    private static final String VIEWS = """
            SELECT CAST(current_database() AS name) AS table_catalog,
                   CAST(nc.nspname AS name) AS table_schema,
                   CAST(c.relname AS name) AS table_name,
                   CAST(CASE WHEN pg_has_role(c.relowner, 'USAGE') THEN pg_get_viewdef(c.oid) ELSE null END
                     AS varchar) AS view_definition,
                   CAST(CASE WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'
                             WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL'
                             ELSE 'NONE' END AS varchar) AS check_option,
                   CAST(CASE WHEN pg_relation_is_updatable(c.oid, false) & 20 = 20 THEN 'YES' ELSE 'NO' END
                     AS varchar(3)) AS is_updatable,
                   CAST(CASE WHEN pg_relation_is_updatable(c.oid, false) & 8 = 8 THEN 'YES' ELSE 'NO' END
                     AS varchar(3)) AS is_insertable_into,
                   CAST(CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = c.oid AND tgtype & 81 = 81)
                             THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_trigger_updatable,
                   CAST(CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = c.oid AND tgtype & 73 = 73)
                             THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_trigger_deletable,
                   CAST(CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = c.oid AND tgtype & 69 = 69)
                             THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_trigger_insertable_into
            FROM pg_catalog.pg_namespace nc, pg_catalog.pg_class c
            WHERE c.relnamespace = nc.oid
                  AND c.relkind = 'v'
                  AND (NOT pg_is_other_temp_schema(nc.oid))
                  AND (pg_has_role(c.relowner, 'USAGE')
                       OR has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                       OR has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))
            """;

    /**
     * element_types of table and view columns (routines' parameters and results are left out);
     * PostgreSQL's row-valued IN over data_type_privileges is an EXISTS over columns here.
     */
    private static final String ELEMENT_TYPES = """
            SELECT CAST(current_database() AS name) AS object_catalog,
                   CAST(n.nspname AS name) AS object_schema,
                   CAST(x.objname AS name) AS object_name,
                   CAST(x.objtype AS varchar) AS object_type,
                   CAST(x.objdtdid AS name) AS collection_type_identifier,
                   CAST(CASE WHEN nbt.nspname = 'pg_catalog' THEN format_type(bt.oid, null)
                             ELSE 'USER-DEFINED' END AS varchar) AS data_type,
                   CAST(null AS integer) AS character_maximum_length,
                   CAST(null AS integer) AS character_octet_length,
                   CAST(null AS name) AS character_set_catalog,
                   CAST(null AS name) AS character_set_schema,
                   CAST(null AS name) AS character_set_name,
                   CAST(CASE WHEN nco.nspname IS NOT NULL THEN current_database() END AS name) AS collation_catalog,
                   CAST(nco.nspname AS name) AS collation_schema,
                   CAST(co.collname AS name) AS collation_name,
                   CAST(null AS integer) AS numeric_precision,
                   CAST(null AS integer) AS numeric_precision_radix,
                   CAST(null AS integer) AS numeric_scale,
                   CAST(null AS integer) AS datetime_precision,
                   CAST(null AS varchar) AS interval_type,
                   CAST(null AS integer) AS interval_precision,
                   CAST(null AS varchar) AS domain_default,
                   CAST(current_database() AS name) AS udt_catalog,
                   CAST(nbt.nspname AS name) AS udt_schema,
                   CAST(bt.typname AS name) AS udt_name,
                   CAST(null AS name) AS scope_catalog,
                   CAST(null AS name) AS scope_schema,
                   CAST(null AS name) AS scope_name,
                   CAST(null AS integer) AS maximum_cardinality,
                   CAST('a' || CAST(x.objdtdid AS text) AS name) AS dtd_identifier
            FROM pg_catalog.pg_namespace n, pg_catalog.pg_type at, pg_catalog.pg_namespace nbt, pg_catalog.pg_type bt,
                 (SELECT c.relnamespace, CAST(c.relname AS name),
                         CASE WHEN c.relkind = 'c' THEN 'USER-DEFINED TYPE'::text ELSE 'TABLE'::text END,
                         a.attnum, a.atttypid, a.attcollation
                  FROM pg_catalog.pg_class c, pg_catalog.pg_attribute a
                  WHERE c.oid = a.attrelid
                        AND c.relkind IN ('r', 'v', 'f', 'c', 'p')
                        AND attnum > 0 AND NOT attisdropped
                 ) AS x (objschema, objname, objtype, objdtdid, objtypeid, objcollation)
                 LEFT JOIN (pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace nco ON (co.collnamespace = nco.oid))
                   ON x.objcollation = co.oid AND (nco.nspname <> 'pg_catalog' OR co.collname <> 'default')
            WHERE n.oid = x.objschema
                  AND at.oid = x.objtypeid
                  AND (at.typelem <> 0 AND at.typlen = -1)
                  AND at.typelem = bt.oid
                  AND nbt.oid = bt.typnamespace
                  AND EXISTS (SELECT 1 FROM information_schema.columns ic
                              WHERE ic.table_schema = n.nspname AND ic.table_name = x.objname
                                AND ic.dtd_identifier = CAST(x.objdtdid AS name))
            """;

    static final Map<String, String> VIEW_TEXTS = Map.of(
            "columns", COLUMNS,
            "table_constraints", TABLE_CONSTRAINTS,
            "key_column_usage", KEY_COLUMN_USAGE,
            "referential_constraints", REFERENTIAL_CONSTRAINTS,
            "constraint_column_usage", CONSTRAINT_COLUMN_USAGE,
            "check_constraints", CHECK_CONSTRAINTS,
            "views", VIEWS,
            "element_types", ELEMENT_TYPES);
}
