-- Indexes of partitioned tables (relkind I): CREATE INDEX creates one on each partition, new and
-- attached partitions get them (an attached table's own equal index is reused), DROP INDEX drops them
create table pt (id int, v text, w int) partition by range (id);
create table pt1 partition of pt for values from (0) to (10);
create table pt2 partition of pt for values from (10) to (20) partition by list (w);
create table pt21 partition of pt2 for values in (1, 2);
create index pt_v on pt (v);
create index on pt (lower(v)) where w > 0;
create table pt3 partition of pt for values from (20) to (30);
create table pt4 (w int, v text, id int);
create index pt4_own on pt4 (v);
alter table pt attach partition pt4 for values from (30) to (40);
select c.relname, c.relkind, i.indrelid::regclass from pg_class c join pg_index i on i.indexrelid = c.oid where c.relname like 'pt%' order by 1;
select inhrelid::regclass, inhparent::regclass from pg_inherits where inhparent::regclass::text like 'pt%' order by 1, 2;
select relname, relfilenode <> 0 as stored from pg_class where relname in ('pt_v', 'pt1_v_idx', 'pt2_v_idx') order by 1;
\d pt1
\d pt4
\di pt*
\dPi
\dP pt*
insert into pt select g, 'v' || g, 1 from generate_series(0, 39) g;
select * from pt1 where v = 'v3';
select * from pt where v = 'v13';
drop index pt1_v_idx;
drop index pt21_v_idx;
drop index pt_v;
select c.relname from pg_class c where c.relname like 'pt%' and c.relkind in ('i', 'I') order by 1;
drop table pt;
create table pk_p (id int primary key, v text) partition by range (id);
create table pk_p1 partition of pk_p for values from (0) to (10);
create unique index pk_p_uv on pk_p (id, v);
select c.relname, c.relkind, c.relispartition from pg_class c where c.relname like 'pk_p%' and c.relkind in ('i', 'I') order by 1;
select inhrelid::regclass, inhparent::regclass from pg_inherits where inhparent::regclass::text like 'pk_p%' order by inhrelid::regclass::text;
insert into pk_p values (1, 'a');
insert into pk_p values (1, 'a');
\d pk_p1
drop table pk_p;
