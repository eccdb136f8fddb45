-- A SQL function returning a table's row type whose final SELECT returns that row as one composite column
create table mk_t(q1 int8, q2 int8);
create function mki8(bigint, bigint) returns mk_t as $$select row($1,$2)::mk_t$$ language sql;
create function mki4(int) returns mk_t as $$select row($1,$1)::mk_t$$ language sql;
select * from mki8(1,2);
select * from mki4(42);
select q2 from mki8(7, null);
create function mkset(int) returns setof mk_t as $$select row(g, g * 2)::mk_t from generate_series(1, $1) g$$ language sql;
select * from mkset(3);
select * from mkset(0);
drop function mki8(bigint, bigint); drop function mki4(int); drop function mkset(int);
drop table mk_t;
