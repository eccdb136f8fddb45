-- Small relations take the pages PostgreSQL's would: psql's \dt+, \di+ and \ds+ print the same sizes.
create table t1 (id serial primary key, name text unique, n int check (n > 0) default 5);
insert into t1(name, n) select 'x' || g, g from generate_series(1, 100) g;
create table t2 (id int generated always as identity primary key, t1_id int references t1(id));
create table empty_t (a int);
create view v1 as select * from t1;
create sequence s1;
\dt+
\di+
\ds+
\dv+
\d+ t1
select pg_relation_size('t1'), pg_table_size('t1'), pg_total_relation_size('t1'), pg_indexes_size('t1'), pg_relation_size('t1_pkey'), pg_relation_size('empty_t'), pg_relation_size('s1');
create table ints (a int primary key, b bigint);
insert into ints select g, g from generate_series(1, 50) g;
create table vc (a varchar(10), b numeric(10,2), c char(5));
insert into vc values ('x', 1.5, 'y');
create table wide (a varchar(1000));
create table part (a int, b text) partition by range (a);
create table part_1 partition of part for values from (0) to (100);
insert into part values (1, 'a');
create materialized view mv as select * from ints;
create table trunc (a int);
insert into trunc values (1);
truncate trunc;
select relname, pg_relation_size(oid), pg_table_size(oid), pg_indexes_size(oid), pg_total_relation_size(oid)
  from pg_class where relname in ('ints','vc','wide','part','part_1','mv','trunc','ints_pkey') order by relname;
\dt+
\di+
