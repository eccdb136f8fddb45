-- string_agg over bytea: values joined by a bytea delimiter, NULLs skipped.
select string_agg(a, '\x2c'::bytea) from (values ('\x01'::bytea), ('\x02'), (null)) v(a);
select string_agg(a::bytea, ',') from (values ('aa'), ('bb')) v(a);
select string_agg(a, b) from (values ('\xff'::bytea, '\x00'::bytea), ('\xee', null), ('\xdd', '\x11')) v(a, b);
select string_agg(x, ',' order by x desc) from (values ('a'), ('b')) v(x);
select string_agg(null::bytea, ',') is null;
