-- A column that does not exist: PostgreSQL's hint of the closest column(s) of the ranges in reach
create table ch_1(a int, x int); create table ch_3(x int, unique1 int); create table ch_2(unique1 int, two int);
select ch_1.y from ch_1 join ch_3 on (ch_1.a = ch_3.x);
select ch_1.uunique1 from ch_3 ch_1 join ch_2 on ch_1.x = ch_2.two;
select uunique1 from ch_3 t1 join ch_2 t2 on t1.x = t2.two;
select t1.uunique1 from ch_3 t1 join ch_2 t2 on t1.x = t2.two;
select t3.unique1 from ch_3 t1 join ch_2 t2 on t1.x = t2.two;
select aa from ch_1;
select * from ch_1 where exists (select 1 from ch_2 where ch_2.two = ch_1.xx);
select * from ch_1 where exists (select 1 from ch_2 where two = xx);
select uniq1 from ch_2;
select unique1x from ch_3, ch_2, ch_2 h4;
select t from ch_1;
drop table ch_1, ch_2, ch_3;
