-- UNION / INTERSECT / EXCEPT [ALL], type resolution, ORDER BY / LIMIT; DISTINCT, DISTINCT ON
create table u1 (a int, b text);
create table u2 (a bigint, b text);
insert into u1 values (1, 'x'), (2, 'y'), (2, 'y'), (3, null), (null, 'z');
insert into u2 values (2, 'y'), (3, null), (3, null), (4, 'w');
select a, b from u1 union select a, b from u2 order by a nulls first, b;
select a, b from u1 union all select a, b from u2 order by 1, 2;
select a from u1 intersect select a from u2 order by 1;
select a from u1 intersect all select a from u2 order by 1;
select a, b from u1 intersect all select a, b from u2 order by 1;
select a from u1 except select a from u2 order by 1;
select a, b from u1 except all select a, b from u2 order by 1, 2;
select b from u1 except all select b from u2 order by 1;
select 1 as x union select 2 union select 1 order by x desc;
select 1 union all select 2 intersect select 2 order by 1;
(select 1 as n union select 2) union all (select 3) order by n limit 2 offset 1;
select 1 union select '2' order by 1;
select 'a' union select 'b' order by 1;
select 1.5 union select 2 order by 1;
select null union select 1 order by 1;
select a from u1 union select 10 order by a limit 3;
select * from (select a from u1 union select a from u2) s order by a;
select count(*) from (select b from u1 union select b from u2) s;
-- errors
select 1 union select 1, 2;
select 1 union select 'a'::text;
select 1 as a union select 2 order by a + 1;
select 1 union select 2 order by b;
-- DISTINCT and DISTINCT ON
select distinct b from u1 order by b;
select distinct on (a) a, b from u1 order by a, b desc;
select distinct on (b) b, a from u1 order by b nulls first, a desc;
select distinct on (a % 2) a % 2 as parity, a from u2 order by a % 2, a desc;
select distinct on (a) a, b from u1 order by b;
-- ORDER BY NULLS FIRST / LAST
select a from u1 order by a nulls first;
select a from u1 order by a desc nulls last;
