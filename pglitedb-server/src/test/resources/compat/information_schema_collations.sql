-- information_schema.character_sets, collations, collation_character_set_applicability and the
-- collations pg_collation has without ICU or the operating system's locales (default, C, POSIX, ucs_basic)
SELECT oid, collname, collnamespace::regnamespace, collowner::regrole, collprovider, collisdeterministic,
       collencoding, collcollate, collctype, colliculocale, collversion
FROM pg_collation WHERE collname IN ('default', 'C', 'POSIX', 'ucs_basic') ORDER BY oid;

SELECT character_set_catalog, character_set_schema, character_set_name, character_repertoire, form_of_use,
       default_collate_catalog = current_database() AS same_db, default_collate_schema, default_collate_name
FROM information_schema.character_sets;

SELECT collation_catalog = current_database() AS same_db, collation_schema, collation_name, pad_attribute
FROM information_schema.collations WHERE collation_name IN ('default', 'C', 'POSIX', 'ucs_basic') ORDER BY 3;

SELECT collation_schema, collation_name, character_set_catalog, character_set_schema, character_set_name
FROM information_schema.collation_character_set_applicability
WHERE collation_name IN ('default', 'C', 'POSIX', 'ucs_basic') ORDER BY 2;

-- ucs_basic sorts like C
SELECT x FROM (VALUES ('b'), ('B'), ('a'), ('_')) v(x) ORDER BY x COLLATE ucs_basic;
SELECT 'a' < 'B' COLLATE "ucs_basic" AS a_before_b;
