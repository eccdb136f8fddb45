-- window functions over partitions bigger than work_mem: the sort and the partition's rows go to
-- temporary files; the answers stay PostgreSQL's
set work_mem = '64kB';
create table ws (id int primary key, grp int, v numeric, t text);
insert into ws select g, case when g % 7 = 0 then null else g % 5 end, (g * 37) % 1001 / 10.0, 'row ' || (g * 13) % 9973
  from generate_series(1, 30000) g;
select count(*), sum(r), sum(s), max(l), sum(n) from (
  select row_number() over (order by id desc) r,
         sum(id) over (order by id rows between 2 preceding and current row) s,
         lag(id, 3) over (order by id) l,
         ntile(7) over (order by id) n
  from ws) x;
select grp, count(*), sum(x), sum(f), min(c), max(c), round(sum(p)::numeric, 6) from (
  select grp, sum(v) over (partition by grp order by id) x,
         last_value(id) over (partition by grp order by id desc range between unbounded preceding and unbounded following) f,
         count(*) over (partition by id / 1000) c,
         percent_rank() over (partition by grp order by v) p
  from ws) y group by grp order by grp;
select id, t, lead(id, 10000) over (order by id), first_value(t) over (order by id desc rows between 5 preceding and 5 following),
       nth_value(t, 3) over (order by id rows between current row and 4 following)
  from ws order by id desc limit 5;
select id, sum(v) over (order by v, id range between unbounded preceding and current row),
       avg(v) over (order by id groups between 2 preceding and 1 following exclude current row),
       string_agg(t, ',') over (order by id rows between 1 preceding and 1 following)
  from ws where id % 1000 < 3 order by id;
select sum(d), max(d) from (select v - lag(v) over (partition by grp order by id) d from ws) z;
select count(*), max(rk), max(dr), sum(cd) from (select rank() over w rk, dense_rank() over w dr, cume_dist() over w cd
  from ws window w as (partition by grp order by v)) q;
