-- CREATE UNLOGGED TABLE and ALTER TABLE SET LOGGED / UNLOGGED: pg_class.relpersistence, psql's "Unlogged table"
create unlogged table unl_t (id int primary key, v text);
create index unl_t_v on unl_t (v);
\d unl_t
select relname, relpersistence from pg_class where relname like 'unl_t%' order by 1;
alter table unl_t set logged;
select relname, relpersistence from pg_class where relname like 'unl_t%' order by 1;
\d unl_t
alter table unl_t set unlogged;
\d+ unl_t
create table unl_l (a int);
alter table unl_l set unlogged;
\d unl_l
create unlogged table unl_as as select 1 as x;
create unlogged table unl_like (like unl_l);
create unlogged table unl_p (a int) partition by list (a);
create table unl_p1 partition of unl_p for values in (1);
select relname, relpersistence from pg_class where relname like 'unl_%' order by 1;
select table_name, table_type from information_schema.tables where table_name like 'unl_%' order by 1;
-- errors
create unlogged view unl_v as select 1;
create unlogged materialized view unl_mv as select 1;
create temp table unl_temp (a int);
alter table unl_temp set unlogged;
alter table unl_nosuch set logged;
-- a serial column's sequence follows its table; foreign keys between logged and unlogged tables
create unlogged table unl_1 (f1 serial primary key, f2 text);
create unlogged table unl_2 (f1 serial primary key, f2 int references unl_1);
create unlogged table unl_3 (f1 serial primary key, f2 int references unl_3);
select relname, relkind, relpersistence from pg_class where relname ~ '^unl_[123]' order by relname;
alter table unl_3 set logged;
alter table unl_2 set logged;
alter table unl_1 set logged;
alter table unl_1 set logged;
select relname, relkind, relpersistence from pg_class where relname ~ '^unl_[123]' order by relname;
alter table unl_1 set unlogged;
alter table unl_2 set logged;
alter table unl_1 set unlogged;
select relname, relkind, relpersistence from pg_class where relname ~ '^unl_[123]' order by relname;
create table unl_4 (a int references unl_3);
alter table unl_3 set unlogged;
drop table unl_t, unl_l, unl_as, unl_like, unl_p, unl_temp, unl_4, unl_3, unl_2, unl_1;
