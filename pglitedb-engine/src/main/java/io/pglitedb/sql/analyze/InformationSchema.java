package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.parser.Parser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The information_schema views that frameworks read (Flyway's clean reads {@code tables} and
 * {@code sequences}, Hibernate reads {@code sequences} at startup): PostgreSQL 15's definitions
 * (information_schema.sql) over pg_catalog, with the same columns in the same order and the same
 * rows, written with what the engine has: the domains sql_identifier, character_data,
 * yes_or_no and cardinal_number are their base types name, varchar, varchar(3) and integer.
 * One difference: is_insertable_into of a view is NO (PostgreSQL says YES for an automatically
 * updatable view). A view is parsed once and analysed where it is used, like a subquery; only
 * {@code information_schema.NAME} finds it. The views of columns and constraints are
 * {@link InformationSchemaKeys}, those of functions {@link InformationSchemaRoutines}, those of character sets and collations
 * {@link InformationSchemaCollations}; table_privileges and routine_privileges expand ACLs with a
 * LATERAL aclexplode (PostgreSQL writes {@code (aclexplode(...)).*}). The others do not exist yet.
 */
final class InformationSchema {
    private InformationSchema() {
    }

    private static final Map<String, String> VIEWS = Map.of(
            "schemata", """
                    SELECT CAST(current_database() AS name) AS catalog_name,
                           CAST(n.nspname AS name) AS schema_name,
                           CAST(u.rolname AS name) AS schema_owner,
                           CAST(null AS name) AS default_character_set_catalog,
                           CAST(null AS name) AS default_character_set_schema,
                           CAST(null AS name) AS default_character_set_name,
                           CAST(null AS varchar) AS sql_path
                    FROM pg_catalog.pg_namespace n, pg_catalog.pg_authid u
                    WHERE n.nspowner = u.oid AND (pg_catalog.pg_has_role(n.nspowner, 'USAGE')
                           OR pg_catalog.has_schema_privilege(n.oid, 'CREATE, USAGE'))
                    """,
            "tables", """
                    SELECT CAST(current_database() AS name) AS table_catalog,
                           CAST(nc.nspname AS name) AS table_schema,
                           CAST(c.relname AS name) AS table_name,
                           CAST(CASE WHEN c.relpersistence = 't' THEN 'LOCAL TEMPORARY'
                                     WHEN c.relkind IN ('r', 'p') THEN 'BASE TABLE'
                                     WHEN c.relkind = 'v' THEN 'VIEW'
                                     WHEN c.relkind = 'f' THEN 'FOREIGN'
                                     ELSE null END AS varchar) AS table_type,
                           CAST(null AS name) AS self_referencing_column_name,
                           CAST(null AS varchar) AS reference_generation,
                           CAST(null AS name) AS user_defined_type_catalog,
                           CAST(null AS name) AS user_defined_type_schema,
                           CAST(null AS name) AS user_defined_type_name,
                           CAST(CASE WHEN c.relkind IN ('r', 'p') THEN 'YES' ELSE 'NO' END AS varchar(3))
                               AS is_insertable_into,
                           CAST('NO' AS varchar(3)) AS is_typed,
                           CAST(null AS varchar) AS commit_action
                    FROM pg_catalog.pg_namespace nc JOIN pg_catalog.pg_class c ON nc.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'v', 'f', 'p')
                      AND (pg_catalog.pg_has_role(c.relowner, 'USAGE')
                           OR pg_catalog.has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                           OR pg_catalog.has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))
                    """,
            "sequences", """
                    SELECT CAST(current_database() AS name) AS sequence_catalog,
                           CAST(nc.nspname AS name) AS sequence_schema,
                           CAST(c.relname AS name) AS sequence_name,
                           CAST(pg_catalog.format_type(s.seqtypid, null) AS varchar) AS data_type,
                           CAST(CASE s.seqtypid WHEN 21 THEN 16 WHEN 23 THEN 32 ELSE 64 END AS integer) AS numeric_precision,
                           CAST(2 AS integer) AS numeric_precision_radix,
                           CAST(0 AS integer) AS numeric_scale,
                           CAST(s.seqstart AS varchar) AS start_value,
                           CAST(s.seqmin AS varchar) AS minimum_value,
                           CAST(s.seqmax AS varchar) AS maximum_value,
                           CAST(s.seqincrement AS varchar) AS increment,
                           CAST(CASE WHEN s.seqcycle THEN 'YES' ELSE 'NO' END AS varchar(3)) AS cycle_option
                    FROM pg_catalog.pg_namespace nc, pg_catalog.pg_class c, pg_catalog.pg_sequence s
                    WHERE c.relnamespace = nc.oid
                      AND c.relkind = 'S'
                      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend
                                      WHERE classid = 'pg_class'::regclass AND objid = c.oid AND deptype = 'i')
                      AND c.oid = s.seqrelid
                      AND (pg_catalog.pg_has_role(c.relowner, 'USAGE')
                           OR pg_catalog.has_sequence_privilege(c.oid, 'SELECT, UPDATE, USAGE'))
                    """,
            "table_privileges", """
                    SELECT CAST(u_grantor.rolname AS name) AS grantor,
                           CAST(grantee.rolname AS name) AS grantee,
                           CAST(current_database() AS name) AS table_catalog,
                           CAST(nc.nspname AS name) AS table_schema,
                           CAST(c.relname AS name) AS table_name,
                           CAST(c.prtype AS varchar) AS privilege_type,
                           CAST(CASE WHEN pg_catalog.pg_has_role(grantee.oid, c.relowner, 'USAGE') OR c.grantable
                                     THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_grantable,
                           CAST(CASE WHEN c.prtype = 'SELECT' THEN 'YES' ELSE 'NO' END AS varchar(3)) AS with_hierarchy
                    FROM (SELECT r.oid, r.relname, r.relnamespace, r.relkind, r.relowner,
                                 a.grantor, a.grantee, a.privilege_type, a.is_grantable
                          FROM pg_catalog.pg_class r,
                               LATERAL aclexplode(coalesce(r.relacl, acldefault('r', r.relowner))) a
                         ) AS c (oid, relname, relnamespace, relkind, relowner, grantor, grantee, prtype, grantable),
                         pg_catalog.pg_namespace nc,
                         pg_catalog.pg_authid u_grantor,
                         (SELECT oid, rolname FROM pg_catalog.pg_authid
                          UNION ALL
                          SELECT 0::oid, 'PUBLIC') AS grantee (oid, rolname)
                    WHERE c.relnamespace = nc.oid
                      AND c.relkind IN ('r', 'v', 'f', 'p')
                      AND c.grantee = grantee.oid
                      AND c.grantor = u_grantor.oid
                      AND c.prtype IN ('INSERT', 'SELECT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER')
                      AND (pg_catalog.pg_has_role(u_grantor.oid, 'USAGE')
                           OR pg_catalog.pg_has_role(grantee.oid, 'USAGE')
                           OR grantee.rolname = 'PUBLIC')
                    """,
            "routine_privileges", """
                    SELECT CAST(u_grantor.rolname AS name) AS grantor,
                           CAST(grantee.rolname AS name) AS grantee,
                           CAST(current_database() AS name) AS specific_catalog,
                           CAST(n.nspname AS name) AS specific_schema,
                           CAST(p.proname || '_' || p.oid AS name) AS specific_name,
                           CAST(current_database() AS name) AS routine_catalog,
                           CAST(n.nspname AS name) AS routine_schema,
                           CAST(p.proname AS name) AS routine_name,
                           CAST('EXECUTE' AS varchar) AS privilege_type,
                           CAST(CASE WHEN pg_catalog.pg_has_role(grantee.oid, p.proowner, 'USAGE') OR p.grantable
                                     THEN 'YES' ELSE 'NO' END AS varchar(3)) AS is_grantable
                    FROM (SELECT f.oid, f.proname, f.proowner, f.pronamespace,
                                 a.grantor, a.grantee, a.privilege_type, a.is_grantable
                          FROM pg_catalog.pg_proc f,
                               LATERAL aclexplode(coalesce(f.proacl, acldefault('f', f.proowner))) a
                         ) AS p (oid, proname, proowner, pronamespace, grantor, grantee, prtype, grantable),
                         pg_catalog.pg_namespace n,
                         pg_catalog.pg_authid u_grantor,
                         (SELECT oid, rolname FROM pg_catalog.pg_authid
                          UNION ALL
                          SELECT 0::oid, 'PUBLIC') AS grantee (oid, rolname)
                    WHERE p.pronamespace = n.oid
                      AND grantee.oid = p.grantee
                      AND u_grantor.oid = p.grantor
                      AND p.prtype IN ('EXECUTE')
                      AND (pg_catalog.pg_has_role(u_grantor.oid, 'USAGE')
                           OR pg_catalog.pg_has_role(grantee.oid, 'USAGE')
                           OR grantee.rolname = 'PUBLIC')
                    """);

    private static final List<Map<String, String>> ALL = List.of(VIEWS, InformationSchemaKeys.VIEW_TEXTS,
            InformationSchemaRoutines.VIEW_TEXTS, InformationSchemaCollations.VIEW_TEXTS);

    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    /** The query of the information_schema view {@code name} names, or null. */
    static Query find(QualifiedName name) {
        if (!SchemaDescriptor.INFORMATION_SCHEMA.equals(name.schema())) {
            return null;
        }
        for (Map<String, String> views : ALL) {
            String sql = views.get(name.name());
            if (sql != null) {
                return PARSED.computeIfAbsent(name.name(), n -> parse(n, sql));
            }
        }
        return null;
    }

    private static Query parse(String name, String sql) {
        List<Parser.ParsedStatement> parsed = Parser.parse(sql);
        if (parsed.size() != 1 || !(parsed.get(0).statement() instanceof Query query)) {
            throw new PgException(SqlState.INTERNAL_ERROR, "invalid definition of information_schema.%s", name);
        }
        return query;
    }
}
