-- An equality with a constant carries through an inner join's ON equality to the other table, as
-- PostgreSQL's equivalence classes do (each table is read by key or index: ImpliedJoinEqualitiesTest
-- checks the plan); the rows stay the same.
create table cust (id int primary key, name text, region int);
create table ord (id int primary key, cust_id int, total numeric(10,2), note varchar(20));
create index ord_cust on ord (cust_id);
insert into cust select g, 'c' || g, g % 5 from generate_series(1, 2000) g;
insert into ord select g, 1 + g % 2000, g % 100, case when g % 3 = 0 then null else 'n' || g end
  from generate_series(1, 8000) g;
insert into ord values (8001, null, 1, 'no customer');
analyze cust;
analyze ord;
select c.name, o.id, o.total from cust c join ord o on o.cust_id = c.id where c.id = 42 order by o.id;
select count(*), sum(o.total) from ord o join cust c on c.id = o.cust_id where o.cust_id = 7;
-- through two joins
select count(*) from cust c join ord o on o.cust_id = c.id join ord o2 on o2.cust_id = o.cust_id where c.id = 9;
-- a parameter
prepare q(int) as select count(*), min(o.id) from cust c join ord o on o.cust_id = c.id where c.id = $1;
execute q(11);
execute q(null);
deallocate q;
-- columns of different types, NULLs, and outer joins are left as written
select count(*) from ord o join cust c on c.name = o.note where o.note = 'c5';
select count(*) from cust c join ord o on o.cust_id = c.id where c.id = null;
select count(*) from cust c left join ord o on o.cust_id = c.id where c.id = 42;
select count(*) from cust c left join ord o on o.cust_id = c.id and c.id = 42 where c.id < 3;
drop table ord;
drop table cust;
