-- SQL-level prepared statements: PREPARE, EXECUTE, DEALLOCATE
CREATE TABLE prep_t (id int PRIMARY KEY, name text, score numeric);
INSERT INTO prep_t VALUES (1, 'one', 1.5), (2, 'two', 2.5), (3, 'three', 3.5);
PREPARE q1 (int) AS SELECT id, name FROM prep_t WHERE id = $1;
EXECUTE q1(2);
EXECUTE q1 (3);
EXECUTE q1('1');
-- assignment coercion: numeric to int rounds
EXECUTE q1(1.6);
-- inferred parameter types
PREPARE q2 AS SELECT name FROM prep_t WHERE id > $1 ORDER BY id;
EXECUTE q2(1);
PREPARE q3 AS SELECT 42 AS answer;
EXECUTE q3;
-- DML with RETURNING and command tags
PREPARE ins (int, text, numeric) AS INSERT INTO prep_t VALUES ($1, $2, $3);
EXECUTE ins(4, 'four', 4.5);
PREPARE upd (numeric, int) AS UPDATE prep_t SET score = $1 WHERE id <= $2 RETURNING id, score;
EXECUTE upd(9, 2);
PREPARE del AS DELETE FROM prep_t WHERE id = $1;
EXECUTE del(4);
SELECT * FROM prep_t ORDER BY id;
-- errors
PREPARE q1 AS SELECT 1;
EXECUTE nosuch;
EXECUTE nosuch(1);
EXECUTE q1;
EXECUTE q1(1, 2);
EXECUTE q3(1);
EXECUTE q1(true);
EXECUTE q1('abc');
DEALLOCATE nosuch;
PREPARE bad AS CREATE TABLE x (a int);
PREPARE bad2 AS SELECT * FROM no_such_table;
-- statements survive a rollback
BEGIN;
PREPARE intx AS SELECT count(*) FROM prep_t;
ROLLBACK;
EXECUTE intx;
-- DEALLOCATE
DEALLOCATE q1;
EXECUTE q1(1);
DEALLOCATE PREPARE q2;
EXECUTE q2(1);
PREPARE q1 (int) AS SELECT $1 + 1 AS next;
EXECUTE q1(41);
DEALLOCATE ALL;
EXECUTE q1(41);
EXECUTE q3;
DEALLOCATE PREPARE ALL;
-- pg_prepared_statements
PREPARE s1 (int, text) AS SELECT $1, $2;
PREPARE s2 AS SELECT $1::numeric, $2 || 'x';
SELECT name, statement, parameter_types, from_sql, generic_plans, custom_plans,
       prepare_time <= now() AS before_now
  FROM pg_prepared_statements ORDER BY name;
DEALLOCATE s1;
SELECT name FROM pg_prepared_statements;
DEALLOCATE ALL;
SELECT count(*) FROM pg_prepared_statements;
DROP TABLE prep_t;
