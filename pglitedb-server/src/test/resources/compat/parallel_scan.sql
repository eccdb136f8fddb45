-- Scans of a table of a few MB, which PGLiteDB reads with a worker thread for the second half of
-- the key range (max_parallel_workers_per_gather > 0): the same rows as a serial scan, the
-- session's TimeZone in the workers' filters, own writes seen, DML and locking through them.
create table big (id int primary key, grp int, amount numeric(12,2), d date, note text);
insert into big select g, g % 7, (g % 1000) / 10.0, date '2020-01-01' + g % 400, repeat('x', 60)
  from generate_series(1, 40000) g;
select count(*), sum(amount), min(d), max(d) from big where grp = 3 and amount < 50;
select id, amount, d from big where amount = 99.9 and grp = 1 order by id;
select grp, count(*), sum(amount) from big where d between '2020-03-01' and '2020-06-30' group by grp order by grp;
select count(*) from big where note like 'x%' and id % 1000 in (1, 999);
select id from big where id > 39990 or id < 5 order by id;
select count(*) from big where amount is null or grp is distinct from grp;
-- date < timestamptz compares in the session's time zone, in every part of the scan
set timezone = 'America/New_York';
select count(*) from big where d < timestamptz '2020-01-02 03:00:00+00';
set timezone = 'UTC';
select count(*) from big where d < timestamptz '2020-01-02 03:00:00+00';
reset timezone;
-- an error raised by a row in the second half
select count(*) from big where 1 / (id - 39990) > 0;
select 1;
-- a transaction sees its own writes; DML and locking find every row
begin;
insert into big values (40001, 3, 1.5, '2021-01-01', 'new');
select count(*), sum(amount) from big where grp = 3 and amount < 50;
update big set amount = amount + 100 where grp = 5 and amount > 99;
select count(*), sum(amount) from big where grp = 5;
delete from big where id between 20000 and 20999;
select count(*) from big;
rollback;
begin;
select id from big where amount = 0.1 and grp = 1 order by id for update;
update big set note = 'changed' where amount = 0.2;
select count(*) from big where note = 'changed';
commit;
select count(*), min(id), max(id) from big where note = 'changed';
set max_parallel_workers_per_gather = 0;
select count(*), sum(amount), min(d), max(d) from big where grp = 3 and amount < 50;
reset max_parallel_workers_per_gather;
drop table big;
