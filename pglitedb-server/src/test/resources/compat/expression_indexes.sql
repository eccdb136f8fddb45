-- Expression and partial indexes: definitions, catalog rows, psql's \d, uniqueness and maintenance.
create table ei (a int, b text, c int);
create index on ei ((a + c));
create index on ei (lower(b));
create unique index ei_u on ei (lower(b), a desc) where a > 0 and b is not null;
create index on ei ((a));
create index on ei (a, (c * 2) desc nulls last);
select indexrelid::regclass, pg_get_indexdef(indexrelid), indkey, indexprs is not null as has_exprs,
       pg_get_expr(indpred, indrelid) as pred
  from pg_index where indrelid = 'ei'::regclass order by 1::text;
select indexname, indexdef from pg_indexes where tablename = 'ei' order by 1;
\d ei
\d ei_u
\d ei_a_expr_idx
select pg_get_indexdef('ei_u'::regclass, 1, true), pg_get_indexdef('ei_u'::regclass, 2, false);
-- uniqueness on the expression, only where the predicate holds
insert into ei values (1, 'X', 1), (2, 'x', 2);
insert into ei values (1, 'x', 5);
insert into ei values (-1, 'x', 1), (-1, 'X', 1), (1, null, 1), (1, null, 1);
update ei set a = 1 where a = 2;
update ei set b = 'y' where a = 2;
insert into ei values (2, 'X', 3);
delete from ei where b = 'X' and a = 1;
insert into ei values (1, 'X', 1);
select * from ei order by a, b, c;
-- a unique index over existing duplicates
create unique index ei_lower_u on ei (lower(b));
create unique index ei_lower_u on ei (lower(b)) where a > 0;
-- in a rolled-back transaction the entries go too
begin;
insert into ei values (5, 'z', 5);
rollback;
insert into ei values (5, 'Z', 5);
select * from ei where lower(b) = 'z';
-- bad definitions
create index on ei (random());
create index on ei ((a + count(*)));
create index on ei ((a + (select 1)));
create index on ei (a) where sum(a) > 0;
create index on ei (a) where a + 1;
create index on ei ((nosuch + 1));
-- ON CONFLICT DO NOTHING sees an expression index's conflict
insert into ei values (7, 'Z', 7) on conflict do nothing;
-- renaming and dropping a column the index expressions name
alter table ei rename column b to bb;
\d ei
alter table ei drop column c;
\d ei
drop table ei;
