-- Window functions: ranking, offsets, values, aggregates over PARTITION BY / ORDER BY and frames
create table w (id int primary key, dept text, salary int, hired date);
insert into w values (1, 'eng', 100, '2020-01-01'), (2, 'eng', 120, '2019-05-01'), (3, 'eng', 120, '2021-03-01'),
  (4, 'ops', 90, '2018-07-01'), (5, 'ops', 95, '2022-01-01'), (6, 'hr', 70, '2020-06-01'), (7, 'eng', null, '2023-01-01');
select id, dept, salary, row_number() over (partition by dept order by salary desc nulls last, id) from w order by dept, 4;
select id, salary, rank() over (order by salary), dense_rank() over (order by salary) from w order by salary, id;
select id, dept, percent_rank() over (partition by dept order by salary), cume_dist() over (partition by dept order by salary)
  from w order by dept, salary, id;
select id, ntile(3) over (order by id) from w order by id;
select id, salary, lag(salary) over (order by id), lead(salary, 2) over (order by id),
  lag(salary, 1, 0) over (order by id) from w order by id;
select id, dept, first_value(id) over (partition by dept order by hired), last_value(id) over (partition by dept order by hired),
  nth_value(id, 2) over (partition by dept order by hired) from w order by id;
select id, dept, sum(salary) over (partition by dept), count(*) over (partition by dept), avg(salary) over (partition by dept)
  from w order by id;
select id, salary, sum(salary) over (order by salary), count(salary) over (order by salary) from w order by salary, id;
select id, sum(id) over (order by id rows between 1 preceding and 1 following),
  sum(id) over (order by id rows between unbounded preceding and current row),
  max(id) over (order by id rows between current row and unbounded following),
  last_value(id) over (order by id range between unbounded preceding and unbounded following)
  from w order by id;
select dept, sum(salary), rank() over (order by sum(salary) desc) from w group by dept order by 3;
select id, row_number() over w, sum(salary) over w from w window w as (partition by dept order by id) order by id;
select id, rank() over (order by dept), salary from w order by id;
select count(*) over () from w where dept = 'hr';
select id from (select id, row_number() over (order by salary desc nulls last) as rn from w) s where rn <= 3 order by id;
select id, salary, sum(salary) over (order by salary range between 10 preceding and 10 following),
  count(*) over (order by salary desc range between 5 preceding and current row) from w order by id;
select id, salary, sum(id) over (order by salary groups between 1 preceding and 1 following),
  first_value(salary) over (order by salary groups between 1 following and 2 following) from w order by id;
select id, dept, sum(id) over (order by dept rows between unbounded preceding and unbounded following exclude current row),
  sum(id) over (order by dept range between unbounded preceding and current row exclude group),
  sum(id) over (order by dept range between unbounded preceding and current row exclude ties),
  last_value(id) over (order by dept rows between unbounded preceding and unbounded following exclude current row)
  from w order by id;
-- errors
select id from w where row_number() over () > 1;
select lower(dept) over () from w;
select id, rank() over nope from w;
select sum(distinct id) over () from w;
