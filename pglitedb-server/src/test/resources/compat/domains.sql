-- CREATE/ALTER/DROP DOMAIN: constraints enforced with PostgreSQL's errors, casts, pg_type rows, psql \dD and \d.
create domain posint as integer check (value > 0);
create domain email as text not null check (value like '%@%');
create domain score as numeric(5,2) default 1.5;
create table dm (id posint primary key, mail email, s score);
insert into dm (id, mail) values (1, 'a@b');
insert into dm (id, mail) values (0, 'a@b');
insert into dm (id, mail) values (2, null);
insert into dm (id, mail) values (3, 'nope');
select * from dm;
update dm set id = -1;
select 5::posint, '-5'::posint;
select (-5)::posint;
\dD
\d dm
alter domain posint add constraint small check (value < 100);
insert into dm (id, mail) values (500, 'x@y');
alter domain posint drop constraint small;
insert into dm (id, mail) values (500, 'x@y');
select typname, typtype, typbasetype::regtype, typnotnull, typdefault from pg_type where typname in ('posint','email','score') order by 1;
drop domain posint;
drop table dm;
drop domain posint, email, score;
