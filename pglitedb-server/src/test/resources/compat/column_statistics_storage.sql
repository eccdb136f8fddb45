-- ALTER COLUMN SET STATISTICS / SET STORAGE: pg_attribute.attstattarget and attstorage, psql \d+
create table st_t (a int, b text, c numeric, d varchar(10), e int[]);
alter table st_t alter column a set statistics 100;
alter table st_t alter column b set statistics -1;
alter table st_t alter column c set statistics 10001;
alter table st_t alter column c set statistics -2;
alter table st_t alter column c set statistics 10000;
alter table st_t alter b set storage external;
alter table st_t alter column d set storage main;
alter table st_t alter column e set storage plain;
alter table st_t alter column a set storage external;
alter table st_t alter column a set storage plain;
alter table st_t alter column a set storage bogus;
alter table st_t alter column zz set storage plain;
alter table st_t alter column zz set statistics 5;
alter table st_t alter column b set statistics 1.5;
alter table st_t alter column b set statistics 'x';
alter table st_t alter column ctid set statistics 5;
alter table st_t alter column ctid set storage plain;
\d+ st_t
select attname, attstattarget, attstorage from pg_attribute where attrelid = 'st_t'::regclass and attnum > 0 order by attnum;
-- a new type keeps the statistics target and takes the type's storage
alter table st_t alter column c type int;
alter table st_t alter column d type text;
select attname, attstattarget, attstorage from pg_attribute where attrelid = 'st_t'::regclass and attnum > 0 order by attnum;
alter table st_t alter column a set statistics -1, alter column b set storage extended;
\d+ st_t
drop table st_t;
