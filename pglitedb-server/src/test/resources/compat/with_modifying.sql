-- WITH before INSERT/UPDATE/DELETE/MERGE, data-modifying WITH queries, SEARCH and CYCLE
create table wy (a int primary key, b text);
insert into wy select g, 'v' || g from generate_series(1, 10) g;
with d as (delete from wy where a <= 3 returning *) select * from d order by a;
with u as (update wy set b = b || '!' where a > 8 returning a, b) select count(*), max(b) from u;
with i as (insert into wy values (42, 'x'), (43, 'y') returning a) insert into wy select a + 100, 'copy' from i;
with unused as (delete from wy where a = 4 returning a) select 1 as one;
select a, b from wy order by a;
with d as (delete from wy where a > 100 returning *) insert into wy select a + 100, b from d returning a, b;
with src as (select 5 as k) update wy set b = 'five' from src where wy.a = src.k returning wy.a, wy.b;
with src as (select 6 as k) delete from wy where a in (select k from src) returning a;
with src as (select 7 as k, 'merged' as v)
merge into wy using src on wy.a = src.k when matched then update set b = src.v;
select a, b from wy where a between 5 and 7 order by a;
with n as (delete from wy where a = 8) select * from n;
select * from (with d as (delete from wy returning *) select * from d) s;
create table wg (f int, t int, label text);
insert into wg values (1, 2, 'arc 1 -> 2'), (1, 3, 'arc 1 -> 3'), (2, 3, 'arc 2 -> 3'), (1, 4, 'arc 1 -> 4'),
  (4, 5, 'arc 4 -> 5'), (5, 1, 'arc 5 -> 1');
with recursive sg(f, t, label) as (
  select * from wg g union all select g.* from wg g, sg where g.f = sg.t
) search depth first by f, t set seq cycle f, t set is_cycle using path
select * from sg order by seq;
with recursive sg(f, t, label) as (
  select * from wg g union all select g.* from wg g, sg s where g.f = s.t
) search breadth first by f, t set seq cycle f, t set is_cycle to 'Y' default 'N' using path
select * from sg order by seq, f, t;
with recursive test as (select 0 as x union all select (x + 1) % 10 from test) cycle x set is_cycle using path
select * from test;
with recursive test as (select 1 as x union all select x + 1 from test) search breadth first by x set y
select * from test limit 3;
-- errors
with recursive sg(f, t, label) as (
  select * from wg g union all select g.* from wg g, sg where g.f = sg.t
) search depth first by foo set seq select * from sg;
with recursive sg(f, t, label) as (
  select * from wg g union all select g.* from wg g, sg where g.f = sg.t
) cycle f, t, f set is_cycle using path select * from sg;
with recursive sg(f, t, label) as (
  select * from wg g union all select g.* from wg g, sg where g.f = sg.t
) cycle f, t set is_cycle to true default 55 using path select * from sg;
with recursive sg(f, t, label) as (
  select * from wg g union all select g.* from wg g, sg where g.f = sg.t
) search depth first by f, t set foo cycle f, t set foo using path select * from sg;
-- DELETE ... USING and UPDATE ... FROM a data-modifying WITH query, on an inheritance parent
create table wm_parent (id int, val text);
create table wm_child1 () inherits (wm_parent);
create table wm_child2 () inherits (wm_parent);
create table wm_log (id int);
insert into wm_parent values (1, 'p1');
insert into wm_child1 values (11, 'c11'), (12, 'c12');
insert into wm_child2 values (23, 'c21'), (24, 'c22');
with w as (insert into wm_log values (23), (1) returning id) delete from wm_parent using w where wm_parent.id = w.id returning wm_parent.*;
with w as (insert into wm_log values (12) returning id) update wm_parent set val = val || '!' from w where wm_parent.id = w.id returning wm_parent.*;
select * from wm_parent order by id;
select * from wm_log order by id;
