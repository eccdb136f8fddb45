-- RANGE offset PRECEDING/FOLLOWING over dates, times, timestamps, intervals and numbers with NaN and infinities.
create table wr (id int, d date, ts timestamp, tz timestamptz, t time, ttz timetz, iv interval,
                 n numeric, f float8, r real);
insert into wr values
  (1, '2020-01-01', '2020-01-01 10:00', '2020-01-01 10:00+00', '10:00', '10:00+01', '1 day', 1, 1, 1),
  (2, '2020-01-02', '2020-01-01 11:00', '2020-01-01 11:00+00', '11:00', '11:00+01', '2 days', 2.5, 2.5, 2.5),
  (3, '2020-01-05', '2020-01-03 10:00', '2020-01-03 10:00+00', '13:30', '13:30+01', '1 week', 'Infinity', 'Infinity', 'Infinity'),
  (4, '2020-02-01', '2020-02-01 00:00', '2020-02-01 00:00+00', '23:59', '23:59+01', '1 month', '-Infinity', '-Infinity', '-Infinity'),
  (5, null, null, null, null, null, null, 'NaN', 'NaN', 'NaN'),
  (6, '2020-01-02', '2020-01-01 11:00', '2020-01-01 11:00+00', '11:00', '11:00+01', '2 days', 2.5, 2.5, 2.5);
select id, d, sum(id) over (order by d range between '1 day' preceding and '3 days' following) from wr order by d, id;
select id, d, sum(id) over (order by d desc range between '1 day' preceding and current row) from wr order by d desc, id;
select id, d, count(*) over (order by d nulls first range between interval '1 month' preceding and '1 day' following) from wr order by d nulls first, id;
select id, ts, array_agg(id) over (order by ts range between '1 hour' preceding and '1 day' following) from wr order by ts, id;
select id, tz, first_value(id) over (order by tz desc range between '2 days' preceding and '1 hour' following) from wr order by tz desc, id;
select id, t, sum(id) over (order by t range between '1 hour' preceding and '2 hours' following) from wr order by t, id;
select id, t, sum(id) over (order by t range between '20 hours' preceding and '20 hours' following) from wr order by t, id;
select id, ttz, last_value(id) over (order by ttz desc range between '90 minutes' preceding and '90 minutes' following) from wr order by ttz desc, id;
select id, iv, sum(id) over (order by iv range between '1 day' preceding and '5 days' following) from wr order by iv, id;
select id, n, sum(id) over (order by n range between 1 preceding and 1 following) from wr order by n, id;
select id, n, sum(id) over (order by n range between 'Infinity' preceding and 'Infinity' following) from wr order by n, id;
select id, n, sum(id) over (order by n desc range between 1.5 preceding and current row) from wr order by n desc, id;
select id, f, sum(id) over (order by f range between 1 preceding and 1 following) from wr order by f, id;
select id, f, sum(id) over (order by f range between 'inf' preceding and 'inf' following) from wr order by f, id;
select id, f, sum(id) over (order by f range between current row and 'inf' following) from wr order by f, id;
select id, r, sum(id) over (order by r range between 1 preceding and 1.5::float8 following) from wr order by r, id;
select id, sum(id) over (order by id range between 2 preceding and 1 following) from wr order by id;
select id, sum(id) over (order by id::int2 desc range between 2::int8 preceding and 1 following) from wr order by id desc;
-- errors
select sum(id) over (order by d range between 1 preceding and current row) from wr;
select sum(id) over (order by n range between 1.5::float8 preceding and current row) from wr;
select sum(id) over (order by id::text range between 1 preceding and current row) from wr;
select sum(id) over (order by d, id range between '1 day' preceding and current row) from wr;
select sum(id) over (order by d range between '-1 day' preceding and current row) from wr;
select sum(id) over (order by n range between -1 preceding and current row) from wr;
select sum(id) over (order by n range between 'NaN' preceding and current row) from wr;
select sum(id) over (order by f range between 'NaN' preceding and current row) from wr;
select sum(id) over (order by t range between '-1 hour' preceding and current row) from wr;
select sum(id) over (order by id range between -1 preceding and current row) from wr;
select sum(id) over (order by id range between null preceding and current row) from wr;
drop table wr;
