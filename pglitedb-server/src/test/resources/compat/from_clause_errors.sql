-- A table name that no visible FROM item has: PostgreSQL tells a table out of reach, a table named
-- by its relation name while it has an alias, and a name nothing in the statement has apart
create table fa (i int, t text);
create table fb (i int, k int);
create table fc (x1 int, x2 int);
SELECT * FROM (fa JOIN fb USING (i)) AS x WHERE fa.t = 'one';
SELECT * FROM (fa JOIN fb USING (i) AS x) AS xx WHERE x.i = 1;
select i, g from fa a, (select a.i as g) ss;
select i, g from fa a cross join (select a.i as g) ss;
select fa.i from fa a;
select * from fa where nosuch.i = 1;
select * from (select * from fa) s where fa.i = 1;
select * from fa x join (fa x2 cross join fb y) j on x.i = y.k;
update fc set x2 = f from (select i as f from fa where i = fc.x1) ss;
delete from fc using (select * from fa where i = fc.x1) ss;
select fa.* from fa a;
select (select fa.i) from fa a;
drop table fa, fb, fc;
