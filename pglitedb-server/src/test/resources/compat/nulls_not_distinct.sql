-- UNIQUE ... NULLS NOT DISTINCT (PostgreSQL 15): NULL keys conflict like any other value
create table nd (i int, j int, constraint nd_u unique nulls not distinct (i), unique nulls distinct (j));
create unique index nd_ij on nd (i, j) nulls not distinct;
create index nd_x on nd (i) nulls not distinct;
create table nd2 (k int unique nulls not distinct);
\d nd
\d nd2
select indexrelid::regclass, indnullsnotdistinct from pg_index where indrelid = 'nd'::regclass order by 1;
select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'nd'::regclass order by conname;
select indexdef from pg_indexes where tablename = 'nd' order by 1;
insert into nd values (null, 1);
insert into nd values (null, 2);
insert into nd (j) values (null), (null);
insert into nd2 values (null), (null);
insert into nd values (1, null) on conflict (i) do nothing;
insert into nd values (null, 5) on conflict (i) do nothing;
insert into nd values (null, 5) on conflict (i) do update set j = 99;
select * from nd order by 1, 2;
\d nd_u
create table nd3 (a int, b int);
insert into nd3 values (1, null), (1, null);
alter table nd3 add constraint nd3_u unique nulls not distinct (a, b);
delete from nd3 where ctid = (select min(ctid) from nd3);
alter table nd3 add constraint nd3_u unique nulls not distinct (a, b);
insert into nd3 values (1, null);
insert into nd3 values (null, null);
insert into nd3 values (null, null);
create table nd4 (a int unique nulls not distinct deferrable initially deferred);
begin;
insert into nd4 values (null), (null);
commit;
drop table nd, nd2, nd3, nd4;
