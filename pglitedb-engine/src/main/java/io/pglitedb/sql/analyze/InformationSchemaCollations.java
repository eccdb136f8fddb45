package io.pglitedb.sql.analyze;

import java.util.Map;

/**
 * information_schema's views of character sets and collations (character_sets, collations,
 * collation_character_set_applicability): PostgreSQL 15's definitions (information_schema.sql)
 * over pg_database and pg_collation, with the domains as {@link InformationSchema} maps them.
 * The database's character set is UTF8; its default collation C is found under its canonical
 * name ucs_basic, as on PostgreSQL.
 */
final class InformationSchemaCollations {
    private InformationSchemaCollations() {
    }

    private static final String CHARACTER_SETS = """
            SELECT CAST(null AS name) AS character_set_catalog,
                   CAST(null AS name) AS character_set_schema,
                   CAST(getdatabaseencoding() AS name) AS character_set_name,
                   CAST(CASE WHEN getdatabaseencoding() = 'UTF8' THEN 'UCS' ELSE getdatabaseencoding() END AS name) AS character_repertoire,
                   CAST(getdatabaseencoding() AS name) AS form_of_use,
                   CAST(current_database() AS name) AS default_collate_catalog,
                   CAST(nc.nspname AS name) AS default_collate_schema,
                   CAST(c.collname AS name) AS default_collate_name
            FROM pg_catalog.pg_database d
                 LEFT JOIN (pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace nc ON (c.collnamespace = nc.oid))
                     ON (datcollate = collcollate AND datctype = collctype)
            WHERE d.datname = current_database()
            ORDER BY char_length(c.collname) DESC, c.collname ASC
            LIMIT 1
            """;

    private static final String COLLATIONS = """
            SELECT CAST(current_database() AS name) AS collation_catalog,
                   CAST(nc.nspname AS name) AS collation_schema,
                   CAST(c.collname AS name) AS collation_name,
                   CAST('NO PAD' AS varchar) AS pad_attribute
            FROM pg_catalog.pg_collation c, pg_catalog.pg_namespace nc
            WHERE c.collnamespace = nc.oid
                  AND collencoding IN (-1, (SELECT encoding FROM pg_catalog.pg_database WHERE datname = current_database()))
            """;

    private static final String COLLATION_CHARACTER_SET_APPLICABILITY = """
            SELECT CAST(current_database() AS name) AS collation_catalog,
                   CAST(nc.nspname AS name) AS collation_schema,
                   CAST(c.collname AS name) AS collation_name,
                   CAST(null AS name) AS character_set_catalog,
                   CAST(null AS name) AS character_set_schema,
                   CAST(getdatabaseencoding() AS name) AS character_set_name
            FROM pg_catalog.pg_collation c, pg_catalog.pg_namespace nc
            WHERE c.collnamespace = nc.oid
                  AND collencoding IN (-1, (SELECT encoding FROM pg_catalog.pg_database WHERE datname = current_database()))
            """;

    static final Map<String, String> VIEW_TEXTS = Map.of(
            "character_sets", CHARACTER_SETS,
            "collations", COLLATIONS,
            "collation_character_set_applicability", COLLATION_CHARACTER_SET_APPLICABILITY);
}
