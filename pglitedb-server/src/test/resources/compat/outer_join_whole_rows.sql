-- A whole-row reference (t, t.*) to the null-extended side of an outer join is NULL exactly in the
-- null-extended rows, whatever the table's columns (here all nullable, no primary key); a row of
-- real NULLs stays a row. A join alias's whole row is never NULL.
create table w1 (x int, y text);
create table w2 (x int, y text);
insert into w1 values (1, 'a'), (2, 'b'), (null, null);
insert into w2 values (1, 'a'), (null, null);
select w1, w2 from w1 left join w2 on w1.x = w2.x order by w1.x;
select w2 from w1 left join w2 on false order by 1;
select w1.x, count(w2.*) as stars, count(w2) as rows_ from w1 left join w2 on w1.x = w2.x group by w1.x order by 1;
select w1.x, w2 is null as is_null, w2 is not null as not_null, row_to_json(w2) from w1 left join w2 on w1.x = w2.x
  order by 1;
select count(*) filter (where w2 is null) as null_rows, count(w2) as rows_ from w2;
select w2, w1 from w1 right join w2 on w1.x = w2.x order by w2.x, w1.x;
select w1, w2 from w1 full join w2 on false order by w1.x, w2.x, row_to_json(w1)::text nulls first;
-- subqueries, VALUES and functions on the nullable side
select w1.x, s from w1 left join (select * from w2) s on w1.x = s.x order by 1;
select w1.x, s from w1 left join (select * from w2 offset 0) s on w1.x = s.x order by 1;
select w1.x, s from w1 left join (select x, case when y = 'a' then 'z' else y end as y from w2) s on w1.x = s.x
  order by 1;
select w1.x, v from w1 left join (values (1, null::int)) v (p, q) on w1.x = v.p order by 1;
select w1.x, f from w1 left join generate_series(1, 1) f on w1.x = f order by 1;
-- nested outer joins, and a join alias (never NULL)
select w1.x, w2, c from w1 left join (w2 left join w2 c on false) on w1.x = w2.x order by 1;
select w1.x, j from w1 left join (w2 join w2 c using (x)) j on w1.x = j.x order by 1;
select w1.x, u from w1 left join (w2 join w2 c using (x) as u) on w1.x = w2.x order by 1;
-- from subqueries and LATERAL items
select w1.x, (select w2 from (select 1) z) from w1 left join w2 on w1.x = w2.x order by 1;
select w1.x, (select count(*) from (select 1) z where w2 is null) from w1 left join w2 on w1.x = w2.x order by 1;
select w1.x, s.* from w1 left join w2 on w1.x = w2.x, lateral (select w2, w2 is null) s order by 1;
select w1.x, s.* from w1 left join w2 on w1.x = w2.x, lateral (select w2.*) s order by 1;
select (select w2.* from (select 1) z) from w1 left join w2 on w1.x = w2.x;
select * from w1 right join lateral (select w1) s on true;
select * from w1 full join lateral (select w1.*) s on true;
-- GROUP BY: the whole row as a key, or not grouped
select w1.x, w2 from w1 left join w2 on w1.x = w2.x group by w1.x, w2 order by 1;
select w1.x, w2 from w1 left join w2 on w1.x = w2.x group by w1.x, w2.x, w2.y order by 1;
-- regress join.sql: count(t2.*) over int8_tbl-like tables
create table q8 (q1 int8, q2 int8);
insert into q8 values (123, 456), (123, 4567890123456789), (4567890123456789, 123), (4567890123456789, 4567890123456789),
  (4567890123456789, -4567890123456789);
select t1.q2, count(t2.*) from q8 t1 left join q8 t2 on (t1.q2 = t2.q1) group by t1.q2 order by 1;
select t1.q2, count(t2.*) from q8 t1 left join (select * from q8) t2 on (t1.q2 = t2.q1) group by t1.q2 order by 1;
select t1.q2, count(t2.*) from q8 t1 left join (select q1, case when q2 = 1 then 1 else q2 end as q2 from q8) t2
  on (t1.q2 = t2.q1) group by t1.q2 order by 1;
