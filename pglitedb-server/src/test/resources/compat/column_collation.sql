-- COLLATE on columns: pg_attribute.attcollation, psql's Collation column, information_schema
-- (every collation here compares in C order, like the database's own: datcollate is C)
select datcollate, datctype from pg_database where datname = current_database();
create table coll_t (a text collate "C", b varchar(10) collate "POSIX", c text collate "default", d text, e int,
  f char(3) collate ucs_basic, n name collate "default", arr text[] collate "C");
alter table coll_t add column g text collate pg_catalog."C";
alter table coll_t alter column d type varchar(20) collate "POSIX";
\d coll_t
select attname, attcollation from pg_attribute where attrelid = 'coll_t'::regclass and attnum > 0 order by attnum;
select column_name, collation_schema, collation_name from information_schema.columns where table_name = 'coll_t' order by ordinal_position;
create index coll_t_a on coll_t (a);
select attname, attcollation from pg_attribute where attrelid = 'coll_t_a'::regclass;
create index coll_t_multi on coll_t (e, b, (c || 'x'), n);
select indexrelid::regclass::text as index, indcollation from pg_index where indrelid = 'coll_t'::regclass order by 1;
-- errors: no such collation, a type without collations
create table coll_bad (a text collate "xx");
create table coll_bad (a text collate C);
create table coll_bad (a int collate "C");
alter table coll_t add column h int collate "C";
alter table coll_t alter column e type bigint collate "C";
-- ALTER COLUMN TYPE without COLLATE takes the new type's collation
alter table coll_t alter column a type text;
-- LIKE and INHERITS keep the collation
create table coll_like (like coll_t);
create table coll_child () inherits (coll_t);
\d coll_like
select attname, attcollation from pg_attribute where attrelid = 'coll_child'::regclass and attnum > 0 order by attnum;
insert into coll_t (a, b, d, g) values ('b', 'B', 'a', 'b'), ('a', 'A', 'b', 'a'), ('B', 'a', 'B', 'B');
select b from coll_t order by b;
select g from coll_t where g < 'a' order by 1;
select g, d from coll_t order by g collate "POSIX" desc;
-- a column merged with an inherited one must have its collation
create table coll_parent (c text collate "C", d text);
create table coll_kid (c text collate "POSIX") inherits (coll_parent);
create table coll_kid (c text) inherits (coll_parent);
create table coll_kid (d text collate "C") inherits (coll_parent);
create table coll_kid (c text collate "C", d text collate "default") inherits (coll_parent);
\d coll_kid
drop table coll_kid, coll_parent;
drop table coll_child, coll_like, coll_t;
