-- UPDATE ... FROM and DELETE ... USING: their LATERAL items see the target table but cannot read it
-- (PostgreSQL's check_lateral_ref_ok), while reading the items to their left
create table xx1 (x1 int, x2 int);
insert into xx1 values (1, -1), (2, -2);
create table i4 (f1 int);
insert into i4 values (1), (5);
update xx1 set x2 = f1 from lateral (select * from i4 where f1 = x1) ss;
update xx1 set x2 = f1 from lateral (select * from i4 where f1 = xx1.x1) ss;
delete from xx1 using lateral (select * from i4 where f1 = x1) ss;
update xx1 set x2 = f1 from (select * from i4 where f1 = x1) ss;
update xx1 set x2 = f1 from i4 join lateral (select x1) ss on true;
update xx1 set x2 = f1 from lateral (select xx1) ss;
update xx1 t set x2 = f1 from lateral (select * from i4 where f1 = t.x1) ss;
update xx1 set x2 = ss.f1 from i4, lateral (select i4.f1 + 1 as f1) ss where ss.f1 = xx1.x1 + 1;
select * from xx1 order by 1;
delete from xx1 using i4, lateral (select i4.f1) ss where ss.f1 = xx1.x1;
select * from xx1 order by 1;
