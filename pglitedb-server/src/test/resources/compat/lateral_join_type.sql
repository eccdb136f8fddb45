-- A LATERAL reference across a RIGHT or FULL join: PostgreSQL's error naming the table, at the reference
create table lt_a(f1 int);
select f1,g from lt_a a right join lateral generate_series(0, a.f1) g on true;
select f1,g from lt_a a full join lateral generate_series(0, f1) g on true;
select * from lt_a a right join lateral (select a.f1 + 1 as x) s on true;
drop table lt_a;
