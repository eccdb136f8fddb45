-- CREATE INDEX ... INCLUDE, UNIQUE (...) INCLUDE (...) and USING hash: catalogs, psql, errors
create table inc (a int, b text, c int, d date, constraint inc_u unique (a) include (b, d));
create index inc_i on inc (c desc) include (a, b);
create unique index inc_ui on inc (c, a) include (d) where c > 0;
select conname, conkey, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'inc'::regclass;
select indexrelid::regclass, indnatts, indnkeyatts, indkey, indoption, indclass::text <> '' from pg_index where indrelid = 'inc'::regclass order by 1;
select indexdef from pg_indexes where tablename = 'inc' order by 1;
select pg_get_indexdef('inc_i'::regclass, 2, true), pg_get_indexdef('inc_i'::regclass, 3, true);
\d inc
\d inc_i
\d inc_u
insert into inc values (1, 'x', 1, null), (2, 'x', 1, null);
insert into inc values (1, 'y', 2, null);
create index on inc (a) include (a);
create index on inc (a) include (lower(b));
create index on inc (a) include (b desc);
create index on inc (a) include (zz);
create index inc_h on inc using hash (b);
create unique index on inc using hash (b);
create index on inc using hash (a, b);
create index on inc using hash (a desc);
create index on inc using hash (a) include (b);
\d inc_h
select amname from pg_am a join pg_class c on c.relam = a.oid where c.relname = 'inc_h';
alter table inc drop column b;
\d inc
create table inc2 (k int, v text, w int);
alter table inc2 add unique (k) include (v, w);
create unique index on inc2 (w) include (k);
\d inc2
create table inc3 (k int primary key include (v), v text);
create table inc4 (k int, v text, unique (k) include (nope));
create table inc5 (k int unique include (v), v text);
insert into inc2 values (1, 'a', 1), (2, 'a', 2);
insert into inc2 values (1, 'b', 3);
create table hh (a int primary key, b text);
insert into hh select g, 'v' || g from generate_series(1, 2000) g;
create index hh_b on hh using hash (b);
analyze hh;
-- a hash index answers equality only
explain (costs off) select * from hh where b = 'v5';
explain (costs off) select * from hh where b > 'v5';
select * from hh where b = 'v5';
select * from hh where b > 'v997' order by b;
drop table inc, inc2, hh;
