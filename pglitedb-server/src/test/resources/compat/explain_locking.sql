-- EXPLAIN [ANALYZE] of SELECT ... FOR UPDATE / SHARE: LockRows below Limit, above Sort and scans
create table lk_a(id int primary key, v int); create table lk_b(id int primary key, a int references lk_a);
insert into lk_a values (1,10),(2,20),(3,30); insert into lk_b values (10,1),(20,2);
explain (costs off) select * from lk_a where id = 1 for update;
explain (costs off) select * from lk_a order by v limit 1 for update;
explain (costs off) select id from lk_a order by v limit 1 for update skip locked;
explain (costs off) select 1 for update;
explain (analyze, costs off, timing off, summary off) select * from lk_a for share;
explain (analyze, costs off, timing off, summary off) select id from lk_a where v >= 20 limit 1 for update;
begin read only;
explain (analyze, costs off, timing off, summary off) select * from lk_a for no key update;
rollback;
drop table lk_b, lk_a;
