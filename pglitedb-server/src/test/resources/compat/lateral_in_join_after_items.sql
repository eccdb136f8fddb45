-- A LATERAL item inside an explicit JOIN reads the comma-separated FROM items before the JOIN
-- (regress join.sql "lateral with VALUES"); ON conditions cannot, and a RIGHT/FULL join's LATERAL
-- side cannot read the join's left side (but may read the items before the JOIN).
create table la (x int, y int);
create table lb (x int, y int);
create table lc (x int);
insert into la values (1, 10), (2, 20);
insert into lb values (1, 100), (3, 300);
insert into lc values (1), (2);
select * from la, lb join lateral (values (la.x)) ss (v) on lb.x = ss.v order by 1, 2, 3;
select * from la, lb join lateral (values (la.x), (-1)) ss (v) on lb.x = ss.v order by 1, 2, 3;
select * from la, lb join lateral (values (la.x), (lb.x)) ss (v) on true order by 1, 2, 3, 4, 5;
select * from la, lb left join lateral (select la.x from lc) ss (z) on lb.x = ss.z order by 1, 2, 3, 4, 5;
select * from la, lb right join lateral (select la.x) ss (z) on true order by 1, 2, 3, 4;
select * from la, lb full join lateral (select la.x) ss (z) on true order by 1, 2, 3, 4;
select * from la, lateral (select la.x) ss (z) right join lb on true order by 1, 2, 3, 4;
select * from la, lateral (select la.x) ss (z) join lb on true order by 1, 2, 3, 4;
select * from la, (lb join lateral (select la.y + lb.y) ss (s) on true) order by 1, 2, 3;
select * from la, lb join generate_series(la.x, 2) g on true order by 1, 2, 3, 4, 5;
select * from la, lb join lc on true join lateral (select la.x + lc.x) ss (s) on true order by 1, 2, 3, 4, 5, 6;
select * from la, lb full join lc on true join lateral (select la.x) ss (s) on true order by 1, 2, 3, 4, 5, 6;
select * from la, lb full join (lc join lateral (select la.x) ss (s) on true) on true order by 1, 2, 3, 4, 5, 6;
select * from la, lb join lateral (select la.x, lb.x) ss (p, q) on ss.p = lb.x order by 1, 2;
select la.x, j.* from la, (lb join lateral (select la.y) ss (s) on true) j order by 1, 2, 3;
select la.x, ss.* from la left join lateral (select * from lb, lc join lateral (select la.x, lb.x) s2 (p, q) on true) ss
  on true order by 1, 2, 3, 4, 5, 6;
select (select count(*) from lb right join lateral (select la.x) s on true) from la order by 1;
-- errors
select * from la, lb join lc on lc.x = la.x;
select * from la, lb right join lateral (select lb.x) ss (z) on true;
select * from la, lb full join lateral (select la.x + lb.x) ss (z) on true;
select * from la, lb join lateral (select 1) ss (z) on la.x = ss.z;
select 1 from la, lateral (select max(la.x) from lb) ss;
