-- A scan's WHERE terms run in order and stop at the first that is not true (PostgreSQL's
-- qualification list): a later term is not evaluated for a row an earlier one rejects, also when
-- the earlier one is NULL. The scan decodes the columns of the first terms before the others.
create table sfo (a int, b int, c text, d numeric);
insert into sfo values (0, null, 'x', 1.5), (5, 1, 'y', 2.5), (1, 2, 'z', null), (2, null, null, 0);
select * from sfo where b > 0 and 10 / a > 1 order by a;
select c, d from sfo where b is null and 10 / a = 5;
select a from sfo where d > 1 and c like '_' order by a;
select a, c from sfo where a >= 1 and a <= 5 and d is not null and c is not null;
select count(*) from sfo where b > 0 and c is null;
select * from sfo where a = 0 and 1 / d > 0;
-- every column the terms read is read by the first: not staged, the same order
select b from sfo where b + a > 0 and 10 / a > 0 order by b;
select b from sfo where b is null and 10 / b > 1;
drop table sfo;
