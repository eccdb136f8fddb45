-- CREATE [OR REPLACE] RECURSIVE VIEW (a WITH RECURSIVE query over the view's own name); LIMIT and
-- OFFSET (and window frame offsets) may call functions and read enclosing queries' columns, not their own query's
CREATE RECURSIVE VIEW nums (n) AS VALUES (1) UNION ALL SELECT n+1 FROM nums WHERE n < 5;
SELECT * FROM nums;
CREATE OR REPLACE RECURSIVE VIEW nums (n) AS VALUES (1) UNION ALL SELECT n+1 FROM nums WHERE n < 6;
SELECT * FROM nums;
CREATE RECURSIVE VIEW bad AS SELECT 1;
CREATE RECURSIVE VIEW "Fib" (a, b) AS SELECT 0, 1 UNION ALL SELECT b, a + b FROM "Fib" WHERE b < 20;
SELECT * FROM "Fib";
DROP VIEW nums, "Fib";
create temp table lim (q1 int8);
insert into lim values (1), (2), (3);
select * from lim limit q1;
select * from lim offset (case when random() < 2 then 1::bigint end);
select * from lim limit (case when random() < 0.5 then null::bigint end);
SELECT (SELECT n FROM (VALUES (1)) AS x, (SELECT n FROM generate_series(1,10) AS n ORDER BY n LIMIT 1 OFFSET s-1) AS y) AS z FROM generate_series(1,10) AS s;
create function unbounded(x int) returns int language sql as 'select $1';
create temp table ub (a int);
insert into ub values (1), (2), (3), (4);
select sum(a) over (order by a rows between unbounded(1) preceding and unbounded(1) following), a from ub;
select sum(a) over (order by a rows between unbounded.x preceding and unbounded.x following), a from ub, (values (1)) as unbounded(x);
select sum(a) over (order by a rows between unbounded preceding and unbounded following), a from ub;
drop function unbounded;
