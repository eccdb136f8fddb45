-- WHERE terms of a comma join are applied once: those over one table at its scan, the equalities
-- as the hash join's keys; no second check of the joined rows (EXPLAIN shows no Join Filter).
create table dept (id int primary key, name text, region int);
create table emp (id int primary key, dept_id int, salary numeric(10,2), note text);
insert into dept select g, 'dept' || g, g % 3 from generate_series(1, 50) g;
insert into dept values (51, null, null);
insert into emp select g, 1 + g % 51, 1000 + g * 10, case when g % 7 = 0 then null else 'n' || g end
  from generate_series(1, 2000) g;
insert into emp values (2001, null, 5.00, 'no dept');
analyze dept;
analyze emp;
explain (costs off) select e.id, d.name from emp e, dept d where e.dept_id = d.id and d.region = 1 and e.salary > 20000;
select count(*), sum(e.salary), min(d.name), max(d.name) from emp e, dept d
 where e.dept_id = d.id and d.region = 1 and e.salary > 20000;
-- NULL join keys and NULL-valued terms never pass
select count(*) from emp e, dept d where e.dept_id = d.id;
select count(*) from emp e, dept d where e.dept_id = d.id and d.name is null;
select count(*) from emp e, dept d where e.dept_id = d.id and e.note like 'n1%';
select count(*) from emp e, dept d where e.dept_id = d.id and not (e.note like 'n1%');
-- a volatile term over one table runs once per row of that table, at its scan
create sequence calls;
select count(*) from emp e, dept d where e.dept_id = d.id and d.id + nextval('calls') * 0 < 10;
select currval('calls');
-- a term over both tables that is not an equality stays above the join
explain (costs off) select count(*) from emp e, dept d where e.dept_id = d.id and e.salary > d.id * 300;
select count(*) from emp e, dept d where e.dept_id = d.id and e.salary > d.id * 300;
-- equalities of different types (int = numeric) as keys
select count(*) from emp e, dept d where d.id = e.salary / 100 and d.region = 2;
-- three tables, an equality implied through a third
create table bonus (emp_id int, amount int);
insert into bonus select g, g % 100 from generate_series(1, 2000, 3) g;
analyze bonus;
select count(*), sum(b.amount) from emp e, dept d, bonus b where e.dept_id = d.id and b.emp_id = e.id and d.region = 2 and b.amount > 50;
drop table bonus;
-- explicit JOINs: a table restricted by WHERE terms and by ON terms keeps both
create table dc (id int primary key, name text);
create table dord (id int primary key, cust_id int, total int, note text);
insert into dc select g, 'c' || g from generate_series(1, 100) g;
insert into dord select g, 1 + g % 100, g % 100, 'n' || g from generate_series(1, 1000) g;
select count(*) from dc c join dord o on o.cust_id = c.id and o.total > 50 where o.note like 'n1%';
select count(*) from dc c join dord o on o.cust_id = c.id and o.total > 50 where o.id < 300;
select count(*) from dc c join dord o on o.cust_id = c.id where o.total > 50 and c.id = 7;
select count(*) from dc c join dord o on o.cust_id = c.id where o.total > 50 and o.cust_id = 7;
select count(*) from dc c left join dord o on o.cust_id = c.id and o.total > 50 where c.name like 'c1%';
select count(*) from dc c right join dord o on o.cust_id = c.id and c.id > 50 where o.note like 'n1%' and c.name like 'c%';
drop sequence calls;
drop table emp;
drop table dept;
drop table dord;
drop table dc;
