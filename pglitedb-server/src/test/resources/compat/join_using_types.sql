-- JOIN ... USING over columns of different types: the merged column is one side's column, cast to
-- the common type (PostgreSQL's buildMergedJoinVar), so GROUP BY that column covers it
create table ju1 (f1 int, a text);
create table ju2 (f1 bigint, b text);
insert into ju1 values (1, 'x'), (2, 'y'), (3, 'z'), (null, 'n');
insert into ju2 values (2, 'p'), (3, 'q'), (3, 'r'), (4, 's');
select f1 from ju1 left join ju2 using (f1) group by ju1.f1 order by 1;
select f1, count(*) from ju1 left join ju2 using (f1) group by ju1.f1 order by 1;
select f1 from ju1 right join ju2 using (f1) group by ju2.f1 order by 1;
select f1 from ju1 full join ju2 using (f1) group by f1 order by 1;
select ju1.f1, f1 from ju1 left join ju2 using (f1) group by ju1.f1 order by 1;
select x.f1 from ju1 left join ju2 using (f1) as x group by ju1.f1 order by 1;
select f1, (select f1) from ju1 left join ju2 using (f1) group by ju1.f1 order by 1;
-- an inner join takes the side that needs no cast: ju2.f1
select count(*), f1 from ju1 join ju2 using (f1) group by ju2.f1 order by 2;
select pg_typeof(f1) from ju1 join ju2 using (f1) limit 1;
select pg_typeof(f1) from ju1 left join ju2 using (f1) limit 1;
select f1 from ju1 join ju2 using (f1) group by ju1.f1;
select f1 from ju1 left join ju2 using (f1) group by ju2.f1;
select f1 from ju1 right join ju2 using (f1) group by ju1.f1;
