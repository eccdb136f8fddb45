-- equi-joins run as merge joins when enable_hashjoin is off (results; plan shapes in ExplainTest)
create table ma (i int, t text);
create table mb (x int, y int, u text);
insert into ma values (1, 'a'), (2, 'b'), (2, 'b2'), (3, 'c'), (null, 'n'), (5, 'e');
insert into mb values (2, 20, 'p'), (2, 21, 'q'), (3, 30, 'r'), (4, 40, 's'), (null, 0, 'z'), (6, 60, 'w');
set enable_hashjoin = off;
set enable_nestloop = off;
select * from ma join mb on i = x order by 1, 2, 3, 4;
select * from ma left join mb on i = x order by 1, 2, 3, 4;
select * from ma right join mb on i = x order by 1, 2, 3, 4;
select * from ma full join mb on i = x order by 1, 2, 3, 4;
select * from ma full join mb on i = x and y > 20 order by 1, 2, 3, 4;
select * from ma left join mb on i = x and u <> 'p' order by 1, 2, 3, 4;
select count(*) from generate_series(1, 5000) g join generate_series(1, 5000, 2) h on g = h;
select * from ma left join mb on i = x and i = y and x = i;
select ma.t, mb.u from ma left join mb on ma.i = coalesce(mb.x, 1) where coalesce(mb.x, 1) > 0 order by 1, 2;
-- inputs past work_mem: the sorts spill; many rows per key value
set work_mem = '64kB';
select count(*), sum(g), sum(h) from generate_series(1, 30000) g join (select h % 3000 as k, h from generate_series(1, 30000) h) s on g % 3000 = s.k;
select count(*), count(g), count(h) from generate_series(1, 20000) g full join generate_series(10000, 30000) h on g = h;
drop table ma, mb;
