-- An outer join whose null-extended rows the WHERE rejects is an inner join (PostgreSQL's
-- reduce_outer_joins): EXPLAIN shows the inner join, the WHERE term restricts that table's scan,
-- and the rows are the same. Terms that let NULLs through keep the outer join.
create table author (id int primary key, name text, country text);
create table book (id int primary key, author_id int, title text, year int, pages int);
insert into author select g, 'author' || g, case g % 3 when 0 then 'FR' when 1 then 'DE' else null end
  from generate_series(1, 300) g;
insert into book select g, case when g % 10 = 0 then null else 1 + g % 400 end, 'title' || g, 1900 + g % 120,
  case when g % 9 = 0 then null else 100 + g % 500 end
  from generate_series(1, 3000) g;
analyze author;
analyze book;
-- the WHERE compares a column of the null-extended side: inner join
explain (costs off) select count(*) from book b left join author a on a.id = b.author_id where a.country = 'FR';
select count(*) from book b left join author a on a.id = b.author_id where a.country = 'FR';
explain (costs off) select b.title from book b left join author a on a.id = b.author_id where a.name = 'author7';
select b.title from book b left join author a on a.id = b.author_id where a.name = 'author7' order by b.id limit 3;
select count(*), min(a.name), max(b.title) from author a left join book b on b.author_id = a.id where b.year = 1951;
explain (costs off) select count(*) from book b right join author a on b.author_id = a.id where b.pages > 550;
select count(*) from book b right join author a on b.author_id = a.id where b.pages > 550;
select count(*) from author a left join book b on b.author_id = a.id where b.title like 'title1%';
select count(*) from author a left join book b on b.author_id = a.id where b.year in (1901, 1902);
select count(*) from author a left join book b on b.author_id = a.id where b.year between 1901 and 1905;
select count(*) from author a left join book b on b.author_id = a.id where b.pages is not null;
-- FULL JOIN: a strict term on one side keeps that side's rows only
explain (costs off) select count(*) from author a full join book b on b.author_id = a.id where a.country = 'FR';
select count(*) from author a full join book b on b.author_id = a.id where a.country = 'FR';
select count(*) from author a full join book b on b.author_id = a.id where b.year = 1951;
select count(*) from author a full join book b on b.author_id = a.id where a.country = 'FR' and b.year = 1951;
-- terms that are true for NULLs keep the outer join
explain (costs off) select count(*) from author a left join book b on b.author_id = a.id where b.year is null;
select count(*) from author a left join book b on b.author_id = a.id where b.year is null;
select count(*) from author a left join book b on b.author_id = a.id where coalesce(b.year, 0) = 0;
select count(*) from author a left join book b on b.author_id = a.id where b.year = 1951 or a.id < 5;
select count(*) from author a left join book b on b.author_id = a.id where b.year is distinct from 1951;
-- a term on the preserved side does not change the join
explain (costs off) select count(*) from author a left join book b on b.author_id = a.id where a.country = 'DE';
select count(*) from author a left join book b on b.author_id = a.id where a.country = 'DE';
-- USING: the merged column is the left one
select count(*) from author a left join (select author_id as id, year from book) b using (id) where id > 290;
select count(*) from author a left join (select author_id as id, year from book) b using (id) where b.id > 290;
-- nested joins
select count(*) from author a left join book b on b.author_id = a.id left join author a2 on a2.id = b.id
 where a2.country = 'FR';
select count(*) from author a left join (book b left join author a2 on a2.id = b.id) on b.author_id = a.id
 where a2.country = 'FR';
drop table book;
drop table author;
-- NULLs on both sides: FULL JOIN USING (the merged column is not strict in either side), NOT and IS NOT TRUE
-- (not reduced), nested and LATERAL joins, a name hidden by a join alias, volatile terms
create table oa (id int, x int, country text);
create table ob (id int, y int);
insert into oa values (1, 10, 'FR'), (2, 20, null), (3, null, 'DE'), (null, 40, 'FR');
insert into ob values (1, 100), (2, null), (4, 400), (null, 500);
select * from (oa a join ob b on a.id = b.id) j where a.x = 1;
select * from oa a full join ob b using (id) where id = 4 order by 1;
select * from oa a full join ob b using (id) where a.id is not null order by 1;
select * from oa a full join ob b using (id) where b.id > 0 order by 1;
select * from oa a full join ob b on a.id = b.id where a.country = 'FR' order by a.x;
select * from oa a full join ob b on a.id = b.id where a.country = 'FR' and b.y is not null;
select * from oa a left join ob b on a.id = b.id where not (b.y = 100) order by a.x;
select * from oa a left join ob b on a.id = b.id where b.y is null order by a.x;
select * from oa a left join ob b on a.id = b.id where (b.y = 100) is not true order by a.x;
select * from oa a left join ob b on a.id = b.id where b.y = a.x * 10 order by a.x;
select * from (oa a left join ob b on a.id = b.id) right join oa a2 on a2.id = b.id where b.y = 100;
select * from oa a left join (ob b left join oa a3 on a3.id = b.id) on a.id = b.id where a3.x = 10;
select * from oa a left join lateral (select b.y from ob b where b.id = a.id) s on true where s.y > 0 order by a.x;
select a.id, random() < 2 as r from oa a, ob b where a.id = b.id and random() < 2 order by 1;
select count(*) from oa a, ob b where a.id = b.id and a.x + b.y > 0 and a.country like 'F%';
drop table ob;
drop table oa;
