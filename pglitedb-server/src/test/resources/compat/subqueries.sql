-- Subquery expressions: scalar, IN / NOT IN with NULLs, EXISTS, ANY/SOME/ALL, correlation at any depth
create table s1 (id int primary key, grp text, amount int);
create table s2 (id int, s1_id int, score numeric);
insert into s1 values (1, 'a', 10), (2, 'a', 20), (3, 'b', 30), (4, 'c', null);
insert into s2 values (1, 1, 5), (2, 1, 7), (3, 2, 1), (4, null, 3), (5, 9, null);
select (select 42) as answer;
select id, (select max(score) from s2 where s2.s1_id = s1.id) as best from s1 order by id;
select id, (select count(*) from s2 where s2.s1_id = s1.id) from s1 order by id;
select (select amount from s1 where id = 9) is null as missing;
select (select id from s1);
select (select id, grp from s1 where id = 1);
select id from s1 where amount > (select avg(amount) from s1) order by id;
-- IN / NOT IN and NULLs
select id from s1 where id in (select s1_id from s2) order by id;
select id from s1 where id not in (select s1_id from s2) order by id;
select id from s1 where id not in (select s1_id from s2 where s1_id is not null) order by id;
select 1 in (select 1 union all select null) as t1, 2 in (select 1 union all select null) as t2,
       2 not in (select 1 union all select null) as t3, null::int in (select 1 where false) as t4,
       null::int not in (select 1 where false) as t5;
select id, amount in (select amount from s1 where grp = 'a') from s1 order by id;
select id from s1 where (select count(*) from s2 where s2.s1_id = s1.id) in (0, 2) order by id;
-- EXISTS / NOT EXISTS
select id from s1 where exists (select 1 from s2 where s2.s1_id = s1.id) order by id;
select id from s1 where not exists (select 1 from s2 where s2.s1_id = s1.id) order by id;
select exists (select * from s2 where score > 100), not exists (select * from s2 where score > 100);
-- ANY / SOME / ALL
select id from s1 where amount > any (select score from s2) order by id;
select id from s1 where amount < some (select score * 3 from s2 where score is not null) order by id;
select id from s1 where amount >= all (select amount from s1 where amount is not null) order by id;
select id, amount > all (select score from s2 where s2.s1_id = s1.id) from s1 order by id;
select 5 = all (select 5 where false), 5 <> any (select 5 where false);
select id from s1 where grp = any (select grp from s1 where amount > 15) order by id;
-- correlation two levels deep
select id, (select count(*) from s2 where s2.s1_id = s1.id
                and exists (select 1 from s1 s1b where s1b.id = s2.s1_id and s1b.amount >= s1.amount))
  from s1 order by id;
select grp, (select max(s2.score) from s2 where s2.s1_id in (select id from s1 x where x.grp = s1.grp))
  from s1 group by grp order by grp;
-- subqueries in the select list of an aggregate query and in HAVING
select grp, count(*) from s1 group by grp having count(*) > (select count(*) from s2 where score > 6) order by grp;
select grp, sum(amount) * 100 / (select sum(amount) from s1) as pct from s1 group by grp order by grp;
-- subquery in FROM with correlated subquery inside
select t.id, t.n from (select id, (select count(*) from s2 where s1_id = s1.id) as n from s1) t where t.n > 0 order by 1;
-- errors
select id from s1 where id in (select id, grp from s1);
select (select 1, 2);
select id from s1 where exists (select nope from s2);
select grp, (select amount from s2 limit 1) from s1 group by grp;
-- an EXISTS query's select list is never evaluated (PostgreSQL drops it before folding constants)
select exists (select 1/0 from s2);
select id from s1 where exists (select 1/0 from s2 where s2.s1_id = s1.id) order by id;
select exists (select 1/0 from s2 where false);
select exists (select 1 from s2 where 1/0 = 1);
select exists (select sum(1/0) from s2);
-- an output of a subquery in FROM that nobody reads is not computed (unless volatile)
select id from (select id, (select s1_id from s2) as many, amount / 0 as boom from s1) ss order by id;
select count(*) from (select id, (select s1_id from s2 where s2.s1_id = s1.id) as x from s1) ss;
