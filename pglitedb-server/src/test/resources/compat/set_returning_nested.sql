-- Set-returning functions inside SELECT-list expressions, in a one-row INSERT ... VALUES, and
-- where PostgreSQL refuses them.
select generate_series(1,3)+1 as x;
select (jsonb_each('{"a":1,"b":2}')).value::int * 10 as v, 'k' as k;
select generate_series('2024-01-01'::date, '2024-03-01', '1 month')::date as month;
select unnest(array[1,2,3]) * 2, generate_series(1,2) as g;
select upper(unnest(array['a','b'])) || '!' as u, generate_series(1,3);
create temp table t(a int, b text default 'x');
insert into t values ((jsonb_each('{"a":1}')).value::int);
insert into t values (generate_series(1,2) * 100, 'n');
select * from t order by a;
select a, generate_series(1, a % 3) + a from t order by 1, 2;
select coalesce(generate_series(1,2), 0);
select sum(generate_series(1,3));
select (unnest(array[1,2])) as z order by generate_series(1,2) desc;
select case when true then generate_series(1,2) end;
select 1 where generate_series(1,2) > 1;
select * from (values (1),(generate_series(1,2))) v;
insert into t values (generate_series(1,2), 'y'), (5, 'z');
insert into t(b,a) values ('q', generate_series(7,8)) returning *;
select * from t join t u on generate_series(1,2) = 1;
select a from t group by a having generate_series(1,2) > 1;
