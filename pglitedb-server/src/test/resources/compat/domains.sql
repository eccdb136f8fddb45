-- CREATE / ALTER / DROP DOMAIN: constraints enforced on INSERT, UPDATE, defaults and casts; catalogs and psql
create domain posint as int default 42 constraint pos check (value > 0) not null;
create domain str5 as varchar(5) check (value <> 'bad') check (length(value) > 1);
create domain dt as text default 'abc';
create domain posint as int;
create table t (a posint, b str5, c dt);
\d t
\dD
insert into t(b) values ('ok');
insert into t values (-1, 'xx');
insert into t values (null, 'xx');
insert into t values (1, 'bad');
insert into t values (1, 'b');
insert into t values (1, 'toolongvalue');
select -5::posint;
select (-5)::posint;
select null::posint;
select 3::posint + 1;
select 'abc'::str5, 'a'::str5;
select * from t;
update t set a = 0;
update t set a = 5;
insert into t default values;
select * from t order by a;
select typname, typtype, typbasetype::regtype, typtypmod, typnotnull, typdefault, typcategory, typlen, typalign, typstorage
  from pg_type where typname in ('posint', 'str5', 'dt') order by typname;
select a.typname, e.typname as elem from pg_type a join pg_type e on a.typelem = e.oid where e.typname = 'posint';
select conname, contype, contypid::regtype, conrelid, convalidated, pg_get_constraintdef(oid), pg_get_constraintdef(oid, true)
  from pg_constraint where contypid <> 0 and contypid::regtype::text in ('posint', 'str5') order by conname;
select format_type('posint'::regtype, -1), 'str5'::regtype;
select a.attname, a.atttypid::regtype, a.atttypmod, format_type(a.atttypid, a.atttypmod)
  from pg_attribute a where attrelid = 't'::regclass and attnum > 0 order by attnum;
select column_name, data_type, domain_name from information_schema.columns where table_name = 't' order by ordinal_position;
-- ALTER DOMAIN
create domain nn as text not null;
create table t2 (a posint, b nn);
insert into t2 default values;
insert into t2 values (5, 'x');
alter domain posint add constraint small check (value < 10);
alter domain posint add constraint big check (value > 100);
alter domain posint add constraint small2 check (value < 3) not valid;
select conname, convalidated, pg_get_constraintdef(oid) from pg_constraint where contypid = 'posint'::regtype order by conname;
alter domain posint drop constraint small2;
alter domain posint drop constraint if exists nosuch;
alter domain posint drop constraint nosuch;
alter domain posint add constraint pos check (value > 0);
insert into t2 values (11, 'y');
alter domain posint drop not null;
insert into t2 values (null, 'z');
alter domain posint set not null;
delete from t2 where a is null;
alter domain posint set not null;
alter domain posint set default 7;
alter domain posint rename constraint small to lt10;
insert into t2 (b) values ('d');
select * from t2 order by a;
\dD
alter domain nn rename to nn2;
alter domain str5 drop default;
alter domain nosuch set default 1;
-- DROP DOMAIN
drop domain posint;
drop domain if exists nosuch;
drop domain nosuch;
create type mood as enum ('a');
drop domain mood;
drop table t2;
drop table t;
drop domain posint, nn2;
drop type dt;
\dD
create domain dd as numeric(5,2) check (value > 0);
select 3.14159::dd, -1::dd;
select (-1)::dd;
select typname, typtypmod, format_type(typbasetype, typtypmod) from pg_type where typname = 'dd';
create table t3 (x dd);
begin;
alter domain dd add constraint lt5 check (value < 5);
insert into t3 values (6);
rollback;
insert into t3 values (6);
select * from t3;
