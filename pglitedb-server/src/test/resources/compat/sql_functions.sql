-- User-defined LANGUAGE sql functions and procedures: CREATE [OR REPLACE], calls resolved by name
-- and argument types, parameters by $n and by name, defaults, SETOF / TABLE results, CALL, DROP.
create function add1(int) returns int as 'select $1 + 1' language sql immutable strict;
select add1(41), add1(null), add1(2::smallint);
create function hashint(value int4, seed int8)
    returns int8 as $$
    select value + seed;
    $$ language sql strict immutable parallel safe;
select hashint(1, 2);
create function add1(numeric) returns numeric language sql return $1 + 0.5;
select add1(1), add1(1.0);
create table fn_t(a int, b text);
insert into fn_t values (1, 'x'), (2, 'y'), (3, 'z');
create function getb(x int) returns text language sql stable return (select b from fn_t where a = x);
select a, getb(a) from fn_t order by a;
create function upto(n int) returns table(k int, v text) as $$ select a, b from fn_t where a <= n order by a $$ language sql;
select * from upto(2);
select k from upto(3) where v <> 'y';
create function evens(int) returns setof int language sql as 'select g from generate_series(1, $1) g where g % 2 = 0';
select * from evens(7);
select evens(5);
create function fact(n int) returns int language sql as 'select case when n <= 1 then 1 else n * fact(n - 1) end';
select fact(5);
create function twostep(x int) returns int language sql as $$
    insert into fn_t values (x, 'two');
    select count(*)::int from fn_t;
$$;
select twostep(10);
create or replace function add1(int) returns int as 'select $1 + 100' language sql;
select add1(1);
create function add1(int) returns int as 'select $1' language sql;
create or replace function add1(int) returns text as 'select ''x''' language sql;
create function bad(int) returns int as 'select ''x''::text' language sql;
create function bad2(int) returns int as 'select 1, 2' language sql;
select nosuch(1);
select add1('a'::text);
create function dflt(a int, b int default 10) returns int language sql as 'select a + b';
select dflt(1), dflt(1, 2);
create function poly(anyelement) returns anyelement language sql as 'select $1';
select poly(3), poly('x'::text);
create function atomic_f(x int) returns int language sql begin atomic select x * 2; end;
select atomic_f(21);
create procedure ins(x int) language sql as 'insert into fn_t values (x, ''p'')';
call ins(9);
select * from fn_t where a = 9;
call nosuch(1);
select proname, prosrc, provolatile, proisstrict, proretset, pronargs, pronargdefaults
  from pg_proc where proname in ('upto', 'dflt', 'ins') order by proname;
drop function add1(int);
select add1(1);
drop function add1;
drop function if exists add1(int);
drop function if exists nosuch;
drop function nosuch(int);
drop function nosuch;
drop procedure ins(int);
drop function upto, evens;
create function noop(int) returns void language sql as 'select $1';
select noop(1);
create function named3(a int, b int default 2, c int default 3) returns int language sql as 'select a * 100 + b * 10 + c';
select named3(1), named3(1, c => 5), named3(b => 7, a => 2), named3(a := 4, b := 5);
select named3(1, d => 2);
