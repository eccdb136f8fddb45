-- Range types in the catalogs: pg_type, pg_range, format_type, psql's \dT and \d, information_schema
select oid, typname, typlen, typbyval, typtype, typcategory, typarray::regtype, typinput, typoutput, typreceive, typsend, typanalyze, typalign, typstorage
from pg_type where typtype = 'r' order by oid;
select t.oid, t.typname, t.typelem::regtype, t.typcategory from pg_type t where t.typelem in (select oid from pg_type where typtype = 'r') order by oid;
select rngtypid::regtype, rngsubtype::regtype, rngmultitypid, rngcollation, rngsubopc, rngcanonical, rngsubdiff from pg_range order by rngtypid;
select oid, typname from pg_type where oid in (3831, 5080) order by oid;
select format_type(3904, null), format_type(3913, null), 'tstzrange'::regtype::oid, '_int8range'::regtype, pg_typeof('[1,2)'::numrange);
\dT daterange
create type floatrange as range (subtype = float8, subtype_diff = float8mi);
create type textrange_c as range (subtype = text, collation = "C");
select typname, typtype, typcategory, typlen, typalign, typstorage, typinput, typoutput, typanalyze, (select typname from pg_type a where a.oid = t.typarray) as arr
from pg_type t where typname in ('floatrange', 'textrange_c') order by typname;
select typname, typelem::regtype, typcategory, typsubscript, typalign from pg_type where typname in ('_floatrange', '_textrange_c') order by typname;
select rngtypid::regtype, rngsubtype::regtype, rngcollation, rngsubopc, rngcanonical, rngsubdiff from pg_range where rngtypid::regtype::text in ('floatrange', 'textrange_c') order by 1;
select format_type('floatrange'::regtype, null), format_type('_textrange_c'::regtype, null);
\dT floatrange
create table range_cat_t (a int4range, b floatrange, c daterange[]);
\d range_cat_t
select column_name, data_type, udt_name from information_schema.columns where table_name = 'range_cat_t' order by ordinal_position;
select attname, atttypid::regtype from pg_attribute where attrelid = 'range_cat_t'::regclass and attnum > 0 order by attnum;
drop type floatrange;
drop table range_cat_t;
drop type floatrange;
drop type textrange_c;
-- errors of CREATE TYPE ... AS RANGE
create type bogus_range as range (subtype = float8, subtype_diff = float4mi);
create type bogus_range as range (foo = int4);
create type bogus_range as range (collation = "C");
create type bogus_range as range (subtype = int4, collation = "C");
create type bogus_range as range (subtype = int4, subtype = int4);
create type bogus_range as range (subtype = float8, canonical = float8mi);
create type bogus_range as range (subtype = nosuch);
create type int4range as range (subtype = int4);
create type public.int4range as range (subtype = int4);
select '[1,3]'::public.int4range, '[1,3]'::int4range, '[1,3]'::pg_catalog.int4range;
drop type public.int4range;
create type textrange_m as range (subtype = text, collation = "C");
create type floatrange_m as range (subtype = float8, multirange_type_name = float_mr);
select '{[a,c), [b,d)}'::textmultirange_m, textmultirange_m(textrange_m('a','b'), textrange_m('x','y')), range_agg(r) from (values (floatrange_m(1,2)), (floatrange_m(2,3))) v(r);
select pg_typeof('{}'::float_mr), '{[1,2)}'::float_mr @> 1.5::float8, array['{[1,2)}'::float_mr];
select typname, typtype, typcategory, typinput, typanalyze, typelem::regtype from pg_type where typname in ('textmultirange_m', '_textmultirange_m', 'float_mr', '_float_mr') order by typname;
select rngtypid::regtype, rngmultitypid::regtype from pg_range where rngtypid::regtype::text in ('textrange_m', 'floatrange_m') order by 1;
drop type textrange_m;
drop type floatrange_m;
select '{}'::float_mr;
