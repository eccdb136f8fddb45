-- Defaults and generation expressions as pg_get_expr prints them: PostgreSQL stores them coerced to the
-- column type, and the pretty form (psql \d) parenthesizes an operator under that implicit cast
create table defcast_t (
  a numeric(5,1) default 1.5 * 2,
  b varchar(3) default 'ab',
  c varchar(3) default 'ab'::text,
  d int default 1 + 2,
  e bigint default 5,
  f bigint default 2 + 3,
  g numeric default 1,
  h numeric(5,1) default 1,
  i text default 'x' || 'y',
  j float8 default 1,
  k real default 1.5,
  l smallint default 1 + 1,
  m char(2) default 'a',
  n date default '2020-01-01',
  o timestamp default now(),
  p date default now(),
  q int default 1.5,
  r text default 5,
  s bigint default 3 - 1,
  t varchar default 'a' || 'b',
  u numeric(5,1) generated always as (d * 2) stored,
  v int[] default '{1}',
  w bool default 't',
  x interval default '1 day',
  y int default length('abc'),
  z bigint default length('abc')
);
select attname, pg_get_expr(adbin, adrelid) from pg_attrdef join pg_attribute on attrelid = adrelid and attnum = adnum where adrelid = 'defcast_t'::regclass order by adnum;
\d defcast_t
select column_name, column_default from information_schema.columns where table_name = 'defcast_t' order by ordinal_position;
drop table defcast_t;
create domain defcast_d as numeric(6,2);
create table defcast_dom (a defcast_d default 1.5 * 2, b int default 2 * 3, c varchar(5) generated always as ('x' || b) stored);
\d defcast_dom
drop table defcast_dom;
drop domain defcast_d;
