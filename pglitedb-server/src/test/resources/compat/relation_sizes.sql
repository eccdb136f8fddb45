-- Big relations' sizes are estimates from the stored bytes (in whole pages, see psql_sizes.sql for
-- small ones), so only comparisons are checked; regprocedure input of built-in functions by argument types.
CREATE TABLE big (id int PRIMARY KEY, v text);
CREATE INDEX big_v ON big (v);
INSERT INTO big SELECT g, repeat('x', 100) || g FROM generate_series(1, 20000) g;
SELECT pg_relation_size('big') > 100000 AS rel, pg_table_size('big') > 100000 AS tab,
    pg_indexes_size('big') > 10000 AS idx,
    pg_total_relation_size('big') >= pg_table_size('big') + pg_indexes_size('big') AS total,
    pg_relation_size('big', 'fsm') >= 0 AS fsm, pg_database_size(current_database()) > 0 AS db;
SELECT pg_relation_size('big', 'nope');
SELECT 'lower(text)'::regprocedure, 'lower(text)'::regprocedure::oid, 'upper'::regproc, 'abs(integer)'::regprocedure::oid;
SELECT 'lower(integer)'::regprocedure;
SELECT 'lower(text'::regprocedure;
