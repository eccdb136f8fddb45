-- A JOIN after comma-separated items whose LATERAL parts (subqueries, functions) read those items.
create table la (id int, v int);
create table lb (id int, w int);
insert into la values (1, 10), (2, 20), (3, 30);
insert into lb values (1, 100), (2, 200), (3, 300);
select count(*) from la a, lb b join lateral (values (a.id)) ss(x) on b.id = ss.x;
select a.id, b.id, ss.x from la a, lb b join lateral (values (a.id), (-1)) ss(x) on b.id = ss.x order by 1, 2;
select a.id, b.id, ss.z from la a, lb b left join lateral (select a.v from la y where y.id = 1) ss(z) on b.w = ss.z * 10 order by 1, 2;
select a.id, t.n from la a, lb b join generate_series(1, a.id) t(n) on t.n = b.id order by 1, 2;
select a.id, s.c from la a, lb b cross join lateral (select count(*) c from lb where lb.id <= a.id) s where b.id = 1 order by 1;
