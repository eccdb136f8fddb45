-- Joins: INNER/LEFT/RIGHT/FULL/CROSS, ON, USING, NATURAL, aliases, subqueries and VALUES in FROM, LATERAL
create table j1 (id int primary key, name text, grp int);
create table j2 (id int, j1_id int, val numeric(6,2), name text);
insert into j1 values (1, 'one', 10), (2, 'two', 10), (3, 'three', 20), (4, 'four', null);
insert into j2 values (1, 1, 1.50, 'a'), (2, 1, 2.25, 'b'), (3, 3, 9.00, 'c'), (4, 5, 0.10, 'd'), (5, null, 7.00, 'e');
select * from j1 join j2 on j1.id = j2.j1_id order by j1.id, j2.id;
select j1.name, j2.val from j1 inner join j2 on j2.j1_id = j1.id and j2.val > 2 order by 1, 2;
select j1.id, j2.id from j1 left join j2 on j1.id = j2.j1_id order by 1, 2;
select j1.id, j2.id from j1 left outer join j2 on j1.id = j2.j1_id where j2.id is null order by 1;
select j1.id, j2.id from j1 right join j2 on j1.id = j2.j1_id order by 2, 1;
select j1.id, j2.id from j1 full join j2 on j1.id = j2.j1_id order by 1 nulls first, 2;
select j1.id, j2.id from j1 full outer join j2 on j1.id = j2.j1_id and j1.grp = 10 order by 1, 2;
select count(*) from j1 cross join j2;
select a.id, b.id from j1 a, j1 b where a.id < b.id order by 1, 2;
select j1.id, j2.id from j1 join j2 on j1.id < j2.id order by 1, 2;
select j1.id, j2.id from j1 left join j2 on j1.id = j2.j1_id and j2.val > 5 order by 1, 2;
-- USING and NATURAL: merged columns come first in SELECT *
select * from j1 join j2 using (id) order by id;
select * from j1 left join j2 using (id, name) order by id;
select * from j1 full join j2 using (id) order by id;
select id, j1.name, j2.name from j1 right join j2 using (id) order by id;
select * from j1 natural join j2;
select * from j1 natural left join j2 order by id;
select j1.* from j1 join j2 using (id) order by 1;
select * from (j1 join j2 using (id)) as j where j.id > 2 order by 1;
select x.* from (j1 join j2 on j1.id = j2.j1_id) as x(a, b, c, d, e, f, g) order by a, d;
-- table and column aliases
select t.a, t.b from j1 as t(a, b) order by t.a;
select t.a, t.grp from j1 t(a) where t.a > 2 order by 1;
-- three-way and parenthesised joins
select a.id, b.id, c.id from j1 a join j2 b on a.id = b.j1_id join j1 c on c.id = b.id order by 1, 2, 3;
select a.id, b.id, c.id from j1 a left join (j2 b join j1 c on c.id = b.id) on a.id = b.j1_id order by 1, 2, 3;
select a.id, b.id, c.grp from j1 a join j2 b join j1 c on c.id = b.id on a.id = b.j1_id order by 1, 2;
-- subqueries and VALUES in FROM
select s.g, s.n from (select grp as g, count(*) as n from j1 group by grp) s order by s.g;
select * from (values (1, 'x'), (2, 'y')) as v(num, letter) order by num;
select * from (values (1, 'x'), (2, 'y')) v order by column1 desc;
select v.num, j1.name from (values (1), (3), (9)) v(num) left join j1 on j1.id = v.num order by v.num;
values (1, 'a'), (2, 'b'), (3, null) order by 1 desc;
values (1, 2.5), (2, 3);
select * from j1 where id in (select j1_id from j2) order by id;
-- LATERAL
select j1.id, s.total from j1, lateral (select sum(val) as total from j2 where j2.j1_id = j1.id) s order by 1;
select j1.id, s.v from j1 left join lateral (select val as v from j2 where j2.j1_id = j1.id order by val desc limit 1) s on true order by 1;
select g, sq.x from generate_series(1, 3) g, lateral (select g * 10 as x) sq;
-- errors
select * from j1 join j2 on id = j1_id;
select * from j1, j1;
select * from j1 join j1 on true;
select * from j1 join j2 using (nope);
select * from j1 t(a, b, c, d);
select * from (select 1);
select * from (values (1));
select no_such.id from j1;
select * from j1 join j2;
select * from j1 natural join j2 on true;
select j.id, j1.name from j1 join j2 using (id) as j order by j.id using >;
select * from j1 full join j2 using (id) as j where j.id < 3 order by j.id using <;
