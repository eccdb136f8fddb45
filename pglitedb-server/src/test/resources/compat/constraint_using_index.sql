-- ALTER TABLE ... ADD [CONSTRAINT name] UNIQUE | PRIMARY KEY USING INDEX index
create table cu (a int, b int, c int);
create unique index cu_a_idx on cu (a);
create unique index cu_b_idx on cu (b);
create index cu_c_idx on cu (c);
create unique index cu_c_part on cu (c) where c > 0;
create unique index cu_c_desc on cu (c desc);
alter table cu add constraint cu_a_uq unique using index cu_a_idx;
alter table cu add unique using index cu_b_idx;
alter table cu add unique using index cu_c_idx;
alter table cu add unique using index cu_c_part;
alter table cu add unique using index cu_c_desc;
alter table cu add primary key using index cu_b_idx;
alter table cu add unique using index nope;
alter table cu add unique (a) using index cu_a_idx;
create unique index cu_c2 on cu (c);
insert into cu values (1, 1, null);
alter table cu add constraint cu_pk primary key using index cu_c2;
update cu set c = 5;
alter table cu add constraint cu_pk primary key using index cu_c2;
alter table cu add constraint cu_pk2 unique using index cu_c2 deferrable;
\d cu
select conname, contype, conindid::regclass from pg_constraint where conrelid = 'cu'::regclass order by 1;
insert into cu values (1, 2, 6);
insert into cu values (2, 1, 7);
insert into cu values (3, 3, 6);
create unique index cu_d on cu (a, b);
alter table cu add constraint cu_d_uq unique using index cu_d deferrable initially deferred;
begin;
insert into cu values (1, 1, 10);
delete from cu where c = 5;
commit;
select * from cu order by c;
\d cu
drop table cu;
