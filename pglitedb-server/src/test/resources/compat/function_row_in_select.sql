-- SQL and PL/pgSQL functions returning a row (a table's row type, OUT parameters) called in the select list
create table mkr_t(q1 int8, q2 int8);
create function mki8(bigint, bigint) returns mkr_t as $$select row($1,$2)::mkr_t$$ language sql;
create function mkplain(bigint) returns mkr_t as $$select $1, $1 + 1$$ language sql;
create function mkout(a int, out x int, out y text) as $$select a * 2, 'v' || a$$ language sql;
create function mkpl(a int) returns mkr_t as $$declare r mkr_t; begin r.q1 := a; r.q2 := -a; return r; end$$ language plpgsql;
create function mknone() returns mkr_t as $$select * from mkr_t where false$$ language sql;
select mki8(3,4), (mki8(5,6)).q2, mkplain(10);
select mkout(4), (mkout(5)).y;
select mkpl(7), (mkpl(8)).q2;
select mknone(), mknone() is null;
select q1, (mki8(q1, q2)).q1 from (values (1::int8, 2::int8), (3, 4)) v(q1, q2);
drop function mki8(bigint, bigint); drop function mkplain(bigint); drop function mkout(int); drop function mkpl(int); drop function mknone();
drop table mkr_t;
