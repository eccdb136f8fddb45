-- interval, time and timetz: input forms, output styles, arithmetic, functions
select interval '1 day 2 hours', interval '1 year 2 mons 3 days 04:05:06.7', '@ 3 days ago'::interval, '-1 days +02:03'::interval;
select '1-2'::interval, '3 4:05:06'::interval, '1.5 weeks'::interval, '1.5 years'::interval, '1.5 months'::interval, '5'::interval;
select 'P1Y2M3DT4H5M6S'::interval, 'P0001-02-03T04:05:06'::interval, 'PT0.5S'::interval, 'P1W'::interval;
select '1 millisecond'::interval, '10 microseconds'::interval, '1 decade 1 century'::interval, '-1 day -2:00'::interval;
select 'garbage'::interval;
select '1 day'::interval = '24 hours', '1 mon'::interval = '30 days', '1 mon'::interval > '29 days';
select interval '1 day' + interval '3 hours', interval '1 day' - interval '3 hours', -interval '1 day 2 hours',
       interval '1 hour' * 2.5, interval '1 day' / 3, 2 * interval '1 mon 1 day';
select interval '1 day' / 0;
select timestamp '2024-01-31 10:00' + interval '1 month', date '2024-02-29' + interval '1 year',
       timestamp '2024-03-01' - timestamp '2024-02-01 12:00';
select date '2024-01-01' - interval '1 day', time '10:00' + interval '3 hours', time '23:00' + interval '2 hours',
       time '10:00' - time '08:30', date '2024-05-01' + time '10:30';
select justify_hours(interval '27 hours'), justify_days(interval '35 days'), justify_interval(interval '1 mon -1 hour');
select extract(epoch from interval '1 day 2 hours'), extract(hour from interval '1 day 2 hours'),
       date_part('minute', interval '3 hours 5 minutes'), extract(second from interval '5.25 seconds'),
       extract(milliseconds from interval '5.25 seconds'), extract(year from interval '27 months'),
       extract(month from interval '27 months');
select extract(fortnight from interval '1 day');
select age(timestamp '2024-03-15', timestamp '2023-01-20'), age(timestamp '2023-01-20', timestamp '2024-03-15');
select make_interval(1, 2, 3, 4, 5, 6, 7.5), make_interval(), make_interval(0, 0, 0, 0, 0, 0, 1.25);
set intervalstyle = postgres_verbose;
select interval '1 year 2 mons 3 days 04:05:06.7', interval '-1 day 2 hours', interval '0', interval '-1 day -2 hours';
set intervalstyle = iso_8601;
select interval '1 year 2 mons 3 days 04:05:06.7', interval '-1 day 2 hours', interval '0';
set intervalstyle = sql_standard;
select interval '1 year 2 mons', interval '3 days 04:05:06.7', interval '-1 day 2 hours', interval '0', interval '-3 days -04:05';
select interval '1 day -2 hours';
set intervalstyle = nonsense;
reset intervalstyle;
select time '04:05:06.789', time '04:05 PM', time 'allballs', time '24:00:00', '2003-04-12 04:05:06'::time;
select '25:00'::time;
select 'noon'::time;
select timetz '04:05:06-08', timetz '04:05:06+05:30', '04:05:06 PST'::timetz;
select timetz '10:00+01' = timetz '09:00+00', timetz '10:00+01' < timetz '10:00+00';
select extract(hour from time '13:45:10.5'), extract(second from time '13:45:10.5'),
       extract(timezone_hour from timetz '10:00+05:30'), extract(epoch from time '01:00');
select interval '1 day' < interval '25 hours', max(x), min(x), sum(x), avg(x)
  from (values (interval '1 hour'), (interval '1 day')) v(x);
select array[interval '1 day', interval '2 hours'], '{10:00,11:00}'::time[];
select interval(2) '1.2345 seconds', '1.2345 seconds'::interval(1), time(1) '10:00:00.56', '10:00:00.56'::time(0);
create table durations (id int primary key, d interval, t time, tz timetz);
insert into durations values (1, '1 day', '10:00', '10:00+02'), (2, '25 hours', '09:00', '09:00+00'),
  (3, '-1 mon', '23:59:59.999999', '23:00-05'), (4, null, null, null);
select * from durations order by d, id;
select * from durations order by t desc nulls last;
select d, count(*) from durations group by d order by d;
select id, d + interval '1 hour', t + d from durations order by id;
select interval '999' second, interval '999' minute, interval '1' year, interval '2' month, interval '3' day, interval '4' hour;
select interval '1-2' year to month, interval '1 2' day to hour, interval '1 2:03:04' day to minute,
       interval '1 2:03:04.5678' day to second(2), interval '2:03' minute to second, interval '1 2:03' hour to minute;
select interval '1 2' day to second;
select '1.234'::interval second(1), '2 days 03:04:05'::interval hour to minute;
