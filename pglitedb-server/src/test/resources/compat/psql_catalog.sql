-- pg_catalog relations and functions, and psql's meta-commands over them
create table customers (id serial primary key, email varchar(100) unique not null, age int check (age >= 0),
  created date default current_date);
create table orders (id bigint generated always as identity primary key,
  customer_id int references customers on delete cascade, note text);
create index orders_note_idx on orders (note desc);
create sequence invoice_no;
create schema billing;
create table billing.invoices (no int primary key, total numeric(10,2));
\dn
\dt
\di
\ds
\dt billing.*
\dt *.invoices
\di orders*
\df
\dT
\dv
\dm
\dc
select nspname from pg_namespace where nspname !~ '^pg_' order by 1;
select c.relname, c.relkind, n.nspname, c.relnatts, c.relhasindex, c.relchecks, c.relpersistence
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname in ('public', 'billing') order by 1;
select a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.atthasdef, a.attidentity
  from pg_attribute a where a.attrelid = 'customers'::regclass and a.attnum > 0 order by a.attnum;
select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
  where a.attrelid = 'orders'::regclass and a.attnum > 0 order by a.attnum;
select conname, contype, pg_get_constraintdef(oid) from pg_constraint
  where conrelid = 'customers'::regclass order by conname;
select conname, contype, confupdtype, confdeltype, confmatchtype, confrelid::regclass, pg_get_constraintdef(oid)
  from pg_constraint where conrelid = 'orders'::regclass order by conname;
select i.indexrelid::regclass, i.indrelid::regclass, i.indisunique, i.indisprimary, i.indnatts
  from pg_index i where i.indrelid in ('customers'::regclass, 'orders'::regclass) order by 1::text;
select pg_get_indexdef('orders_note_idx'::regclass), pg_get_indexdef('customers_pkey'::regclass);
select indexname, indexdef from pg_indexes where schemaname = 'billing';
select tablename, hasindexes, hastriggers from pg_tables where schemaname = 'public' order by 1;
select sequencename, data_type, start_value, increment_by, max_value from pg_sequences order by 1;
select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d where d.adrelid = 'customers'::regclass order by d.adnum;
select 'pg_class'::regclass, 'pg_catalog.pg_type'::regclass::oid, 'billing.invoices'::regclass;
select 'nosuch'::regclass;
select 'int4'::regtype, 'integer'::regtype::oid, 1043::regtype, 'pg_catalog'::regnamespace::oid;
select typname, typlen, typbyval, typtype, typcategory, typelem, typinput, typoutput
  from pg_type where typname in ('int4', 'text', 'bool', 'numeric', 'varchar', 'name', 'oid', 'char') order by 1;
select format_type('int4'::regtype, -1), format_type(1043, 24), format_type(1700, 655366), format_type(18, -1);
select pg_table_is_visible('customers'::regclass), pg_table_is_visible('billing.invoices'::regclass),
  pg_table_is_visible('pg_class'::regclass);
select rolname, rolsuper, rolcanlogin from pg_roles where rolname !~ '^pg_' order by 1;
select pg_get_userbyid(10), pg_encoding_to_char(6), quote_ident('a b'), quote_ident('select'), quote_ident('ok');
select pg_size_pretty(0::bigint), pg_size_pretty(10240::bigint), pg_size_pretty(123456789::bigint);
select amname from pg_am order by 1;
select datname = current_database(), pg_encoding_to_char(encoding) from pg_database where datname = current_database();
select count(*) > 0 from pg_proc where proname = 'lower';
select has_table_privilege('customers', 'select'), has_schema_privilege('billing', 'usage');
select c.relname from pg_class c where c.relname ~ '^cust' and c.relkind = 'r';
select relname from pg_class where relname OPERATOR(pg_catalog.~) '^(orders)$' COLLATE pg_catalog.default;
