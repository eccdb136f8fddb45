package io.pglitedb.sql.analyze;

import java.util.Map;

/**
 * information_schema's views of functions and procedures (routines, parameters): PostgreSQL 15's
 * definitions (information_schema.sql) over pg_proc, with the domains as {@link InformationSchema}
 * maps them. Built-in functions show the argument types PostgreSQL records for them; user
 * routines all their parameters with modes and names (pg_proc's proallargtypes, proargmodes,
 * proargnames) and their defaults.
 */
final class InformationSchemaRoutines {
    private InformationSchemaRoutines() {
    }

    private static final String ROUTINES = """
            SELECT CAST(current_database() AS name) AS specific_catalog,
                   CAST(n.nspname AS name) AS specific_schema,
                   CAST(nameconcatoid(p.proname, p.oid) AS name) AS specific_name,
                   CAST(current_database() AS name) AS routine_catalog,
                   CAST(n.nspname AS name) AS routine_schema,
                   CAST(p.proname AS name) AS routine_name,
                   CAST(CASE p.prokind WHEN 'f' THEN 'FUNCTION' WHEN 'p' THEN 'PROCEDURE' END
                     AS varchar) AS routine_type,
                   CAST(null AS name) AS module_catalog,
                   CAST(null AS name) AS module_schema,
                   CAST(null AS name) AS module_name,
                   CAST(null AS name) AS udt_catalog,
                   CAST(null AS name) AS udt_schema,
                   CAST(null AS name) AS udt_name,
                   CAST(
                     CASE WHEN p.prokind = 'p' THEN NULL
                          WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY'
                          WHEN nt.nspname = 'pg_catalog' THEN format_type(t.oid, null)
                          ELSE 'USER-DEFINED' END AS varchar)
                     AS data_type,
                   CAST(null AS integer) AS character_maximum_length,
                   CAST(null AS integer) AS character_octet_length,
                   CAST(null AS name) AS character_set_catalog,
                   CAST(null AS name) AS character_set_schema,
                   CAST(null AS name) AS character_set_name,
                   CAST(null AS name) AS collation_catalog,
                   CAST(null AS name) AS collation_schema,
                   CAST(null AS name) AS collation_name,
                   CAST(null AS integer) AS numeric_precision,
                   CAST(null AS integer) AS numeric_precision_radix,
                   CAST(null AS integer) AS numeric_scale,
                   CAST(null AS integer) AS datetime_precision,
                   CAST(null AS varchar) AS interval_type,
                   CAST(null AS integer) AS interval_precision,
                   CAST(CASE WHEN nt.nspname IS NOT NULL THEN current_database() END AS name) AS type_udt_catalog,
                   CAST(nt.nspname AS name) AS type_udt_schema,
                   CAST(t.typname AS name) AS type_udt_name,
                   CAST(null AS name) AS scope_catalog,
                   CAST(null AS name) AS scope_schema,
                   CAST(null AS name) AS scope_name,
                   CAST(null AS integer) AS maximum_cardinality,
                   CAST(CASE WHEN p.prokind <> 'p' THEN 0 END AS name) AS dtd_identifier,
                   CAST(CASE WHEN l.lanname = 'sql' THEN 'SQL' ELSE 'EXTERNAL' END AS varchar)
                     AS routine_body,
                   CAST(
                     CASE WHEN pg_has_role(p.proowner, 'USAGE') THEN p.prosrc ELSE null END
                     AS varchar) AS routine_definition,
                   CAST(
                     CASE WHEN l.lanname = 'c' THEN p.prosrc ELSE null END
                     AS varchar) AS external_name,
                   CAST(upper(l.lanname) AS varchar) AS external_language,
                   CAST('GENERAL' AS varchar) AS parameter_style,
                   CAST(CASE WHEN p.provolatile = 'i' THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_deterministic,
                   CAST('MODIFIES' AS varchar) AS sql_data_access,
                   CAST(CASE WHEN p.prokind <> 'p' THEN
                     CASE WHEN p.proisstrict THEN 'YES' ELSE 'NO' END END AS varchar(3)) AS is_null_call,
                   CAST(null AS varchar) AS sql_path,
                   CAST('YES' AS varchar(3)) AS schema_level_routine,
                   CAST(0 AS integer) AS max_dynamic_result_sets,
                   CAST(null AS varchar(3)) AS is_user_defined_cast,
                   CAST(null AS varchar(3)) AS is_implicitly_invocable,
                   CAST(CASE WHEN p.prosecdef THEN 'DEFINER' ELSE 'INVOKER' END AS varchar) AS security_type,
                   CAST(null AS name) AS to_sql_specific_catalog,
                   CAST(null AS name) AS to_sql_specific_schema,
                   CAST(null AS name) AS to_sql_specific_name,
                   CAST('NO' AS varchar(3)) AS as_locator,
                   CAST(null AS timestamptz) AS created,
                   CAST(null AS timestamptz) AS last_altered,
                   CAST(null AS varchar(3)) AS new_savepoint_level,
                   CAST('NO' AS varchar(3)) AS is_udt_dependent,
                   CAST(null AS varchar) AS result_cast_from_data_type,
                   CAST(null AS varchar(3)) AS result_cast_as_locator,
                   CAST(null AS integer) AS result_cast_char_max_length,
                   CAST(null AS integer) AS result_cast_char_octet_length,
                   CAST(null AS name) AS result_cast_char_set_catalog,
                   CAST(null AS name) AS result_cast_char_set_schema,
                   CAST(null AS name) AS result_cast_char_set_name,
                   CAST(null AS name) AS result_cast_collation_catalog,
                   CAST(null AS name) AS result_cast_collation_schema,
                   CAST(null AS name) AS result_cast_collation_name,
                   CAST(null AS integer) AS result_cast_numeric_precision,
                   CAST(null AS integer) AS result_cast_numeric_precision_radix,
                   CAST(null AS integer) AS result_cast_numeric_scale,
                   CAST(null AS integer) AS result_cast_datetime_precision,
                   CAST(null AS varchar) AS result_cast_interval_type,
                   CAST(null AS integer) AS result_cast_interval_precision,
                   CAST(null AS name) AS result_cast_type_udt_catalog,
                   CAST(null AS name) AS result_cast_type_udt_schema,
                   CAST(null AS name) AS result_cast_type_udt_name,
                   CAST(null AS name) AS result_cast_scope_catalog,
                   CAST(null AS name) AS result_cast_scope_schema,
                   CAST(null AS name) AS result_cast_scope_name,
                   CAST(null AS integer) AS result_cast_maximum_cardinality,
                   CAST(null AS name) AS result_cast_dtd_identifier
            FROM (pg_catalog.pg_namespace n
                  JOIN pg_catalog.pg_proc p ON n.oid = p.pronamespace
                  JOIN pg_catalog.pg_language l ON p.prolang = l.oid)
                 LEFT JOIN
                 (pg_catalog.pg_type t JOIN pg_catalog.pg_namespace nt ON t.typnamespace = nt.oid)
                 ON p.prorettype = t.oid AND p.prokind <> 'p'
            WHERE (pg_has_role(p.proowner, 'USAGE')
                   OR has_function_privilege(p.oid, 'EXECUTE'))
            """;

    private static final String PARAMETERS = """
            SELECT CAST(current_database() AS name) AS specific_catalog,
                   CAST(n_nspname AS name) AS specific_schema,
                   CAST(nameconcatoid(proname, p_oid) AS name) AS specific_name,
                   CAST((ss.x).n AS integer) AS ordinal_position,
                   CAST(
                     CASE WHEN proargmodes IS NULL THEN 'IN'
                        WHEN proargmodes[(ss.x).n] = 'i' THEN 'IN'
                        WHEN proargmodes[(ss.x).n] = 'o' THEN 'OUT'
                        WHEN proargmodes[(ss.x).n] = 'b' THEN 'INOUT'
                        WHEN proargmodes[(ss.x).n] = 'v' THEN 'IN'
                        WHEN proargmodes[(ss.x).n] = 't' THEN 'OUT'
                     END AS varchar) AS parameter_mode,
                   CAST('NO' AS varchar(3)) AS is_result,
                   CAST('NO' AS varchar(3)) AS as_locator,
                   CAST(NULLIF(proargnames[(ss.x).n], '') AS name) AS parameter_name,
                   CAST(
                     CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY'
                          WHEN nt.nspname = 'pg_catalog' THEN format_type(t.oid, null)
                          ELSE 'USER-DEFINED' END AS varchar)
                     AS data_type,
                   CAST(null AS integer) AS character_maximum_length,
                   CAST(null AS integer) AS character_octet_length,
                   CAST(null AS name) AS character_set_catalog,
                   CAST(null AS name) AS character_set_schema,
                   CAST(null AS name) AS character_set_name,
                   CAST(null AS name) AS collation_catalog,
                   CAST(null AS name) AS collation_schema,
                   CAST(null AS name) AS collation_name,
                   CAST(null AS integer) AS numeric_precision,
                   CAST(null AS integer) AS numeric_precision_radix,
                   CAST(null AS integer) AS numeric_scale,
                   CAST(null AS integer) AS datetime_precision,
                   CAST(null AS varchar) AS interval_type,
                   CAST(null AS integer) AS interval_precision,
                   CAST(current_database() AS name) AS udt_catalog,
                   CAST(nt.nspname AS name) AS udt_schema,
                   CAST(t.typname AS name) AS udt_name,
                   CAST(null AS name) AS scope_catalog,
                   CAST(null AS name) AS scope_schema,
                   CAST(null AS name) AS scope_name,
                   CAST(null AS integer) AS maximum_cardinality,
                   CAST((ss.x).n AS name) AS dtd_identifier,
                   CAST(
                     CASE WHEN pg_has_role(proowner, 'USAGE')
                          THEN pg_get_function_arg_default(p_oid, (ss.x).n)
                          ELSE NULL END
                     AS varchar) AS parameter_default
            FROM pg_catalog.pg_type t, pg_catalog.pg_namespace nt,
                 (SELECT n.nspname AS n_nspname, p.proname, p.oid AS p_oid, p.proowner,
                         p.proargnames, p.proargmodes,
                         information_schema._pg_expandarray(coalesce(p.proallargtypes, p.proargtypes::oid[])) AS x
                  FROM pg_catalog.pg_namespace n, pg_catalog.pg_proc p
                  WHERE n.oid = p.pronamespace
                        AND (pg_has_role(p.proowner, 'USAGE') OR
                             has_function_privilege(p.oid, 'EXECUTE'))) AS ss
            WHERE t.oid = (ss.x).x AND t.typnamespace = nt.oid
            """;

    static final Map<String, String> VIEW_TEXTS = Map.of(
            "routines", ROUTINES,
            "parameters", PARAMETERS);
}
