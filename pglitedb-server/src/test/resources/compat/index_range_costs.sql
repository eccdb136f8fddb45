-- After ANALYZE, an index whose conditions hold most of a table is not used: the table is read
-- as a whole (as PostgreSQL's costs decide); a narrow range keeps the index. Same rows either way.
create table events (id int primary key, d date, kind int, payload text);
insert into events select g, date '2020-01-01' + g % 1000, g % 2, repeat('p', 40)
  from generate_series(1, 50000) g;
insert into events values (50001, null, null, 'no date');
create index events_d on events (d);
create index events_kind on events (kind);
analyze events;
set enable_bitmapscan = off;
-- most of the table: a sequential scan
explain (costs off) select sum(id) from events where d >= date '2020-01-01' and d < date '2022-06-01';
explain (costs off) select sum(id) from events where d >= date '2020-02-01';
explain (costs off) select sum(id) from events where kind = 1;
explain (costs off) select sum(id) from events where d between '2020-01-10' and '2022-01-01' and kind = 0;
-- a few days: the index
explain (costs off) select sum(id) from events where d >= date '2020-03-01' and d < date '2020-03-03';
explain (costs off) select sum(id) from events where d = date '2020-03-01';
-- the same rows as through the index
select count(*), sum(id), min(d), max(d) from events where d >= date '2020-01-01' and d < date '2022-06-01';
select count(*), sum(id) from events where d >= date '2020-02-01';
select count(*), sum(id) from events where kind = 1;
select count(*), sum(id) from events where d between '2020-01-10' and '2022-01-01' and kind = 0;
select count(*), sum(id) from events where d >= date '2020-03-01' and d < date '2020-03-03';
select count(*), sum(id) from events where d = date '2020-03-01';
select count(*) from events where d is null or kind is null;
-- a date column against a timestamp bound
select count(*), sum(id) from events where d >= date '2020-01-01' and d < date '2020-01-01' + interval '2' year;
reset enable_bitmapscan;
drop table events;
