-- A SQL function returning a composite type of one field (regress join.sql's mki4): its body's
-- ROW(...)::t is the result row, and errors name the type, not its field's.
create table onef (f1 int4);
create function mk_onef(int) returns onef as $$select row($1)::onef$$ language sql;
select * from mk_onef(42);
select mk_onef(7);
select (mk_onef(9)).f1;
create function mk_onef_plain(int) returns onef as $$select $1$$ language sql;
select * from mk_onef_plain(5);
create function bad_onef(int) returns onef as $$select $1, $1$$ language sql;
create function bad_scalar(int) returns int as $$select row($1)::onef$$ language sql;
drop function mk_onef(int);
drop function mk_onef_plain(int);
drop table onef;
