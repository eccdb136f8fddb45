-- privileges as the catalogs show them: relacl, attacl, datacl (aclitem[]), psql's \dp and \l
create role acl_alice;
create role "Acl Bob";
create schema s;
create table s.t (a int, b text);
create sequence s.q;
create view s.v as select a from s.t;
\dp s.*
grant select, insert on s.t to acl_alice with grant option;
grant update (b) on s.t to "Acl Bob";
grant usage on sequence s.q to public;
grant select on s.v to acl_alice;
\dp s.*
\l postgres
\l template1
select relname, relacl from pg_class where relnamespace = 's'::regnamespace order by 1;
select attname, attacl from pg_attribute where attrelid = 's.t'::regclass and attnum > 0 order by attnum;
select 'acl_alice=r/postgres'::aclitem, pg_typeof(relacl) from pg_class where oid = 's.t'::regclass;
revoke all on s.t from acl_alice cascade;
select relacl from pg_class where oid = 's.t'::regclass;
create database acl_db;
\dn+
\l acl_db
grant usage on schema s to acl_alice;
grant create on schema public to acl_alice;
grant connect on database acl_db to acl_alice;
\dn+
\l acl_db
select nspname, nspacl from pg_namespace where nspname in ('public', 'pg_catalog', 's') order by 1;
revoke create on schema public from acl_alice;
drop database acl_db;
drop schema s cascade;
drop role acl_alice;
drop role "Acl Bob";
