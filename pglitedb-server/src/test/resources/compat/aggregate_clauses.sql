-- Aggregate FILTER (WHERE), ORDER BY inside aggregates, ordered-set and hypothetical-set
-- aggregates (WITHIN GROUP), FILTER on window aggregates; decorrelated and memoised subqueries.
create table sales (id int, region text, amount numeric, sold date);
insert into sales select g, (array['north','south','east'])[g % 3 + 1], (g * 37 % 100) + 0.5,
  date '2024-01-01' + g from generate_series(1, 30) g;
insert into sales values (31, 'west', null, null);

select region, count(*) filter (where amount > 50) as big, sum(amount) filter (where id % 2 = 0) as even_sum
from sales group by region order by region;
select count(*) filter (where amount is null), count(*) filter (where false) from sales;
select string_agg(id::text, ',' order by amount desc, id) from sales where region = 'north';
select region, array_agg(id order by id desc) from sales group by region order by 1;
select array_agg(distinct region order by region desc) from sales;
select array_agg(distinct region order by id) from sales;
select percentile_cont(0.5) within group (order by amount) from sales;
select region, percentile_disc(0.25) within group (order by amount),
  percentile_cont(array[0, 0.5, 1]) within group (order by amount) from sales group by region order by 1;
select percentile_disc(array[0.1, 0.9]) within group (order by sold) from sales;
select mode() within group (order by region) from sales;
select percentile_cont(0.5) within group (order by amount) filter (where region = 'south') from sales;
select percentile_cont(1.5) within group (order by amount) from sales;
select rank(50) within group (order by amount), dense_rank(50) within group (order by amount),
  percent_rank(50) within group (order by amount), cume_dist(50) within group (order by amount) from sales;
select rank(50, 3) within group (order by amount) from sales;
select rank(1) within group (order by x) from generate_series(1, 0) x;
select lower('A') filter (where true);
select id, sum(amount) filter (where region = 'east') over (order by id rows between 2 preceding and current row)
from sales where id <= 6 order by id;
select row_number() filter (where true) over () from sales limit 1;
select sum(amount order by id) over () from sales limit 1;
select percentile_cont(0.5) within group (order by amount) over () from sales;
-- correlated EXISTS decorrelated into a hash probe, NULLs and all
select count(*) from sales s where exists (select 1 from sales t where t.id = s.id + 1 and t.region = 'east');
select count(*) from sales s where not exists (select 1 from sales t where t.amount = s.amount);
select id from sales s where exists (select * from sales t where s.region = t.region and t.id > 29) order by id;
-- memoised correlated subqueries give the same answers as re-running them
select region, (select count(*) from sales t where t.region = s.region) from sales s order by id limit 5;
select id, (select max(id) from sales t where t.region = s.region and t.id < s.id) from sales s order by id limit 6;
-- correlated scalar subqueries decorrelated into a hash lookup
select id, (select t.amount from sales t where t.id = s.id + 1) from sales s order by id limit 4;
select id, (select t.region from sales t where t.id = s.id and t.region <> 'east') from sales s order by id desc limit 3;
select id, (select t.id from sales t where t.region = s.region) from sales s where id = 31;
select id, (select t.id from sales t where t.region = s.region) from sales s where id = 1;
-- bit_and / bit_or / bit_xor over smallint, integer, bigint and bit
CREATE TABLE bitwise_test( i2 INT2, i4 INT4, i8 INT8, i INTEGER, x INT2, y BIT(4));
SELECT BIT_AND(i2) AS "?", BIT_OR(i4) AS "?", BIT_XOR(i8) AS "?" FROM bitwise_test;
COPY bitwise_test FROM STDIN NULL 'null';
1	1	1	1	1	B0101
3	3	3	null	2	B0100
7	7	7	3	4	B1100
\.
SELECT BIT_AND(i2) AS "1", BIT_AND(i4) AS "1", BIT_AND(i8) AS "1", BIT_AND(i) AS "?", BIT_AND(x) AS "0", BIT_AND(y) AS "0100",
  BIT_OR(i2) AS "7", BIT_OR(i4) AS "7", BIT_OR(i8) AS "7", BIT_OR(i) AS "?", BIT_OR(x) AS "7", BIT_OR(y) AS "1101",
  BIT_XOR(i2) AS "5", BIT_XOR(i4) AS "5", BIT_XOR(i8) AS "5", BIT_XOR(i) AS "?", BIT_XOR(x) AS "7", BIT_XOR(y) AS "1101"
FROM bitwise_test;
select pg_typeof(bit_and(i2)), pg_typeof(bit_or(i8)), pg_typeof(bit_xor(y)) from bitwise_test;
select bit_xor(v::varbit) from (values ('101'), ('011')) t(v);
select i2, bit_or(i4) over (order by i2) from bitwise_test order by i2;
