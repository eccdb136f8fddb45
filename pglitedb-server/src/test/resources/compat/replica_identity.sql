-- ALTER TABLE ... REPLICA IDENTITY: pg_class.relreplident, pg_index.indisreplident, psql \d / \d+
create table ri_t (id int primary key, u int not null, n int, e int not null, p int not null, x int not null unique deferrable);
create unique index ri_u on ri_t (u);
create unique index ri_n on ri_t (n);
create index ri_nu on ri_t (e);
create unique index ri_e on ri_t ((e + 1));
create unique index ri_p on ri_t (p) where p > 0;
create table ri_o (id int primary key);
select relreplident from pg_class where relname = 'ri_t';
alter table ri_t replica identity full;
\d+ ri_t
select relreplident from pg_class where relname = 'ri_t';
alter table ri_t replica identity nothing;
select relreplident from pg_class where relname = 'ri_t';
\d+ ri_t
alter table ri_t replica identity using index ri_u;
select relreplident from pg_class where relname = 'ri_t';
select indexrelid::regclass::text as index, indisreplident from pg_index where indrelid = 'ri_t'::regclass order by 1;
\d ri_t
\d ri_u
-- indexes that cannot be the identity
alter table ri_t replica identity using index ri_n;
alter table ri_t replica identity using index ri_nu;
alter table ri_t replica identity using index ri_e;
alter table ri_t replica identity using index ri_p;
alter table ri_t replica identity using index ri_t_x_key;
alter table ri_t replica identity using index nosuch;
alter table ri_t replica identity using index ri_o_pkey;
alter table ri_t replica identity bogus;
alter table ri_t replica identity using index ri_t_pkey;
select indexrelid::regclass::text as index, indisreplident from pg_index where indrelid = 'ri_t'::regclass order by 1;
alter table ri_t replica identity default;
select relreplident from pg_class where relname = 'ri_t';
select indexrelid::regclass::text as index, indisreplident from pg_index where indrelid = 'ri_t'::regclass order by 1;
-- the index dropped: relreplident stays 'i', no index is the identity
alter table ri_t replica identity using index ri_u;
alter index ri_u rename to ri_u2;
\d ri_u2
drop index ri_u2;
select relreplident from pg_class where relname = 'ri_t';
\d+ ri_t
drop table ri_t, ri_o;
