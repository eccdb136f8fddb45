-- Range operators and functions (PostgreSQL 15 docs 9.20), over built-in and user-defined range types
select int4range(1,5) = '[1,4]', int4range(1,5) <> int4range(1,6), numrange(1,2) < numrange(1,3), numrange(1,2,'[]') > numrange(1,2);
select 'empty'::int4range < '(,)'::int4range, '(,)'::int4range < '[-1000,1000]'::int4range, '[1,)'::int4range > '[1,5)';
select int4range(2,4) <= int4range(2,4), int4range(2,4) >= int4range(3,4), range_cmp(int4range(1,2), int4range(1,3));
-- containment of ranges and elements
select int4range(2,4) @> int4range(2,3), int4range(2,4) @> int4range(3,5), int4range(2,4) @> 'empty', 'empty'::int4range @> 'empty'::int4range;
select numrange(1,10) @> 5.5, 10.0 <@ numrange(1,10), 10.0 <@ numrange(1,10,'[]'), '(,)'::numrange @> 0::numeric;
select daterange('2020-01-01','2020-02-01') @> '2020-01-31'::date, '2020-02-01'::date <@ daterange('2020-01-01','2020-02-01');
select tstzrange('2020-01-01 00:00+00', null) @> '2030-01-01 00:00+00'::timestamptz;
select int4range(1,5) <@ int4range(0,10), int4range(1,5) <@ 'empty', 'empty'::int4range <@ int4range(1,2);
-- overlap, position, adjacency
select int4range(1,5) && int4range(5,10), int4range(1,5) && int4range(4,10), numrange(1,5,'[]') && numrange(5,10);
select int4range(1,5) << int4range(5,10), int4range(1,5) >> int4range(-5,1), int4range(1,5) &< int4range(0,5), int4range(1,5) &> int4range(1,2);
select numrange(1,2) << 'empty', 'empty'::numrange &< numrange(1,2);
select int4range(1,5) -|- int4range(5,10), numrange(1,5) -|- numrange(5,10,'(]'), numrange(1,5,'[]') -|- numrange(5,10,'(]'), int4range(1,5) -|- int4range(6,10);
select daterange('2020-01-01','2020-01-05','[]') -|- daterange('2020-01-06', null);
-- union, intersection, difference
select int4range(1,5) + int4range(3,8), int4range(1,5) + int4range(5,8), numrange(1,2) + 'empty', int4range(1,5) * int4range(3,8), int4range(1,5) * int4range(6,8);
select int4range(1,10) - int4range(5,20), int4range(1,10) - int4range(-5,3), int4range(1,10) - int4range(-5,20), int4range(1,10) - int4range(20,30);
select numrange(1,10,'[]') - numrange(5,10), numrange(1,10) - numrange(1,5,'[]');
select numrange(1,2) + numrange(3,4);
select int4range(1,10) - int4range(4,5);
select range_merge(int4range(1,2), int4range(5,6)), range_merge('empty'::numrange, numrange(1,2));
-- accessors
select lower(r), upper(r), isempty(r), lower_inc(r), upper_inc(r), lower_inf(r), upper_inf(r)
from (values ('[1.5,2.5)'::numrange), ('(,3]'), ('empty'), ('(-1,)'), ('[2,2]')) v(r);
select lower(daterange('-infinity', 'infinity', '[]')), upper_inf(daterange('-infinity', 'infinity', '[]')), lower_inf(daterange(null, '2020-01-01'));
-- the functions behind the operators
select range_contains(int4range(1,5), int4range(2,3)), range_contains_elem(int4range(1,5), 3), elem_contained_by_range(3, int4range(1,5));
select range_overlaps(numrange(1,2), numrange(1.5,3)), range_adjacent(numrange(1,2), numrange(2,3)), range_before(int4range(1,2), int4range(3,4)), range_after(int4range(1,2), int4range(3,4));
select range_union(int4range(1,3), int4range(2,6)), range_intersect(int4range(1,3), int4range(2,6)), range_minus(int4range(1,3), int4range(2,6));
-- operators need the same range type, and the element must be the subtype
select int4range(1,5) @> 5::bigint;
select int8range(1,5) = int4range(1,5);
select numrange(1,5) @> 3;
-- aggregates and sorting
create table range_ops_t (r int4range, n numrange);
insert into range_ops_t values ('[1,10)', '[1,5]'), ('[3,20)', '[2,6]'), ('[5,8]', '[3,7)'), (null, null), ('empty', '(,)');
select range_intersect_agg(r) from range_ops_t where not isempty(r);
select range_intersect_agg(n) from range_ops_t;
select range_intersect_agg(r) from range_ops_t where false;
select r from range_ops_t order by r nulls first;
select n from range_ops_t order by n desc;
select r from range_ops_t where r @> 6 order by r;
select a.r, b.r from range_ops_t a join range_ops_t b on a.r && b.r and a.r < b.r order by 1, 2;
drop table range_ops_t;
-- user-defined range types
create type floatrange as range (subtype = float8, subtype_diff = float8mi);
create type textrange_c as range (subtype = text, collation = "C");
select floatrange(1.5, 2.5), '[1e10, 1e20]'::floatrange, floatrange(1, 2) @> 1.5::float8, floatrange(1,2) + floatrange(2,3);
select textrange_c('a', 'c') @> 'b'::text, '[" a ", "z z")'::textrange_c, textrange_c('', 'a', '[]'), textrange_c('a"b', 'c\d');
select '(a,z)'::textrange_c * '[c,zz)', lower('[x,y]'::textrange_c), pg_typeof(upper('[x,y]'::textrange_c));
create table floatrange_t (f floatrange, t textrange_c[]);
insert into floatrange_t values (floatrange(-100.00007, '1.111113e9'), array[textrange_c('a','b'), 'empty']), ('(,0)', '{}');
select * from floatrange_t order by f;
select f, count(*) from floatrange_t group by f order by f;
drop table floatrange_t;
create function range_width(r anyrange) returns anyelement language sql as 'select upper(r) - lower(r)';
select range_width(int4range(3, 10)), range_width(floatrange(1.5, 4)), range_width(numrange(1.25, 2));
create function range_or_empty(r anyrange, e anyelement) returns anyrange language sql as 'select case when r @> e then r else ''empty'' end';
select range_or_empty(int4range(1,5), 3), range_or_empty(numrange(1,5), 7.0);
select range_or_empty(int4range(1,5), 3.5);
create function no_range_input(e anyelement) returns anyrange language sql as 'select null';
drop function range_width(anyrange);
drop function range_or_empty(anyrange, anyelement);
drop type floatrange;
drop type textrange_c;
