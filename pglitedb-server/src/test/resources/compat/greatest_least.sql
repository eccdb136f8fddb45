-- GREATEST and LEAST: common type, NULLs skipped, the type's order, views deparse them.
select greatest(1, 2), least(3, 4), greatest(1::bigint, 2::bigint), least(1, 2.5, null), greatest(null, null::int);
select greatest('abc', 'abd'), least('b', 'a', 'c'), greatest(date '2024-01-01', '2024-02-01'), least(1.5, 2);
select greatest(1, 'x');
select greatest(array[1,2], array[1,3]), least(true, false), greatest(interval '1 day', interval '25 hours');
create table g(a int, b int);
insert into g values (1, 5), (7, null), (null, null);
select a, b, greatest(a, b), least(a, b, 3) from g order by a nulls last;
create view gv as select greatest(a, b) as m, least(a, 0) as n from g;
select pg_get_viewdef('gv');
select greatest(1, 2) = 2 as t where least(5, 6) = 5;
