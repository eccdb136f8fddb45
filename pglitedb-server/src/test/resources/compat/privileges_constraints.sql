-- Constraints are checked without the user's privileges: column privileges for INSERT/UPDATE are enough
-- when a CHECK constraint reads other columns; what errors show of the row depends on what the user may see.
create role pc_u2;
create table pc_t1 (c1 int, c2 int, c3 int check (c3 < 5), primary key (c1, c2));
grant select (c1) on pc_t1 to pc_u2;
grant insert (c1, c2, c3) on pc_t1 to pc_u2;
grant update (c1, c2, c3) on pc_t1 to pc_u2;
insert into pc_t1 values (3, 1, 3);
set role pc_u2;
insert into pc_t1 (c1, c2) values (5, 1);
insert into pc_t1 (c1, c2, c3) values (6, 1, 4);
update pc_t1 set c3 = 2 where c1 = 6;
select c1 from pc_t1 order by c1;
select c2 from pc_t1;
reset role;
select * from pc_t1 order by c1;
drop table pc_t1;
drop role pc_u2;
