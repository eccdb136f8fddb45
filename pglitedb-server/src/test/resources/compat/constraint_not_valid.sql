-- Constraints added NOT VALID: pg_constraint.convalidated, pg_get_constraintdef and psql \d say NOT VALID until
-- VALIDATE CONSTRAINT checks the rows
create table nv_p (id int primary key);
insert into nv_p values (1), (2);
create table nv_t (id int primary key, v int, p int);
insert into nv_t values (1, -1, 1), (2, 5, 3), (3, 7, 2);
alter table nv_t add constraint nv_t_v_check check (v > 0) not valid;
alter table nv_t add constraint nv_t_p_fkey foreign key (p) references nv_p not valid;
\d nv_t
select conname, convalidated, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'nv_t'::regclass order by 1;
insert into nv_t values (4, -2, 1);
insert into nv_t values (4, 2, 9);
alter table nv_t validate constraint nv_t_v_check;
alter table nv_t validate constraint nv_t_p_fkey;
update nv_t set v = 1 where v < 0;
alter table nv_t validate constraint nv_t_v_check;
select conname, convalidated, pg_get_constraintdef(oid, true) from pg_constraint where conrelid = 'nv_t'::regclass order by 1;
delete from nv_t where p = 3;
alter table nv_t validate constraint nv_t_p_fkey;
alter table nv_t validate constraint nv_t_p_fkey;
alter table nv_t validate constraint nosuch;
alter table nv_t validate constraint nv_t_pkey;
\d nv_t
select conname, convalidated, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'nv_t'::regclass order by 1;
alter table nv_t add constraint nv_c2 check (v < 100) not valid;
alter table nv_t add constraint nv_u unique (v) not valid;
alter table nv_t add primary key (v) not valid;
alter table nv_t drop constraint nv_t_p_fkey;
alter table nv_t add constraint nv_t_p_fkey foreign key (p) references nv_p;
alter table nv_t add constraint nv_c4 check (v <> 50) not valid;
alter table nv_t drop constraint nv_c4;
alter table nv_t add constraint nv_c4 check (v <> 50);
alter table nv_t rename constraint nv_c2 to nv_c3;
select conname, convalidated, pg_get_constraintdef(oid, true) from pg_constraint where conrelid = 'nv_t'::regclass order by 1;
create table nv_like (like nv_t including constraints);
select conname, convalidated from pg_constraint where conrelid = 'nv_like'::regclass order by 1;
drop table nv_like, nv_t, nv_p;
