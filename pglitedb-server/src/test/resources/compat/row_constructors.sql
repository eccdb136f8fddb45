-- Row constructors, row comparisons, whole-row references, record values
select row(1, 'a b', null) as r, row() as empty, (1, 2.5) as implicit;
select (1, 2) < (1, 3), (1, 2) <= (1, 2), (2, 1) > (1, 9), (1, null) = (1, 2), (1, null) = (2, 2);
select (1, null) < (2, 0), (1, null) < (1, 0), (1, 2) <> (1, null), (1, 2) <> (1, 3);
select (1, null) is distinct from (1, null), (1, 2) is distinct from (1, null), (1, 2) is not distinct from (1, 2);
select row(1, null) is null, row(null, null) is null, row(1, 2) is not null, row(1, null) is not null;
select (1, 2) in ((3, 4), (1, 2)), (1, 2) not in ((3, 4), (5, 6)), (1, null) in ((1, 2)), (1, null) not in ((2, 2));
create table rc (a int, b text);
insert into rc values (1, 'x'), (2, null), (3, 'z');
select rc, rc.*, row(rc.*) as r from rc order by a;
select a from rc where (a, b) in (select 1, 'x' union all select 3, 'z') order by a;
select a from rc where (a, b) not in (select 1, 'x') order by a;
select a from rc where (a, b) > (1, 'y') order by a;
select a from rc where (a, coalesce(b, '')) >= all (select 2, '' ) order by a;
select row(rc.a, rc.b) = any (array[row(1, 'x'::text), row(3, 'z'::text)]) as hit from rc order by a;
select array[row(1, 2), row(3, 4)] as arr, array[row(1, 2)] || row(5, 6) as appended;
select x from (values (row(1, 2)), (row(1, 3))) v(x) union select x from (values (row(1, 2)), (row(1, 4))) v(x) order by 1;
select distinct x from (values (row(1, 'a'::text)), (row(1, 'a'::text)), (row(2, null::text))) v(x) order by 1;
select row(row(row(1))) = any (select row(row(1)));
select (row(1, 'two'::text)).f2, (rc).b from rc where a = 1;
select count(rc.*) from rc;
-- errors
select (1, 2) = (1, 2, 3);
select (1, 2) ~~ (1, 2);
select a from rc where (a, b) in (select 1);
select a from rc where (a, b) in (select 1, 'x', 2);
