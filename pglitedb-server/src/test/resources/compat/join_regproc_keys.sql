-- an equality whose operand types have no common equality of their own (regproc = oid) is still a hash join key
create table rp1 (f regproc, n int);
create table rp2 (o oid, name text);
insert into rp1 select p.oid::regproc, g from pg_proc p, generate_series(1, 2) g where p.proname in ('int4pl', 'int4mi', 'lower', 'upper');
insert into rp2 select p.oid, p.proname from pg_proc p where p.proname in ('int4pl', 'int4mi', 'lower', 'upper', 'abs');
analyze rp1;
analyze rp2;
explain (costs off) select rp2.name, rp1.n from rp1, rp2 where rp1.f = rp2.o;
select rp2.name, rp1.n from rp1, rp2 where rp1.f = rp2.o order by 1, 2;
select count(*) from rp1 join rp2 on rp1.f = rp2.o;
drop table rp1, rp2;
