-- CREATE TABLE ... WITH (storage parameters): checked like ALTER TABLE SET, kept in pg_class.reloptions,
-- shown by psql's \d+ and written back by pg_dump's catalog query
create table roc (a int primary key, b int) with (fillfactor = 70, autovacuum_enabled = false, parallel_workers = 2);
select relname, reloptions from pg_class where relname = 'roc';
alter table roc set (fillfactor = 80);
alter table roc reset (parallel_workers);
select reloptions from pg_class where relname = 'roc';
\d+ roc
-- pg_dump's query of a table's options (array_remove takes out a view's check_option)
select c.relname, array_remove(array_remove(c.reloptions, 'check_option=local'), 'check_option=cascaded') as reloptions
from pg_catalog.pg_class c
where c.relkind operator(pg_catalog.=) any (array['r', 'S', 'v', 'm', 'f', 'p']) and c.relname = 'roc';
select * from pg_options_to_table((select reloptions from pg_class where relname = 'roc'));
-- the same errors as ALTER TABLE SET, before the name is found taken
create table roc (a int) with (fillfactor = 5);
create table roc (a int) with (nosuch = 1);
create table if not exists roc (a int) with (fillfactor = 5);
create table ro2 (a int) with (fillfactor = 5);
create table ro2 (a int) with (fillfactor = 'abc');
create table ro5 (a int) with (autovacuum_enabled);
select reloptions from pg_class where relname = 'ro5';
create table ro2 (a int) with (fillfactor);
create table ro2 (a int) with (fillfactor = 50, fillfactor = 60);
create table ro2 (a int) with (foo.bar = 1);
create table ro2 (a int) with (vacuum_index_cleanup = maybe);
-- WITH OIDS is gone; oids = false is accepted and not kept
create table ro2 (a int) with (oids = true);
create table ro2 (a int) with (oids);
create table ro2 (a int) with (oids = false, fillfactor = 90);
select reloptions from pg_class where relname = 'ro2';
create table ro3 (a int) with (oids = false);
select reloptions is null as none from pg_class where relname = 'ro3';
-- a partitioned table takes none; its partitions do
create table rop (a int) partition by range (a) with (fillfactor = 50);
create table rop (a int) partition by range (a);
create table rop1 partition of rop for values from (0) to (10) with (fillfactor = 40);
select relname, reloptions from pg_class where relname in ('rop', 'rop1') order by 1;
-- a temporary table, with ON COMMIT after the options
create temp table rot (a int) with (autovacuum_enabled = off) on commit delete rows;
select reloptions from pg_class where relname = 'rot';
-- a value as any case and sign
create table ro4 (a int) with (autovacuum_enabled = 'OFF', fillfactor = +60, autovacuum_vacuum_scale_factor = 0.5);
select reloptions from pg_class where relname = 'ro4';
-- CREATE TABLE AS takes them too
create table roas with (fillfactor = 65, autovacuum_enabled = false) as select 1 as a;
select relname, reloptions from pg_class where relname = 'roas';
create table roas with (fillfactor = 5) as select 1 as a;
create table if not exists roas with (fillfactor = 5) as select 1 as a;
create table roas2 with (nosuch = 1) as select 1 as a;
create table roas2 with (oids = false) as select 1 as a;
select reloptions is null as none from pg_class where relname = 'roas2';
drop table roc, ro2, ro3, ro4, ro5, rop, rot, roas, roas2;
