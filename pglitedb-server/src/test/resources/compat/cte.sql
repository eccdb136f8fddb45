-- WITH and WITH RECURSIVE
create table emp (id int primary key, boss int, name text);
insert into emp values (1, null, 'root'), (2, 1, 'ann'), (3, 1, 'bob'), (4, 2, 'cid'), (5, 4, 'dee'), (6, 3, 'eve');
with t as (select id, name from emp where boss = 1) select * from t order by id;
with a as (select 1 as x), b as (select x + 1 as y from a) select * from a, b;
with t(n, m) as (select id, boss from emp) select n, m from t where m is not null order by n desc limit 3;
with t as (select count(*) as c from emp) select c, (select c * 2 from t) from t;
with recursive nums(n) as (select 1 union all select n + 1 from nums where n < 10) select sum(n), count(*) from nums;
with recursive chain as (
  select id, boss, name, 1 as depth, name as path from emp where boss is null
  union all
  select e.id, e.boss, e.name, c.depth + 1, c.path || '/' || e.name from emp e join chain c on e.boss = c.id
) select id, depth, path from chain order by id;
with recursive r(x) as (select 1 union select x from r) select * from r;
with recursive fib(a, b) as (select 0::bigint, 1::bigint union all select b, a + b from fib where b < 100)
select a from fib order by a;
with recursive t(n) as (values (1) union all select n * 2 from t where n < 100) select n from t order by n desc;
with x as (select 1 as v) select * from x union all select v + 1 from x order by 1;
select * from (with q as (select 5 as z) select z from q) s;
select id from emp where id in (with w as (select boss from emp) select boss from w) order by id;
-- errors
with recursive t(n) as (select 1 union all select n + 1.0 from t where n < 3) select * from t;
with recursive t(n) as (select n from t) select * from t;
with t as (select 1), t as (select 2) select * from t;
with t(a, b) as (select 1) select * from t;
with recursive x(n) as (select n from x union all select 1) select * from x;
with recursive x(id) as (values (1) union all select (select * from x) from x where id < 5) select * from x;
with recursive x(n) as (select 1 union all select n + 1 from emp left join x on x.n = emp.id) select * from x;
with recursive x(n) as (select 1 union all select count(*) from x) select * from x;
with recursive x(n) as (select 1 union all select n + 1 from x order by 1) select * from x;
with recursive foo(i) as (values (1) union all (select i + 1 from foo where i < 10 union all select i + 1 from foo where i < 5)) select * from foo;
-- WITH RECURSIVE queries may name siblings written after them; siblings reading each other fail
WITH RECURSIVE x(id) AS (SELECT * FROM y UNION ALL SELECT id+1 FROM x WHERE id < 5), y(id) AS (values (1)) SELECT * FROM x;
WITH RECURSIVE
  x (id) AS (SELECT 1 UNION ALL SELECT id+1 FROM y WHERE id < 5),
  y (id) AS (SELECT 1 UNION ALL SELECT id+1 FROM x WHERE id < 5)
SELECT * FROM x;
WITH RECURSIVE a AS (SELECT * FROM b), b AS (SELECT * FROM c), c(n) AS (VALUES (1), (2)) SELECT * FROM a, b WHERE a.n = b.n;
-- a WITH query inside a subquery may read the outer row: subqueries reading it run per outer row
create table cte_i4 (f1 int);
insert into cte_i4 values (0), (123456), (-123456), (2147483647), (-2147483647);
select (with cte(foo) as (values (f1)) select (select foo from cte)) from cte_i4;
select (with cte(foo) as (values (f1)) values ((select foo from cte))) from cte_i4;
select f1, (with c(x) as (select f1 * 2) select (select x + 1 from c where x > 0)) from cte_i4 order by f1;
