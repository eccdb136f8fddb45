-- A parenthesised join whose first item is a parenthesised subquery, next to parenthesised queries.
create table i4 (f1 int);
insert into i4 values (0), (2), (4), (-2);
select * from ((select f1/2 as x from i4) ss1 join i4 on x = f1) j, lateral (select x) ss2(y) order by 1, 2;
select * from ((select 1 as a) union (select 2)) u order by a;
select * from ((select 1 as a)) u;
select * from (((select 1 as a) s1 join (select 1 as b) s2 on a = b)) j;
select count(*) from ((select f1 from i4 order by f1 limit 2)) t;
select * from ((values (1)) v(a) join (values (1)) w(b) on a = b);
