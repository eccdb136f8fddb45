-- GROUP BY ROLLUP / CUBE / GROUPING SETS, GROUPING(), temporary views, IS [NOT] DISTINCT FROM
set enable_hashagg = off;
create temp view gs1(a, b, v) as
  values (1,1,10),(1,1,11),(1,2,12),(1,2,13),(1,3,14),(2,3,15),(3,3,16),(3,4,17),(4,1,18),(4,1,19);
create temp table gs_empty (a integer, b integer, v integer);
select a, b, grouping(a,b), sum(v), count(*), max(v) from gs1 group by rollup (a,b);
select a, b, grouping(a,b), sum(v) from gs1 group by rollup (a,b) order by b desc, a;
select a, b, grouping(a,b), sum(v) from gs1 group by cube (a,b) order by a, b;
select a, b, grouping(a), grouping(b), sum(v) from gs1 group by grouping sets (a, b) order by 3, 1, 2;
select a, b, sum(v) from gs1 group by grouping sets ((a,b),(b),()) order by a, b;
select a, b, sum(v) from gs1 group by a, rollup (b) order by a, b;
select a, b, count(*) from gs1 group by grouping sets ((a), (a), ()) order by a, b;
select a, array_agg(v order by v), string_agg(v::text, ':' order by v desc)
  from gs1 group by rollup (a) order by a;
select a, sum(v) filter (where v > 12) from gs1 group by rollup (a) having a is distinct from 1 order by a;
select a + b as s, grouping(a + b), count(*) from gs1 group by rollup (a + b) order by s;
select a, sum(v) from gs_empty group by rollup (a);
select a, sum(v) from gs_empty group by grouping sets ((), (a), ());
select sum(v), grouping(a) from gs1 group by a order by a;
select grouping(v) from gs1 group by a;
select a, grouping(a, b) from gs1 group by rollup (a);
select 1 is distinct from 2, 1 is distinct from 1, null is distinct from 1, null::int is not distinct from null;
select 'a'::text is not distinct from 'a', 1.0 is distinct from 1;
select a, v from gs1 where b is not distinct from 3 order by v;
create or replace temp view gs2 as select a, b from gs1 where a > 2;
select * from gs2 order by a, b;
-- GROUP BY DISTINCT drops duplicate grouping sets; GROUP BY ALL keeps them
select a, b, c from (values (1, 2, 3), (4, null, 6), (7, 8, 9)) as t (a, b, c) group by all rollup(a, b), rollup(a, c) order by a, b, c;
select a, b, c from (values (1, 2, 3), (4, null, 6), (7, 8, 9)) as t (a, b, c) group by distinct rollup(a, b), rollup(a, c) order by a, b, c;
select a, count(*) from (values (1), (1), (2)) t(a) group by distinct a order by a;
select a, b, grouping(a, b), count(*) from (values (1, 2), (1, 3)) t(a, b) group by distinct cube(a, b), grouping sets ((a), (b)) order by 1, 2, 3;
