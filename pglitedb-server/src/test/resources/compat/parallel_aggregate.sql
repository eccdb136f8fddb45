-- Aggregates straight over a table of a few MB, which PGLiteDB computes part by part: a worker
-- thread aggregates the second half of the key range and the statement combines its groups with
-- its own (PostgreSQL: Partial/Finalize Aggregate under a Gather). Same results, NULLs, empty
-- groups, errors raised in the worker's half, spilling groups, LIMIT.
create table big (id int primary key, grp int, amount numeric(12,2), flag boolean, note text, big8 bigint);
insert into big select g, g % 7, case when g % 11 = 0 then null else (g % 1000) / 10.0 end,
    case when g % 13 = 0 then null else g % 3 = 0 end, 'n' || (g % 97), g::bigint * 1000000
  from generate_series(1, 40000) g;
select count(*), count(amount), sum(amount), avg(amount), min(amount), max(amount), min(note), max(note),
    bool_and(flag), bool_or(flag), every(id > 0), bit_or(id), bit_and(id), sum(id), avg(id), sum(big8), avg(big8)
  from big;
select grp, count(*), count(amount), sum(amount), avg(amount), min(amount), max(note), bool_or(flag),
    sum(big8), bit_xor(id)
  from big group by grp order by grp;
select grp, count(*) filter (where amount > 50), sum(amount) filter (where flag), max(id) filter (where amount is null)
  from big group by grp order by grp;
-- a filter that passes few rows, and one that passes none
select count(*), sum(amount), max(note) from big where id % 1000 = 7;
select count(*), sum(amount), max(note), bool_and(flag) from big where amount < 0;
select grp, count(*) from big where amount < 0 group by grp;
-- casts of built-in types in the filter and the arguments run in the worker too, errors included
select count(*), sum(amount::int), max(id::text), min(amount::float8) from big where note::varchar(2) = 'n1';
select sum((case when id > 39000 then 'x' || id else '1' end)::int) from big;
-- sums stay exact: each half's bigint sum fits, the total does not
select sum(case when id in (1, 39999) then 9223372036854775807 end) from big;
-- errors raised in the second half of the table
select sum(case when id > 39000 then id * 100000 end) from big;
select grp, sum(1 / (id - 39990)) from big group by grp;
select 1;
-- many groups: past work_mem both halves spill
set work_mem = '64kB';
select count(*), sum(c), min(s), max(s) from (
  select id % 20000 k, count(*) c, sum(amount) s from big group by id % 20000) x;
select k, c, s from (
  select case when id > 20000 then id - 20000 else 20000 - id end k, count(*) c, sum(amount) s
    from big group by 1) x where k in (0, 1, 2, 19999, 20000) order by k;
reset work_mem;
-- LIMIT above the aggregate, DISTINCT aggregates (not combined: read serially)
select grp, count(*) from big group by grp order by grp limit 3;
select count(distinct grp), sum(distinct grp), count(*) from big;
drop table big;
