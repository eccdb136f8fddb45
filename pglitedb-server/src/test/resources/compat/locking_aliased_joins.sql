-- SELECT ... FOR UPDATE / SHARE with aliased joins (regress join.sql): OF names the tables inside one
-- but not a join itself (PostgreSQL: it cannot be applied to a join); without OF every table inside
-- is locked
create table lj1 (a int, b int);
create table lj2 (a int, x int);
create table lj3 (x int, y int);
insert into lj1 values (1, 10), (2, 20);
insert into lj2 values (1, 100), (3, 300);
insert into lj3 values (5, 6);
select lj1.*, lj2.*, unnamed_join.* from lj1 join lj2 on (lj1.a = lj2.a), lj3 as unnamed_join for update of unnamed_join;
select foo.*, unnamed_join.* from lj1 join lj2 using (a) as foo, lj3 as unnamed_join for update of unnamed_join;
select foo.*, unnamed_join.* from lj1 join lj2 using (a) as foo, lj3 as unnamed_join for update of foo;
select bar.*, unnamed_join.* from (lj1 join lj2 using (a) as foo) as bar, lj3 as unnamed_join for update of foo;
select bar.*, unnamed_join.* from (lj1 join lj2 using (a) as foo) as bar, lj3 as unnamed_join for update of bar;
select bar.*, unnamed_join.* from (lj1 join lj2 using (a) as foo) as bar, lj3 as unnamed_join for update;
select * from (lj1 join lj2 on lj1.a = lj2.a) as bar (p, q, r, s) order by 1 for share;
select bar from (lj1 left join lj2 on lj1.a = lj2.a) as bar for update;
select * from (lj1 join lj2 using (a)) as bar order by 1 for update of lj1;
select * from (lj1 join lj2 using (a)) as bar, lj3 order by 1 for update of lj1, lj3;
select * from (select * from generate_series(1, 2)) s order by 1 for update;
select * from (lj1 join generate_series(1, 2) g on true) as bar order by 1, 4 for update of g;
