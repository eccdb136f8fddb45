-- ALTER INDEX ... RENAME TO (and ALTER TABLE of an index, ALTER INDEX of a table, as PostgreSQL allows)
create table ai (a int primary key, b int unique);
create index ai_x on ai (a);
alter index ai rename to ai2;
alter index ai2 rename to ai;
alter index ai_x rename to ai_y;
alter index ai_y rename to ai_b_key;
alter index ai_pkey rename to ai_pk;
alter index ai_b_key rename to ai_b_uq;
alter index if exists nope rename to nope2;
alter index nope rename to nope2;
alter table ai_y rename to ai_z;
\d ai
select conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'ai'::regclass order by 1;
select indexname, indexdef from pg_indexes where tablename = 'ai' order by 1;
insert into ai values (1, 1);
insert into ai values (1, 2);
insert into ai values (2, 1);
begin;
alter index ai_z rename to ai_rolled;
rollback;
\di ai*
drop index ai_z;
drop table ai;
