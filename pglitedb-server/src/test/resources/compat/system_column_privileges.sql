-- column privileges on system columns: GRANT SELECT (tableoid), has_column_privilege, pg_attribute.attacl
create role regress_syscol_reader;
create table syscol_t (a int, b int);
insert into syscol_t values (1, 2);
create view syscol_v as select * from syscol_t;
grant select (a, tableoid) on syscol_t to regress_syscol_reader;
grant select (ctid) on syscol_v to regress_syscol_reader;
grant select (nosuch) on syscol_t to regress_syscol_reader;
select attname, attnum, attacl from pg_attribute where attrelid = 'syscol_t'::regclass and attacl is not null order by attnum;
select has_column_privilege('regress_syscol_reader', 'syscol_t', 'tableoid', 'select'),
       has_column_privilege('regress_syscol_reader', 'syscol_t', 'xmin', 'select'),
       has_column_privilege('regress_syscol_reader', 'syscol_t', -6::int2, 'select'),
       has_column_privilege('regress_syscol_reader', 'syscol_t', 'b', 'select');
set role regress_syscol_reader;
select a, tableoid::regclass from syscol_t;
select tableoid::regclass from syscol_t;
select count(*) from syscol_t;
select b from syscol_t;
select xmin is not null from syscol_t;
reset role;
revoke select (tableoid) on syscol_t from regress_syscol_reader;
set role regress_syscol_reader;
select tableoid::regclass from syscol_t;
select a from syscol_t;
reset role;
drop view syscol_v;
drop table syscol_t;
drop role regress_syscol_reader;
