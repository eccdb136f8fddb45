-- psql's \d NAME over tables and indexes: columns, defaults, indexes, constraints
create schema s;
create table s.parent (id int primary key, code varchar(10) unique, ratio real not null default 1);
create table s.items (id bigint not null, qty int default 7 check (qty >= 0), note text, label varchar(20) default 'none', tags text[] default '{}', primary key (id));
create index items_note_idx on s.items (note desc nulls last, qty);
create unique index items_qty_idx on s.items (qty);
create table s.child (id bigint primary key, parent_id int references s.parent (id) on delete cascade,
  code varchar(10) references s.parent (code));
create table public.other (id int references s.parent);
\d s.parent
\d s.child
\d+ s.child
\d s.items
\d s.items_note_idx
\d s.parent_pkey
\di s.*
select indexrelid::regclass::text as index, indkey, indoption, indnatts from pg_index where indrelid = 's.items'::regclass order by 1;
select conname, contype, conkey from pg_constraint where conrelid = 's.parent'::regclass order by 1;
select pg_get_indexdef('s.items_note_idx'::regclass, 1, true), pg_get_indexdef('s.items_note_idx'::regclass, 2, true);
select pg_get_constraintdef(oid, true), pg_get_constraintdef(oid) from pg_constraint where contype = 'c' and conrelid = 's.items'::regclass;
select count(*) > 100 as many_relations from pg_class where relnamespace = 'pg_catalog'::regnamespace;
select * from pg_partition_ancestors('s.child') with ordinality;
select pg_partition_root('s.child') is null as no_root;
set search_path = s, public;
\d other
\d nosuchtable
